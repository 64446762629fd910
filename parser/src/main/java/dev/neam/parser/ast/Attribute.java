package dev.neam.parser.ast;

import dev.neam.parser.text.Range;
import java.util.List;

/** `#[name(args)]` before a declaration, or `@name(args)` after a type or value. */
public record Attribute(Name name, List<Expr> arguments, Range range) implements Node {
    public Attribute {
        arguments = List.copyOf(arguments);
    }
}
