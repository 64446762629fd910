package dev.neam.parser.ast;

import dev.neam.parser.text.Range;
import java.util.List;

/** A parameter: `name`, `name: type`, `name = default`, `...rest`, with `@annotations`. */
public record Param(Name name, TypeRef type, Expr defaultValue, boolean rest, List<Attribute> annotations, Range range)
        implements Node {
    public Param {
        annotations = List.copyOf(annotations);
    }
}
