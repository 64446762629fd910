package dev.neam.parser.ast;

import dev.neam.parser.text.Range;

/** A type annotation kept as written (`string`, `List<T>`, `T?`); Neam checks types only at run time. */
public record TypeRef(String text, Range range) implements Node {
}
