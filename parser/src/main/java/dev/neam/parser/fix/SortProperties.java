package dev.neam.parser.fix;

import dev.neam.parser.ast.Decl;
import dev.neam.parser.ast.Member;
import dev.neam.parser.ast.SourceFile;
import dev.neam.parser.ast.Stmt;
import dev.neam.parser.language.HandlerSpec;
import dev.neam.parser.language.KindSpec;
import dev.neam.parser.language.Vocabulary;
import dev.neam.parser.text.Position;
import dev.neam.parser.text.SourceText;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * {@code source.neam.sortProperties}: the entries of the declaration at the cursor in the order the
 * vocabulary documents its keys (the order of the language reference), handlers after the keys in
 * their documented order, keys the vocabulary does not know last in their written order. Each entry
 * moves with the lines above it up to the previous entry, so its comments stay attached. Offered
 * only for a body with one entry per line and no ',' separators, where moving lines is exact.
 */
public final class SortProperties {
    private SortProperties() {
    }

    public static Optional<Fix> at(SourceText text, SourceFile tree, Position cursor, Vocabulary vocabulary) {
        for (Stmt item : tree.items()) {
            if (item instanceof Decl.Domain d && d.range().contains(cursor) && d.bodyRange() != null) {
                Optional<KindSpec> kind = vocabulary.kinds(d.keywords().stream().map(n -> n.text()).toList())
                        .stream().findFirst();
                return kind.flatMap(k -> sort(text, d, k));
            }
        }
        return Optional.empty();
    }

    private static Optional<Fix> sort(SourceText text, Decl.Domain decl, KindSpec kind) {
        List<Member> members = decl.members();
        if (members.size() < 2 || !laidOutOnePerLine(text, decl)) {
            return Optional.empty();
        }
        List<String> chunks = new ArrayList<>();
        int from = decl.bodyRange().start().line() + 1;
        for (Member m : members) {
            int last = m.range().end().line();
            chunks.add(text.text().substring(text.lineStart(from), text.lineStart(last + 1)));
            from = last + 1;
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            order.add(i);
        }
        List<String> keys = kind.body().keys();
        List<String> handlers = kind.handlers().stream().map(HandlerSpec::name).toList();
        order.sort(Comparator.comparingInt(i -> rank(members.get(i), keys, handlers)));
        StringBuilder sorted = new StringBuilder();
        order.forEach(i -> sorted.append(chunks.get(i)));
        String original = String.join("", chunks);
        if (sorted.toString().equals(original)) {
            return Optional.empty();
        }
        int start = text.lineStart(decl.bodyRange().start().line() + 1);
        int end = text.lineStart(members.get(members.size() - 1).range().end().line() + 1);
        return Optional.of(new Fix("sort-properties",
                "Sort the properties of " + kind.name() + " '" + decl.name().text() + "'",
                List.of(new TextEdit(text.range(start, end), sorted.toString())), false));
    }

    private static int rank(Member m, List<String> keys, List<String> handlers) {
        String key = m.key() == null ? "" : m.key().text();
        if (m instanceof Member.Handler) {
            int h = handlers.indexOf(key);
            return keys.size() + (h >= 0 ? h : handlers.size());
        }
        int k = keys.indexOf(key);
        return k >= 0 ? k : keys.size() + handlers.size() + 1;
    }

    /** '{' ends its line, '}' starts its own, every entry has its lines to itself, no commas between. */
    private static boolean laidOutOnePerLine(SourceText text, Decl.Domain decl) {
        Position open = decl.bodyRange().start();
        Position close = new Position(decl.bodyRange().end().line(), Math.max(0, decl.bodyRange().end().character() - 1));
        if (!Layout.lastOnLine(text, new Position(open.line(), open.character() + 1))
                || !Layout.firstOnLine(text, close) || text.text().charAt(text.offsetAt(close)) != '}') {
            return false;
        }
        int previousEnd = open.line();
        for (Member m : decl.members()) {
            if (m.key() == null || m.range().start().line() <= previousEnd || m.range().end().line() >= close.line()
                    || !Layout.firstOnLine(text, m.range().start())) {
                return false;
            }
            String after = text.text().substring(text.offsetAt(m.range().end()), text.lineEnd(m.range().end().line())).strip();
            if (!after.isEmpty() && !after.startsWith("//")) {
                return false;
            }
            previousEnd = m.range().end().line();
        }
        return true;
    }
}
