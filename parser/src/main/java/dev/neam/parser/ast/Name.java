package dev.neam.parser.ast;

import dev.neam.parser.text.Range;

/** An identifier as written (for a quoted key, the text between the quotes) and where it is. */
public record Name(String text, Range range) implements Node {
}
