package dev.neam.parser.assist.hover;

import dev.neam.parser.assist.PlainText;
import dev.neam.parser.text.Range;

/** What hovering a word shows: the word's range and the text, as Markdown and as plain text. */
public record HoverInfo(Range range, String markdown) {

    public String plainText() {
        return PlainText.of(markdown);
    }
}
