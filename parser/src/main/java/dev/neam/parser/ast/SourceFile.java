package dev.neam.parser.ast;

import dev.neam.parser.text.Range;
import java.util.List;

/** A whole `.neam` document: its top-level declarations and statements in order. */
public record SourceFile(List<Stmt> items, Range range) implements Node {
    public SourceFile {
        items = List.copyOf(items);
    }
}
