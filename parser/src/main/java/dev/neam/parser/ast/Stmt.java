package dev.neam.parser.ast;

import dev.neam.parser.text.Range;
import java.util.List;

/** Statements. Declarations are statements too: Neam allows them wherever a statement may stand. */
public sealed interface Stmt extends Node permits Decl, Stmt.Block, Stmt.ExprStmt, Stmt.If, Stmt.While, Stmt.For,
        Stmt.CStyleFor, Stmt.Return, Stmt.Emit, Stmt.Break, Stmt.Continue, Stmt.Throw, Stmt.Try, Stmt.Checkpoint,
        Stmt.Rewind, Stmt.With, Stmt.Grant, Stmt.Delete, Stmt.Result, Stmt.Error {

    record Block(List<Stmt> statements, Range range) implements Stmt {
    }

    record ExprStmt(Expr expression, Range range) implements Stmt {
    }

    record If(Expr condition, Stmt then, Stmt otherwise, Range range) implements Stmt {
    }

    record While(Expr condition, Stmt body, Range range) implements Stmt {
    }

    /** `for x in xs { … }`, `for (k, v) in m { … }`, `for (x in xs) { … }`. */
    record For(List<Name> variables, Expr iterable, Stmt body, Range range) implements Stmt {
    }

    /**
     * `for (let i = 0; i < n; i += 1) { … }`: {@code init} is a {@link Decl.Let} or an
     * {@link ExprStmt}; each clause may be null.
     */
    record CStyleFor(Stmt init, Expr condition, Expr update, Stmt body, Range range) implements Stmt {
    }

    record Return(Expr value, Range range) implements Stmt {
    }

    record Emit(Expr value, Range range) implements Stmt {
    }

    record Break(Range range) implements Stmt {
    }

    record Continue(Range range) implements Stmt {
    }

    record Throw(Expr value, Range range) implements Stmt {
    }

    record Try(Block body, Name catchVariable, Block catchBody, Block finallyBody, Range range) implements Stmt {
    }

    record Checkpoint(Expr label, Range range) implements Stmt {
    }

    /** `rewind;`, `rewind to expr;`, `rewind "label";`. */
    record Rewind(Expr target, Range range) implements Stmt {
    }

    record With(Expr resource, Name alias, Block body, Range range) implements Stmt {
    }

    /** `grant Capability to Target;`. */
    record Grant(Name capability, Name target, Range range) implements Stmt {
    }

    /** `delete map[key];` or `delete record.field;`. */
    record Delete(Expr target, Range range) implements Stmt {
    }

    /** The bare expression that ends a lambda body (`fun(d) { d.score >= min }`): its value is the result. */
    record Result(Expr value, Range range) implements Stmt {
    }

    /** Placeholder for a statement the parser could not read. */
    record Error(Range range) implements Stmt {
    }
}
