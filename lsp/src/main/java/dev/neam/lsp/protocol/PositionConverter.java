package dev.neam.lsp.protocol;

import dev.neam.parser.text.Position;
import dev.neam.parser.text.Range;
import dev.neam.parser.text.SourceText;

/**
 * Translates positions between the parser's model (0-based line, UTF-16 column) and LSP4J's types
 * in the negotiated {@link PositionEncoding}. Every position that crosses the protocol goes through
 * here; nothing else converts columns.
 */
public final class PositionConverter {
    private final PositionEncoding encoding;

    public PositionConverter(PositionEncoding encoding) {
        this.encoding = encoding;
    }

    public PositionEncoding encoding() {
        return encoding;
    }

    public org.eclipse.lsp4j.Range toLsp(SourceText text, Range range) {
        return new org.eclipse.lsp4j.Range(toLsp(text, range.start()), toLsp(text, range.end()));
    }

    public org.eclipse.lsp4j.Position toLsp(SourceText text, Position position) {
        if (encoding == PositionEncoding.UTF16 || position.line() >= text.lineCount()) {
            return new org.eclipse.lsp4j.Position(position.line(), position.character());
        }
        int start = text.lineStart(position.line());
        int column = Math.max(0, position.character());
        int end = column >= text.lineEnd(position.line()) - start ? text.lineEnd(position.line()) : start + column;
        return new org.eclipse.lsp4j.Position(position.line(), width(text.text(), start, end));
    }

    /** The UTF-16 offset in {@code text} of a client position; past the line end means the line end (as LSP says). */
    public int offset(SourceText text, org.eclipse.lsp4j.Position position) {
        int line = position.getLine();
        if (line < 0) {
            return 0;
        }
        if (line >= text.lineCount()) {
            return text.length();
        }
        int start = text.lineStart(line);
        int end = text.lineEnd(line);
        int wanted = Math.max(0, position.getCharacter());
        if (encoding == PositionEncoding.UTF16) {
            return wanted >= end - start ? end : start + wanted; // no overflow for Integer.MAX_VALUE ("end of line")
        }
        String s = text.text();
        int offset = start;
        int counted = 0;
        while (offset < end) {
            int cp = s.codePointAt(offset);
            int units = units(cp);
            if (counted + units > wanted) {
                break; // a column inside a character lands before it
            }
            counted += units;
            offset += Character.charCount(cp);
        }
        return offset;
    }

    /** The parser position of a client position. */
    public Position fromLsp(SourceText text, org.eclipse.lsp4j.Position position) {
        return text.positionAt(offset(text, position));
    }

    private int width(String s, int from, int to) {
        int counted = 0;
        int offset = from;
        while (offset < to) {
            int cp = s.codePointAt(offset);
            counted += units(cp);
            offset += Character.charCount(cp);
        }
        return counted;
    }

    private int units(int codePoint) {
        return switch (encoding) {
            case UTF16 -> Character.charCount(codePoint);
            case UTF32 -> 1;
            case UTF8 -> codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
        };
    }
}
