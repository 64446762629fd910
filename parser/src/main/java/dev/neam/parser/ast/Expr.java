package dev.neam.parser.ast;

import dev.neam.parser.text.Range;
import java.util.List;

/** Expressions. Lists held by these records are immutable (the builder copies them). */
public sealed interface Expr extends Value {

    enum LiteralKind { NUMBER, STRING, PATH, BOOLEAN, NIL, QUANTITY, MONEY, REGEX }

    /** A literal as written: numbers keep their text, strings their quotes, regular expressions their slashes and flags. */
    record Literal(LiteralKind kind, String text, Range range) implements Expr {
    }

    /** `f"text {expr} text"`; {@code parts} are the embedded expressions in order. */
    record FString(String text, List<Expr> parts, Range range) implements Expr {
    }

    record Identifier(Name name, Range range) implements Expr {
    }

    /** Binary operators, including `&&`, `||`, `??`, `in`, `not in` and the pipe `|>`. */
    record Binary(String operator, Expr left, Expr right, Range range) implements Expr {
    }

    record Unary(String operator, Expr operand, Range range) implements Expr {
    }

    /** `target = value`, and the compound forms `+=` etc. */
    record Assign(String operator, Expr target, Expr value, Range range) implements Expr {
    }

    record Call(Expr callee, List<Argument> arguments, Range range) implements Expr {
    }

    /** A call argument; {@code label} is set for named construction `Point(x: 1)`. */
    record Argument(Name label, Expr value, Range range) implements Node {
    }

    /** `target.member`, or `module::member` ({@code qualified}): the same access written with a path separator. */
    record Member(Expr target, Name member, boolean qualified, Range range) implements Expr {
        public Member(Expr target, Name member, Range range) {
            this(target, member, false, range);
        }
    }

    record Index(Expr target, Expr index, Range range) implements Expr {
    }

    record Slice(Expr target, Expr start, Expr end, Expr step, Range range) implements Expr {
    }

    /** The postfix `?` operator. */
    record Propagate(Expr operand, Range range) implements Expr {
    }

    /** `value with (field: x)`. */
    record CopyWith(Expr target, List<Argument> fields, Range range) implements Expr {
    }

    /** The conditional `condition ? then : otherwise`. */
    record Conditional(Expr condition, Expr then, Expr otherwise, Range range) implements Expr {
    }

    record ListLiteral(List<Expr> items, Range range) implements Expr {
    }

    /** `...value` inside a list or map literal (a map entry holds it as its value, with no key). */
    record Spread(Expr value, Range range) implements Expr {
    }

    record MapLiteral(List<MapEntry> entries, Range range) implements Expr {
    }

    record MapEntry(Expr key, Expr value, Range range) implements Node {
    }

    record Tuple(List<Expr> items, Range range) implements Expr {
    }

    /** `fun(a, b) { … }`; a body ending in a bare expression holds it as a {@link Stmt.Result}. */
    record Lambda(List<Param> params, Stmt.Block body, Range range) implements Expr {
    }

    record Match(Expr subject, List<MatchArm> arms, Range range) implements Expr {
    }

    /** `Pattern(bindings) if guard => body`; a pattern of `_` is a wildcard. */
    record MatchArm(Expr pattern, Expr guard, Node body, Range range) implements Node {
    }

    /** `spawn Agent(args)`. */
    record Spawn(Name target, List<Argument> arguments, Range range) implements Expr {
    }

    /** `panic!(message)`. */
    record Panic(List<Argument> arguments, Range range) implements Expr {
    }

    /** Placeholder where the parser could not read an expression. */
    record Error(Range range) implements Expr {
    }
}
