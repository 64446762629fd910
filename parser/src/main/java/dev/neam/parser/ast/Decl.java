package dev.neam.parser.ast;

import dev.neam.parser.text.Range;
import java.util.List;

/** Declarations: everything that introduces a name or shapes a module. */
public sealed interface Decl extends Stmt {

    /**
     * A domain declaration `agent Triage { … }`, `claw agent Bot { … }`: the header words as
     * written, the name and the body. Which words and keys are valid is decided by the vocabulary
     * data, not here.
     */
    record Domain(List<Attribute> attributes, String visibility, List<Name> keywords, Name name,
                  List<Member> members, String doc, Range bodyRange, Range range) implements Decl {
        public String kind() {
            return String.join(" ", keywords.stream().map(Name::text).toList());
        }
    }

    /** The statement form `guardchain G = [A, B];`, `capability C = cap("x");`, `type T = U;`. */
    record Binding(String visibility, Name keyword, Name name, Expr value, String doc, Range range) implements Decl {
    }

    /** `fun name(params) { … }`, and `fn` methods inside `impl`/`trait`/`extend` (body null for a signature). */
    record Function(List<Attribute> attributes, String visibility, String keyword, Name name, List<Param> params,
                    TypeRef returnType, Stmt.Block body, String doc, Range range) implements Decl {
    }

    record Const(String visibility, Name name, TypeRef type, Expr value, String doc, Range range) implements Decl {
    }

    /** `let x = …;`, `let [a, ...rest] = …;`, `let (a, b) = …;`. */
    record Let(String visibility, LetPattern pattern, TypeRef type, Expr value, Range range) implements Decl {
    }

    /** The target of a `let`. */
    sealed interface LetPattern extends Node {
        record Single(Name name, Range range) implements LetPattern {
        }

        record ListPattern(List<Name> names, int restIndex, Range range) implements LetPattern {
        }

        record TuplePattern(List<Name> names, Range range) implements LetPattern {
        }
    }

    record Module(ModulePath path, Range range) implements Decl {
    }

    /**
     * `import a.b;`, `use a.b as c;`, `pub use …;`, `adopt server.*`: {@code keyword} says which;
     * {@code wildcard} is `.*`; {@code names} is the `{a, b}` list.
     */
    record Import(String visibility, String keyword, ModulePath path, boolean wildcard, List<Name> names,
                  Name alias, Range range) implements Decl {
    }

    /** A struct; {@code methods} holds `fn`s written inside the struct body itself. */
    record Struct(List<Attribute> attributes, String visibility, boolean mutable, Name name, List<Name> typeParams,
                  List<Field> fields, List<Function> methods, String doc, Range range) implements Decl {
    }

    /** A struct field with its optional type, default and observers (`willSet`, `didSet`, `guard`). */
    record Field(Name name, TypeRef type, Expr defaultValue, List<Observer> observers, Range range) implements Node {
    }

    record Observer(Name kind, Name parameter, Stmt.Block body, Expr condition, Range range) implements Node {
    }

    /** `impl Type { … }` or `impl Trait for Type { … }` ({@code trait} null in the first form). */
    record Impl(List<Attribute> attributes, Name trait, Name target, List<Function> methods, Range range)
            implements Decl {
    }

    record Extend(Name target, List<Function> methods, Range range) implements Decl {
    }

    record Trait(String visibility, Name name, List<Name> supertraits, List<Function> methods, String doc,
                 Range range) implements Decl {
    }

    record Sealed(String visibility, Name name, List<Variant> variants, String doc, Range range) implements Decl {
    }

    record Variant(Name name, List<Param> fields, Range range) implements Node {
    }

    /** `#[attrs] test "name" { … }`. */
    record Test(List<Attribute> attributes, Expr.Literal name, Stmt.Block body, Range range) implements Decl {
    }

    /** `suite "name" { before_each { … } test … }`. */
    record Suite(List<Attribute> attributes, Expr.Literal name, List<Stmt> items, Range range) implements Decl {
    }

    /** `before_all { … }` and its siblings inside a suite. */
    record Hook(Name kind, Stmt.Block body, Range range) implements Decl {
    }
}
