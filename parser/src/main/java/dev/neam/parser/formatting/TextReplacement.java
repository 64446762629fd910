package dev.neam.parser.formatting;

import dev.neam.parser.text.Range;

/** Replace {@code range} of the original text with {@code newText}. */
public record TextReplacement(Range range, String newText) {
}
