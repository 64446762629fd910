package dev.neam.parser.assist;

import dev.neam.parser.text.Position;
import dev.neam.parser.text.Range;
import dev.neam.parser.text.SourceText;
import java.util.Optional;

/** The identifier-like word under a cursor (a cursor right after a word is on it, as editors expect). */
public final class Words {
    private Words() {
    }

    public record Word(String text, Range range) {
    }

    public static Optional<Word> at(SourceText source, Position position) {
        if (position.line() < 0 || position.line() >= source.lineCount()) {
            return Optional.empty();
        }
        String line = source.lineText(position.line());
        int at = Math.min(Math.max(position.character(), 0), line.length());
        int start = at;
        while (start > 0 && isWordChar(line.charAt(start - 1))) {
            start--;
        }
        int end = at;
        while (end < line.length() && isWordChar(line.charAt(end))) {
            end++;
        }
        if (start == end || Character.isDigit(line.charAt(start))) {
            return Optional.empty();
        }
        return Optional.of(new Word(line.substring(start, end), Range.of(position.line(), start, position.line(), end)));
    }

    static boolean isWordChar(char c) {
        return c == '_' || (c < 128 && Character.isLetterOrDigit(c));
    }
}
