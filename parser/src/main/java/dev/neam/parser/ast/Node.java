package dev.neam.parser.ast;

import dev.neam.parser.text.Range;

/** Every syntax-tree node is immutable and knows its exact range in the document. */
public interface Node {
    Range range();
}
