package dev.neam.parser.fix;

import dev.neam.parser.text.Position;
import dev.neam.parser.text.Range;

/** Replace the text of {@code range} (parser coordinates: line, UTF-16 column) by {@code newText}. */
public record TextEdit(Range range, String newText) {

    public static TextEdit insert(Position at, String text) {
        return new TextEdit(Range.empty(at), text);
    }

    public static TextEdit delete(Range range) {
        return new TextEdit(range, "");
    }
}
