package dev.neam.parser.syntax;

import dev.neam.parser.ast.LineShift;
import dev.neam.parser.ast.SourceFile;
import dev.neam.parser.ast.Stmt;
import dev.neam.parser.text.SourceText;
import java.util.ArrayList;
import java.util.List;

/**
 * Re-parses an edited document by re-parsing only the top-level items the edit touched, reusing
 * the others. Typing in one declaration of a 5,000-line file then costs the parse of that
 * declaration, not of the file.
 *
 * <p>The result must be exactly what {@link NeamSyntax#parse} gives for the new text, so reuse is
 * only attempted when it provably cannot differ: the previous parse and the re-parsed region are
 * both free of diagnostics (error recovery and brace repair look across items, so a file with
 * errors is always parsed whole), the items on both sides of the region end with {@code ;} or
 * {@code }} (nothing can continue them), and the item after the region starts with a word or an
 * annotation (it cannot continue the region's last item). Items after the region are reused only
 * when they start on a later line than the edit's last line (moved down or up by the lines the edit
 * added or removed: {@link LineShift}); otherwise the region runs to the end of the file. Anything
 * else falls back to a full parse.
 *
 * <p>The region is parsed at its real place: it is preceded by as many line breaks and spaces as
 * the text before it has lines and columns, so every position in its tree is already right.
 */
final class IncrementalParse {
    private IncrementalParse() {
    }

    static ParseResult reparse(ParseResult previous, String text) {
        if (previous == null || !previous.diagnostics().isEmpty()) {
            return NeamSyntax.parse(text);
        }
        SourceText oldText = previous.text();
        String old = oldText.text();
        if (old.equals(text)) {
            return new ParseResult(new SourceText(text), previous.tree(), List.of());
        }
        int prefix = commonPrefix(old, text);
        int suffix = commonSuffix(old, text, prefix);
        int changeEndOld = old.length() - suffix;
        int delta = text.length() - old.length();

        List<Stmt> items = previous.tree().items();
        int[] starts = new int[items.size()];
        int[] ends = new int[items.size()];
        for (int i = 0; i < items.size(); i++) {
            starts[i] = oldText.offsetAt(items.get(i).range().start());
            ends[i] = oldText.offsetAt(items.get(i).range().end());
        }
        int before = 0; // items [0, before) end before the edit
        while (before < items.size() && ends[before] < prefix) {
            before++;
        }
        int after = before; // items [after, n) start after the edit, with their leading gap untouched
        while (after < items.size() && !(after > 0 && ends[after - 1] > changeEndOld)) {
            after++;
        }
        if (before > 0 && !endsClosed(old, ends[before - 1])) {
            return NeamSyntax.parse(text);
        }
        SourceText newText = new SourceText(text);
        int regionStart = before == 0 ? 0 : ends[before - 1];
        int lineDelta = lineBreaks(text, prefix, changeEndOld + delta) - lineBreaks(old, prefix, changeEndOld);
        if (after < items.size()) {
            int regionEndNew = ends[after - 1] + delta;
            // items after the region keep their columns only if they start on a later line than the edit's end
            boolean sameLine = delta != 0 && newText.positionAt(starts[after] + delta).line() == newText.positionAt(regionEndNew).line();
            if (sameLine || !endsClosed(old, ends[after - 1]) || !startsWithWord(old, starts[after])) {
                after = items.size();
            }
        }
        int regionEnd = after < items.size() ? ends[after - 1] + delta : text.length();
        ParseResult region = parseRegion(newText, regionStart, regionEnd);
        if (!region.diagnostics().isEmpty()) {
            return NeamSyntax.parse(text);
        }
        List<Stmt> merged = new ArrayList<>(items.size() + region.tree().items().size());
        merged.addAll(items.subList(0, before));
        merged.addAll(region.tree().items());
        for (Stmt moved : items.subList(after, items.size())) {
            merged.add(LineShift.shift(moved, lineDelta));
        }
        return new ParseResult(newText, new SourceFile(merged, newText.range(0, text.length())), List.of());
    }

    /** Parses {@code text[start, end)} as if it stood at its place: padded with blank lines and spaces. */
    private static ParseResult parseRegion(SourceText text, int start, int end) {
        var at = text.positionAt(start);
        StringBuilder padded = new StringBuilder(at.line() + at.character() + end - start);
        padded.append("\n".repeat(at.line())).append(" ".repeat(at.character()));
        padded.append(text.text(), start, end);
        return NeamSyntax.parse(padded.toString());
    }

    private static boolean endsClosed(String text, int end) {
        if (end <= 0) {
            return false;
        }
        char last = text.charAt(end - 1);
        return last == '}' || last == ';';
    }

    private static boolean startsWithWord(String text, int start) {
        if (start >= text.length()) {
            return false;
        }
        char first = text.charAt(start);
        return Character.isLetter(first) || first == '_' || first == '@';
    }

    private static int lineBreaks(String text, int from, int to) {
        int count = 0;
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == '\n') {
                count++;
            }
        }
        return count;
    }

    private static int commonPrefix(String a, String b) {
        int max = Math.min(a.length(), b.length());
        int i = 0;
        while (i < max && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        return i;
    }

    private static int commonSuffix(String a, String b, int prefix) {
        int max = Math.min(a.length(), b.length()) - prefix;
        int i = 0;
        while (i < max && a.charAt(a.length() - 1 - i) == b.charAt(b.length() - 1 - i)) {
            i++;
        }
        return i;
    }
}
