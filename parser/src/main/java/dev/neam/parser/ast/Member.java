package dev.neam.parser.ast;

import dev.neam.parser.text.Range;
import java.util.List;

/** One entry of a declaration body. */
public sealed interface Member extends Node {

    Name key();

    /** `key: value`; {@code value} is null when the value is missing. */
    record Property(Name key, Value value, String doc, Range range) implements Member {
    }

    /** A handler with a body: `impl(a, b) { … }`, `on_tool_input(x) -> string { … }`. */
    record Handler(Name key, List<Param> params, TypeRef returnType, Stmt.Block body, Range range)
            implements Member {
    }

    /** A nested block without a colon: `session { … }`. */
    record Nested(Name key, Value.Block block, Range range) implements Member {
    }
}
