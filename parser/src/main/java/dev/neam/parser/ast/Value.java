package dev.neam.parser.ast;

import dev.neam.parser.text.Range;
import java.util.List;

/** What stands after `key:` in a declaration body: an expression or one of the config shapes. */
public sealed interface Value extends Node permits Expr, Value.Block, Value.ListValue, Value.Tagged, Value.WithUnit,
        Value.Annotated {

    /** `{ key: value … }` nested inside a declaration. */
    record Block(List<Member> members, Range range) implements Value {
    }

    /** `[a, b, handoff_to(C) { … }]`. */
    record ListValue(List<Value> items, Range range) implements Value {
    }

    /** A head followed by a block: `handoff_to(Billing) { … }`, `mcp { server: "fs" }`. */
    record Tagged(Expr head, Block block, Range range) implements Value {
    }

    /** A number with a unit on the same line: `30 s`, `500 ms`. */
    record WithUnit(Expr amount, Name unit, Range range) implements Value {
    }

    /** A value followed by `@constraint(args)` annotations. */
    record Annotated(Value value, List<Attribute> annotations, Range range) implements Value {
    }
}
