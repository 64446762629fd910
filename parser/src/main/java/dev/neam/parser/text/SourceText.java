package dev.neam.parser.text;

import java.util.Arrays;

/**
 * The text of one document with a line index. It is the only place that knows how columns are
 * counted: offsets are UTF-16 code units (Java {@code char}s), columns are UTF-16 as in LSP, and
 * ANTLR's code-point indexes are converted here.
 */
public final class SourceText {
    private final String text;
    private final int[] lineStarts;
    /** For each code-point index, its UTF-16 offset; null when the text has no surrogate pairs. */
    private final int[] codePointToUtf16;

    public SourceText(String text) {
        this.text = text;
        this.lineStarts = computeLineStarts(text);
        this.codePointToUtf16 = text.length() == text.codePointCount(0, text.length()) ? null : mapCodePoints(text);
    }

    public String text() {
        return text;
    }

    public int length() {
        return text.length();
    }

    public int lineCount() {
        return lineStarts.length;
    }

    /** Offset of the first character of a line (0-based). */
    public int lineStart(int line) {
        return lineStarts[Math.max(0, Math.min(line, lineStarts.length - 1))];
    }

    /** Offset just past the last character of the line, before its line break. */
    public int lineEnd(int line) {
        int end = line + 1 < lineStarts.length ? lineStarts[line + 1] : text.length();
        while (end > lineStart(line) && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
            end--;
        }
        return end;
    }

    public String lineText(int line) {
        return text.substring(lineStart(line), lineEnd(line));
    }

    public Position positionAt(int offset) {
        return positionAt(offset, -1);
    }

    /**
     * The position of an offset, looked up from {@code lineHint} (the line of an offset nearby, or
     * -1): a caller walking through the text in order, as the tree builder does, passes the line it
     * found last and skips the binary search over the line starts.
     */
    public Position positionAt(int offset, int lineHint) {
        int clamped = Math.max(0, Math.min(offset, text.length()));
        int line = lineAt(clamped, lineHint);
        return new Position(line, clamped - lineStarts[line]);
    }

    private int lineAt(int offset, int hint) {
        if (hint >= 0 && hint < lineStarts.length && lineStarts[hint] <= offset) {
            for (int line = hint; line < lineStarts.length && line <= hint + 2; line++) {
                if (line + 1 == lineStarts.length || offset < lineStarts[line + 1]) {
                    return line;
                }
            }
        }
        int idx = Arrays.binarySearch(lineStarts, offset);
        return idx >= 0 ? idx : -idx - 2;
    }

    public int offsetAt(Position position) {
        if (position.line() >= lineStarts.length) {
            return text.length();
        }
        int start = lineStart(position.line());
        int end = lineEnd(position.line());
        int column = Math.max(0, position.character());
        return column >= end - start ? end : start + column; // no overflow for a huge column
    }

    public Range range(int startOffset, int endOffset) {
        return new Range(positionAt(startOffset), positionAt(Math.max(startOffset, endOffset)));
    }

    /** Converts an ANTLR character index (a code-point index) to a UTF-16 offset. */
    public int utf16Offset(int codePointIndex) {
        if (codePointToUtf16 == null) {
            return Math.max(0, Math.min(codePointIndex, text.length()));
        }
        if (codePointIndex >= codePointToUtf16.length) {
            return text.length();
        }
        return codePointToUtf16[Math.max(0, codePointIndex)];
    }

    /**
     * Offset of a column counted in code points on a 0-based line (the way tomlj and snakeyaml count
     * columns), clamped to the line's end.
     */
    public int offsetOfCodePointColumn(int line, int codePointColumn) {
        if (line >= lineStarts.length) {
            return text.length();
        }
        int start = lineStart(Math.max(0, line));
        int end = lineEnd(Math.max(0, line));
        int offset = start;
        for (int i = 0; i < codePointColumn && offset < end; i++) {
            offset += Character.charCount(text.codePointAt(offset));
        }
        return Math.min(offset, end);
    }

    public String slice(Range range) {
        return text.substring(offsetAt(range.start()), offsetAt(range.end()));
    }

    private static int[] computeLineStarts(String text) {
        int[] starts = new int[16];
        int count = 1;
        if (text.indexOf('\r') < 0) {
            // String.indexOf is a vectorised intrinsic: on the multi-megabyte texts a client may send, this
            // runs on the protocol thread many times faster than a charAt loop
            for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
                starts = room(starts, count);
                starts[count++] = i + 1;
            }
            return Arrays.copyOf(starts, count);
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                starts = room(starts, count);
                starts[count++] = i + 1;
            }
        }
        return Arrays.copyOf(starts, count);
    }

    private static int[] room(int[] starts, int count) {
        return count < starts.length ? starts : Arrays.copyOf(starts, starts.length * 2);
    }

    private static int[] mapCodePoints(String text) {
        int n = text.codePointCount(0, text.length());
        int[] map = new int[n + 1];
        int offset = 0;
        for (int i = 0; i < n; i++) {
            map[i] = offset;
            offset += Character.charCount(text.codePointAt(offset));
        }
        map[n] = offset;
        return map;
    }
}
