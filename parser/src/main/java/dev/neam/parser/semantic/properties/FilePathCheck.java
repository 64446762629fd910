package dev.neam.parser.semantic.properties;

import dev.neam.parser.ast.Member;
import dev.neam.parser.ast.Value;
import dev.neam.parser.diagnostic.Diagnostic;
import dev.neam.parser.diagnostic.DiagnosticCode;
import dev.neam.parser.language.PropertySpec;
import dev.neam.parser.semantic.FileCheck;
import dev.neam.parser.semantic.FileContext;
import dev.neam.parser.semantic.symbols.FileSymbols;
import dev.neam.parser.workspace.Containment;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * File-path properties (the vocabulary's {@code "path": true}: knowledge source paths,
 * {@code context_from}, {@code prompt_file}, {@code workspace}…) that name nothing on disk. neamc
 * opens them relative to the folder it runs in, which is the project root for {@code neamc run};
 * a path relative to the file's own folder is accepted too. Only files that are on disk are
 * checked (an unsaved buffer has no folder), and paths that are not plain file names are skipped:
 * globs, URLs, {@code ~} and anything with {@code ${VAR}}-style interpolation. Places outside the
 * project (an absolute path elsewhere, {@code ..} past the root, a link out of it) are not looked up:
 * a finding must not tell whether {@code /root/.ssh/id_rsa} exists.
 */
public final class FilePathCheck implements FileCheck {
    private static final Pattern NOT_PLAIN = Pattern.compile("[*?\\[{$]|^~|^[A-Za-z][A-Za-z0-9+.-]*://");

    @Override
    public void check(FileContext context) {
        List<Candidate> candidates = new ArrayList<>();
        for (BlockVisit visit : FileDeclarations.of(context).blocks()) {
            for (Member member : visit.members()) {
                Optional<PropertySpec> rule = member.key() == null ? Optional.empty()
                        : visit.spec().property(member.key().text()).filter(PropertySpec::isPath);
                Optional<Value> value = BlockVisit.valueOf(member);
                if (rule.isPresent() && visit.checks(rule.get()) && value.isPresent()) {
                    Values.stringContent(value.get()).filter(p -> !p.isBlank() && !NOT_PLAIN.matcher(p).find())
                            .ifPresent(p -> candidates.add(new Candidate(member, Values.unwrap(value.get()), p)));
                }
            }
        }
        if (candidates.isEmpty()) {
            return;
        }
        Path file = fileOnDisk(context);
        if (file == null) {
            return;
        }
        Path root = context.project().root();
        for (Candidate c : candidates) {
            Set<Path> places = new LinkedHashSet<>();
            try {
                Path written = Path.of(c.path());
                if (written.isAbsolute()) {
                    places.add(written.normalize());
                } else {
                    places.add(root.resolve(written).normalize());
                    places.add(file.getParent().resolve(written).normalize());
                }
            } catch (InvalidPathException e) {
                continue; // not a path this system can name; nothing to look up
            }
            places.removeIf(p -> !Containment.inside(root, p)); // never reveal what exists outside the project
            if (places.isEmpty() || places.stream().anyMatch(Files::exists)) {
                continue;
            }
            List<String> shown = places.stream().map(p -> show(root, p)).toList();
            context.report(Diagnostic.of(DiagnosticCode.MISSING_FILE, c.value().range(),
                    "'" + c.member().key().text() + "' names \"" + c.path() + "\", which does not exist (looked for "
                            + String.join(" and ", shown) + ")"));
        }
    }

    private record Candidate(Member member, Value value, String path) {
    }

    /** The analysed file as a path on disk, or null when it is not a saved file. */
    private static Path fileOnDisk(FileContext context) {
        FileSymbols mine = context.symbols();
        for (Map.Entry<Path, FileSymbols> e : context.project().files().entrySet()) {
            if (e.getValue() == mine) {
                Path p = e.getKey();
                return p.getParent() != null && Files.isRegularFile(p) ? p : null;
            }
        }
        return null;
    }

    /** A place as the message shows it: relative to the project root when inside it. */
    private static String show(Path root, Path place) {
        if (!place.startsWith(root)) {
            return place.toString();
        }
        String relative = root.relativize(place).toString().replace('\\', '/');
        return relative.isEmpty() ? "." : relative;
    }
}
