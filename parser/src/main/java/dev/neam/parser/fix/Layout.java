package dev.neam.parser.fix;

import dev.neam.parser.text.Position;
import dev.neam.parser.text.Range;
import dev.neam.parser.text.SourceText;

/** How a file is laid out: indentation of lines and the unit the file indents by, for inserted text. */
public final class Layout {
    private Layout() {
    }

    /** The leading spaces and tabs of a line. */
    public static String indentOf(SourceText text, int line) {
        if (line < 0 || line >= text.lineCount()) {
            return "";
        }
        String s = text.lineText(line);
        int i = 0;
        while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
            i++;
        }
        return s.substring(0, i);
    }

    /** One level of indentation as the file writes it: a tab, or the smallest run of spaces (2 by default). */
    public static String indentUnit(SourceText text) {
        int smallest = Integer.MAX_VALUE;
        for (int line = 0; line < text.lineCount(); line++) {
            String indent = indentOf(text, line);
            if (indent.isEmpty() || indent.length() == text.lineText(line).length()) {
                continue;
            }
            if (indent.charAt(0) == '\t') {
                return "\t";
            }
            smallest = Math.min(smallest, indent.length());
        }
        return smallest == Integer.MAX_VALUE ? "  " : " ".repeat(smallest);
    }

    /** The line break the file uses. */
    public static String newline(SourceText text) {
        return text.text().contains("\r\n") ? "\r\n" : "\n";
    }

    /** Whether only blanks stand before {@code p} on its line. */
    public static boolean firstOnLine(SourceText text, Position p) {
        int start = text.lineStart(p.line());
        return text.text().substring(start, Math.min(text.offsetAt(p), text.lineEnd(p.line()))).isBlank();
    }

    /** Whether only blanks (and a trailing ',' or ';') stand after {@code p} on its line. */
    public static boolean lastOnLine(SourceText text, Position p) {
        int from = text.offsetAt(p);
        String rest = text.text().substring(Math.min(from, text.lineEnd(p.line())), text.lineEnd(p.line())).strip();
        return rest.isEmpty() || rest.equals(",") || rest.equals(";");
    }

    /** From the start of {@code first}'s line to the start of the line after {@code last}'s (or the end of the file). */
    public static Range wholeLines(SourceText text, int first, int last) {
        Position start = new Position(first, 0);
        Position end = last + 1 < text.lineCount() ? new Position(last + 1, 0) : text.positionAt(text.length());
        if (last + 1 >= text.lineCount() && first > 0) {
            // the last line has no break after it: take the one before it instead
            start = text.positionAt(text.lineEnd(first - 1));
        }
        return new Range(start, end);
    }
}
