package dev.neam.parser.semantic.highlight;

import dev.neam.parser.ast.Stmt;
import dev.neam.parser.semantic.scope.FileScope;
import dev.neam.parser.semantic.scope.Resolution;
import dev.neam.parser.syntax.ParseResult;
import dev.neam.parser.text.Position;
import dev.neam.parser.text.SourceText;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Semantic highlighting of the successive versions of one document, classifying again only the
 * parts of the file an edit touched. The answer is always exactly {@link Highlighter#highlight}'s
 * for the whole file.
 *
 * <p>A version free of syntax errors is cut into parts after every top-level item that ends with
 * {@code }} or {@code ;}: the lexer is in its starting state there, so a part is lexed alone as it
 * is in the whole file, and no token crosses a cut. A part's tokens depend only on its text, its
 * items (the same for the same text when the file has no syntax error) and the names resolved in
 * it. A part is taken from the previous version when its text is unchanged (it lies before the
 * edit, or after it, moved by the lines the edit added or removed), it starts at the same column,
 * and its names resolve to the same kinds of symbols; every other part is classified again. Whether
 * the names resolve alike is known two ways: given the whole file's names resolved, each part's
 * are compared as ints with the last version's; given only the file's top-level scope
 * ({@link FileScope}, the usual case right after a keystroke), when every name visible at the top
 * level resolves to the same kind as before, and then only the names of the parts classified
 * again are resolved (every top-level name is declared before any item is walked, so an item's
 * names depend on nothing else). A changed declaration elsewhere in the file or project thus
 * repaints the names that now resolve differently. A version with syntax errors is classified
 * whole, and the next one too (error recovery may read the same text differently).
 */
public final class IncrementalHighlighter {
    /**
     * One part of a version: {@code text[start, end)}, the line and column it starts at, its
     * tokens (five ints each: line counted from the part's first line, column, length, type,
     * modifiers) and its names as {@link NamePaints} with lines counted the same way, both packed
     * (a document's parts are kept while it is among the documents used last).
     */
    private record Part(int start, int end, int line, int column, PackedInts tokens, PackedInts names) {
    }

    /** The text the parts belong to; null when they cannot serve the next version. */
    private String lastText;
    /** What the top-level names of the last version resolved to ({@link FileScope#kinds}), when known. */
    private Map<String, String> lastKinds;
    private Part[] parts = new Part[0];
    private int reusedParts;

    /** The tokens of this parse with these names resolved in it (null: names not classified). */
    public synchronized List<SemanticToken> highlight(ParseResult parse, Resolution resolution) {
        lastKinds = null; // what the file's names resolve to is not known here: the next version compares names
        if (resolution == null || !parse.diagnostics().isEmpty()) {
            forgetParts();
            return Highlighter.highlight(parse.text(), parse.tree(), resolution);
        }
        Cuts cuts = Cuts.of(parse);
        return render(parse, cuts, namesByPart(NamePaints.of(resolution), cuts.starts()), null);
    }

    /**
     * The tokens of this parse, resolving only the names of the parts classified again when the
     * names visible at the file's top level resolve to the same kinds as in the last version
     * ({@link FileScope#kinds}): the names of an unchanged item then resolve as before.
     */
    public synchronized List<SemanticToken> highlight(ParseResult parse, FileScope scope) {
        Map<String, String> kinds = scope.kinds();
        if (!parse.diagnostics().isEmpty() || lastText == null || !kinds.equals(lastKinds)) {
            List<SemanticToken> tokens = highlight(parse, scope.resolve(parse.tree().items()));
            lastKinds = parse.diagnostics().isEmpty() ? kinds : null;
            return tokens;
        }
        return render(parse, Cuts.of(parse), null, scope);
    }

