package dev.neam.parser.fix;

import dev.neam.parser.text.Position;
import dev.neam.parser.text.Range;
import dev.neam.parser.text.SourceText;

/**
 * How to delete one entry (a property, a list item) so that what remains is tidy: the whole line
 * when the entry stands alone on its lines, else the entry with one neighbouring ',' separator.
 */
final class Removal {
    private Removal() {
    }

    static TextEdit of(SourceText text, Range entry) {
        if (Layout.firstOnLine(text, entry.start()) && aloneAfter(text, entry.end())) {
            return TextEdit.delete(Layout.wholeLines(text, entry.start().line(), entry.end().line()));
        }
        String s = text.text();
        int start = text.offsetAt(entry.start());
        int end = text.offsetAt(entry.end());
        int after = skipBlanks(s, end);
        if (after < s.length() && s.charAt(after) == ',') {
            return TextEdit.delete(text.range(start, skipBlanks(s, after + 1)));
        }
        int before = start;
        while (before > 0 && (s.charAt(before - 1) == ' ' || s.charAt(before - 1) == '\t')) {
            before--;
        }
        if (before > 0 && s.charAt(before - 1) == ',') {
            return TextEdit.delete(text.range(before - 1, end));
        }
        return TextEdit.delete(entry);
    }

    /** Only blanks, a ',' and a line comment follow on the line. */
    private static boolean aloneAfter(SourceText text, Position end) {
        String rest = text.text().substring(text.offsetAt(end), text.lineEnd(end.line())).strip();
        if (rest.startsWith(",")) {
            rest = rest.substring(1).strip();
        }
        return rest.isEmpty() || rest.startsWith("//");
    }

    private static int skipBlanks(String s, int from) {
        int i = from;
        while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }
}
