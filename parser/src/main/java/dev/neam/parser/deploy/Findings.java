package dev.neam.parser.deploy;

import dev.neam.parser.diagnostic.Diagnostic;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The findings of one analysis, kept until all checks ran. A check reports a finding for each
 * overlay that shows it; findings at the same place with the same code and message are then
 * reported once, naming the overlays ("in overlays dev and staging: …"), or plainly when the place
 * shows it outside any overlay too.
 */
final class Findings {

    /** One finding as a check reported it; {@code overlay} is null outside overlays. */
    private record Raw(ParsedFile file, Diagnostic diagnostic, String overlay) {
    }

    private record Key(ParsedFile file, Diagnostic diagnostic) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.file == file && k.diagnostic.code() == diagnostic.code()
                    && k.diagnostic.severity() == diagnostic.severity() && k.diagnostic.range().equals(diagnostic.range())
                    && k.diagnostic.message().equals(diagnostic.message()) && k.diagnostic.data().equals(diagnostic.data());
        }

        @Override
        public int hashCode() {
            return Objects.hash(System.identityHashCode(file), diagnostic.code(), diagnostic.range(), diagnostic.message());
        }
    }

    private final List<Raw> raw = new ArrayList<>();

    void add(ParsedFile file, Diagnostic diagnostic, String overlay) {
        raw.add(new Raw(file, diagnostic, overlay));
    }

    /** How many findings there are, to drop what a failing check added ({@link #rollback}). */
    int mark() {
        return raw.size();
    }

    void rollback(int mark) {
        raw.subList(mark, raw.size()).clear();
    }

    /** Writes the merged findings into their files. */
    void flush() {
        Map<Key, List<String>> overlays = new LinkedHashMap<>();
        for (Raw r : raw) {
            List<String> names = overlays.computeIfAbsent(new Key(r.file(), r.diagnostic()), k -> new ArrayList<>());
            if (r.overlay() == null) {
                names.add(null);
            } else if (!names.contains(r.overlay())) {
                names.add(r.overlay());
            }
        }
        for (Map.Entry<Key, List<String>> e : overlays.entrySet()) {
            Diagnostic d = e.getKey().diagnostic();
            List<String> names = e.getValue();
            String message = names.contains(null) ? d.message() : prefix(names.stream().sorted().toList()) + d.message();
            e.getKey().file().diagnostics.add(new Diagnostic(d.code(), d.severity(), message, d.range(), d.related(), d.data()));
        }
        raw.clear();
    }

    /** {@code in overlay dev: }, {@code in overlays dev, staging and production: }. */
    static String prefix(List<String> names) {
        if (names.size() == 1) {
            return "in overlay " + names.get(0) + ": ";
        }
        return "in overlays " + String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1) + ": ";
    }
}