    /**
     * The tokens of every part, taken from the last version or classified again. With
     * {@code names} (every part's), a part is taken when its names are the same; with {@code scope}
     * instead, the names of the parts classified again are resolved from it.
     */
    private List<SemanticToken> render(ParseResult parse, Cuts cuts, int[][] names, FileScope scope) {
        SourceText text = parse.text();
        List<Stmt> items = parse.tree().items();
        Position[] starts = cuts.starts();
        int count = starts.length;
        Edit edit = Edit.between(lastText, text.text());
        Part[] next = new Part[count];
        List<Stmt> walked = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            int start = cuts.offsets()[k];
            int end = cuts.offsets()[k + 1];
            Part old = edit == null ? null : previous(edit.oldStart(start, end, text.length()), edit.oldEnd(start, end, text.length()));
            if (old != null && old.column() == starts[k].character() && (names == null || old.names().sameAs(names[k]))) {
                next[k] = new Part(start, end, starts[k].line(), starts[k].character(), old.tokens(), old.names());
            } else {
                walked.addAll(items.subList(cuts.firstItems()[k], cuts.firstItems()[k + 1]));
            }
        }
        int reused = (int) Arrays.stream(next).filter(p -> p != null).count();
        if (names == null) {
            names = namesByPart(NamePaints.of(scope.resolve(walked)), starts);
        }
        List<SemanticToken> out = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            if (next[k] == null) {
                int start = cuts.offsets()[k];
                int end = cuts.offsets()[k + 1];
                int[] absolute = shifted(names[k], starts[k].line());
                List<SemanticToken> tokens = Highlighter.highlightPart(text, start, end,
                        items.subList(cuts.firstItems()[k], cuts.firstItems()[k + 1]), absolute);
                next[k] = new Part(start, end, starts[k].line(), starts[k].character(), packed(tokens, starts[k].line()),
                        new PackedInts(names[k]));
            }
            unpack(next[k], out);
        }
        lastText = text.text();
        parts = next;
        reusedParts = reused;
        return out;
    }

    private void forgetParts() {
        lastText = null;
        parts = new Part[0];
        reusedParts = 0;
    }

    /**
     * Where a version is cut into parts: part k is {@code text[offsets[k], offsets[k+1])}, starts
     * at {@code starts[k]} and holds the items from {@code firstItems[k]} to {@code firstItems[k+1]}.
     */
    private record Cuts(int[] offsets, int[] firstItems, Position[] starts) {
        static Cuts of(ParseResult parse) {
            SourceText text = parse.text();
            List<Stmt> items = parse.tree().items();
            int[] offsets = new int[items.size() + 2];
            int[] firstItems = new int[items.size() + 2];
            int count = 0; // offsets[0] = firstItems[0] = 0
            for (int i = 0; i < items.size(); i++) {
                int end = text.offsetAt(items.get(i).range().end());
                if (end > offsets[count] && end < text.length() && endsClosed(text.text(), end)) {
                    offsets[++count] = end;
                    firstItems[count] = i + 1;
                }
            }
            offsets[++count] = text.length();
            firstItems[count] = items.size();
            Position[] starts = new Position[count];
            for (int k = 0; k < count; k++) {
                starts[k] = text.positionAt(offsets[k]);
            }
            return new Cuts(Arrays.copyOf(offsets, count + 1), Arrays.copyOf(firstItems, count + 1), starts);
        }
    }

    /** How many parts of the last answer were taken from the version before (for tests and measurements). */
    public synchronized int reusedParts() {
        return reusedParts;
    }

    /** How many parts the last answer was made of. */
    public synchronized int parts() {
        return parts.length;
    }

    /**
     * Where the previous text and the new one differ: they share {@code prefix} characters at the
     * start and {@code suffix} at the end.
     */
    private record Edit(int prefix, int suffix, int delta) {
        static Edit between(String old, String text) {
            if (old == null) {
                return null;
            }
            // compared as char arrays: Arrays.mismatch and equals compare many chars at a time
            char[] a = old.toCharArray();
            char[] b = text.toCharArray();
            int max = Math.min(a.length, b.length);
            int prefix = Arrays.mismatch(a, 0, max, b, 0, max);
            if (prefix < 0) {
                prefix = max;
            }
            int suffix = 0;
            int chunk = 1024;
            while (suffix + chunk <= max - prefix
                    && Arrays.equals(a, a.length - suffix - chunk, a.length - suffix, b, b.length - suffix - chunk, b.length - suffix)) {
                suffix += chunk;
            }
            while (suffix < max - prefix && a[a.length - 1 - suffix] == b[b.length - 1 - suffix]) {
                suffix++;
            }
            return new Edit(prefix, suffix, text.length() - old.length());
        }

        /** Where the new text's {@code [start, end)} was in the old text when it is unchanged, else -1. */
        int oldStart(int start, int end, int length) {
            if (end <= prefix) {
                return start;
            }
            return start >= length - suffix ? start - delta : -1;
        }

        int oldEnd(int start, int end, int length) {
            if (end <= prefix) {
                return end;
            }
            return start >= length - suffix ? end - delta : -1;
        }
    }

    /** The previous version's part that was exactly {@code old[start, end)}, or null. */
    private Part previous(int start, int end) {
        if (start < 0) {
            return null;
        }
        int low = 0;
        int high = parts.length - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            Part p = parts[mid];
            if (p.start() < start) {
                low = mid + 1;
            } else if (p.start() > start) {
                high = mid - 1;
            } else {
                return p.end() == end ? p : null;
            }
        }
        return null;
    }

    private static boolean endsClosed(String text, int end) {
        char last = text.charAt(end - 1);
        return last == '}' || last == ';';
    }

    /** Each part's names (in painting order), lines counted from the part's first line. */
    private static int[][] namesByPart(NamePaints names, Position[] starts) {
        int[][] out = new int[starts.length][];
        int[] sizes = new int[starts.length];
        int[] partOf = new int[names.size()];
        for (int i = 0; i < names.size(); i++) {
            partOf[i] = partAt(starts, names.at(i, 0), names.at(i, 1));
            sizes[partOf[i]]++;
        }
        for (int k = 0; k < starts.length; k++) {
            out[k] = new int[sizes[k] * NamePaints.SIZE];
            sizes[k] = 0;
        }
        for (int i = 0; i < names.size(); i++) {
            int k = partOf[i];
            int[] into = out[k];
            int at = sizes[k]++ * NamePaints.SIZE;
            into[at] = names.at(i, 0) - starts[k].line();
            into[at + 1] = names.at(i, 1);
            into[at + 2] = names.at(i, 2) - starts[k].line();
            into[at + 3] = names.at(i, 3);
            into[at + 4] = names.at(i, 4);
        }
        return out;
    }

    /** The last part that starts at or before (line, column). */
    private static int partAt(Position[] starts, int line, int column) {
        int low = 0;
        int high = starts.length - 1;
        while (low < high) {
            int mid = (low + high + 1) >>> 1;
            Position s = starts[mid];
            if (s.line() < line || (s.line() == line && s.character() <= column)) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        return low;
    }

    private static int[] shifted(int[] names, int lines) {
        int[] out = names.clone();
        for (int i = 0; i < out.length; i += NamePaints.SIZE) {
            out[i] += lines;
            out[i + 2] += lines;
        }
        return out;
    }

    private static PackedInts packed(List<SemanticToken> tokens, int firstLine) {
        int[] out = new int[tokens.size() * 5];
        int n = 0;
        for (SemanticToken t : tokens) {
            out[n++] = t.line() - firstLine;
            out[n++] = t.start();
            out[n++] = t.length();
            out[n++] = t.type().ordinal();
            out[n++] = t.modifiers();
        }
        return new PackedInts(out);
    }

    private static final TokenType[] TYPES = TokenType.values();

    private static void unpack(Part part, List<SemanticToken> out) {
        PackedInts t = part.tokens();
        for (int i = 0; i < t.length(); i += 5) {
            out.add(new SemanticToken(part.line() + t.get(i), t.get(i + 1), t.get(i + 2), TYPES[t.get(i + 3)], t.get(i + 4)));
        }
    }
}
