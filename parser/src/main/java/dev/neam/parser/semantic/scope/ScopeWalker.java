package dev.neam.parser.semantic.scope;

import dev.neam.parser.ast.Decl;
import dev.neam.parser.ast.Expr;
import dev.neam.parser.ast.Member;
import dev.neam.parser.ast.Name;
import dev.neam.parser.ast.Node;
import dev.neam.parser.ast.Param;
import dev.neam.parser.ast.Children;
import dev.neam.parser.ast.SourceFile;
import dev.neam.parser.ast.Stmt;
import dev.neam.parser.ast.Value;
import dev.neam.parser.semantic.symbols.Declarations;
import dev.neam.parser.semantic.symbols.Symbol;
import dev.neam.parser.semantic.symbols.SymbolKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Resolves every name used in code (function bodies, top-level statements, handler bodies,
 * lambdas) against lexical scopes, the file's top-level names, its imports and the built-ins.
 * Property values of declarations are not code: identifiers there (`tracing: enabled`,
 * `skills: [search]`) are references checked against the vocabulary, so they are skipped here,
 * except for lambdas and handlers inside them.
 */
public final class ScopeWalker {
    private final String path;
    private final Predicate<String> builtin;
    private final Resolution resolution = new Resolution();
    private Scope scope;

    private ScopeWalker(String path, Predicate<String> builtin) {
        this.path = path;
        this.builtin = builtin;
    }

    public static Resolution resolve(String path, SourceFile tree, Map<String, Symbol> imported, boolean open,
                                     Predicate<String> builtin) {
        return atFileLevel(path, tree, imported, open, builtin).walk(tree.items());
    }

    /**
     * A walker that has declared the imports and the file's top-level names, as {@link #resolve}
     * does before it walks the items: the names in one item resolve the same whichever other items
     * are walked, since every top-level name is declared first.
     */
    static ScopeWalker atFileLevel(String path, SourceFile tree, Map<String, Symbol> imported, boolean open,
                                   Predicate<String> builtin) {
        ScopeWalker walker = new ScopeWalker(path, builtin);
        walker.resolution.open(open);
        Scope imports = new Scope(null, Scope.Kind.FILE);
        imported.values().forEach(imports::declare);
        walker.scope = new Scope(imports, Scope.Kind.FILE);
        walker.declareAll(tree.items(), true);
        return walker;
    }

    /** Resolves the names in these items (once per walker). */
    Resolution walk(List<Stmt> items) {
        for (Stmt item : items) {
            statement(item);
        }
        return resolution;
    }

    /** The symbol each name visible at the top level of the file finds (a top-level name hides an import). */
    Map<String, Symbol> visibleAtFileLevel() {
        Map<String, Symbol> visible = new HashMap<>(scope.parent().own());
        visible.putAll(scope.own());
        return visible;
    }

    // ---- declarations -------------------------------------------------------------------------

    /** Hoists what a list of statements declares (all names at top level; not `let`s in blocks). */
    private void declareAll(List<Stmt> items, boolean includeLets) {
        for (Stmt item : items) {
            if (!includeLets && (item instanceof Decl.Let || item instanceof Decl.Const)) {
                continue;
            }
            for (Symbol symbol : Declarations.declaredBy(item, path)) {
                declare(symbol);
            }
        }
    }

    private void declare(Symbol symbol) {
        Symbol previous = scope.declare(symbol);
        if (previous != null && previous != symbol && previous.node() != symbol.node()) {
            resolution.duplicate(previous, symbol);
        }
        if (scope.kind() != Scope.Kind.FILE) {
            resolution.local(symbol);
        }
    }

    private Symbol symbol(Name name, SymbolKind kind, Node node) {
        return new Symbol(name.text(), kind, kind.name().toLowerCase(), path, name.range(), node.range(), node);
    }

    // ---- statements ---------------------------------------------------------------------------

    private void statement(Stmt stmt) {
        if (stmt == null) {
            return;
        }
        if (stmt instanceof Stmt.Block b) {
            block(b.statements(), Scope.Kind.BLOCK, List.of());
        } else if (stmt instanceof Decl.Function f) {
            function(f.params(), f.body(), List.of());
        } else if (stmt instanceof Decl.Let l) {
            expression(l.value());
            if (scope.kind() != Scope.Kind.FILE) {
                for (Name n : Declarations.patternNames(l.pattern())) {
                    declare(symbol(n, SymbolKind.VARIABLE, l));
                }
            }
        } else if (stmt instanceof Decl.Const c) {
            expression(c.value());
            if (scope.kind() != Scope.Kind.FILE && c.name() != null) {
                declare(symbol(c.name(), SymbolKind.CONSTANT, c));
            }
        } else if (stmt instanceof Decl.Domain d) {
            members(d.members());
        } else if (stmt instanceof Decl.Struct s) {
            for (Decl.Field field : s.fields()) {
                expression(field.defaultValue());
            }
            methods(s.methods());
        } else if (stmt instanceof Decl.Impl i) {
            methods(i.methods());
        } else if (stmt instanceof Decl.Extend e) {
            methods(e.methods());
        } else if (stmt instanceof Decl.Trait t) {
            methods(t.methods());
        } else if (stmt instanceof Decl.Test t) {
            body(t.body());
        } else if (stmt instanceof Decl.Suite s) {
            enter(Scope.Kind.BLOCK);
            declareAll(s.items(), false);
            s.items().forEach(this::statement);
            exit();
        } else if (stmt instanceof Decl.Hook h) {
            body(h.body());
        } else if (stmt instanceof Stmt.For f) {
            expression(f.iterable());
            enter(Scope.Kind.LOOP);
            for (Name n : f.variables()) {
                declare(symbol(n, SymbolKind.VARIABLE, f));
            }
            loopBody(f.body());
            exit();
        } else if (stmt instanceof Stmt.CStyleFor f) {
            // The loop variable lives in the loop's scope: the condition, the update and the body see it.
            enter(Scope.Kind.LOOP);
            if (f.init() instanceof Decl.Let let) {
                expression(let.value());
                for (Name n : Declarations.patternNames(let.pattern())) {
                    declare(symbol(n, SymbolKind.VARIABLE, let));
                }
            } else {
                statement(f.init());
            }
            expression(f.condition());
            expression(f.update());
            loopBody(f.body());
            exit();
        } else if (stmt instanceof Stmt.While w) {
            expression(w.condition());
            enter(Scope.Kind.LOOP);
            loopBody(w.body());
            exit();
        } else if (stmt instanceof Stmt.Try t) {
            body(t.body());
            enter(Scope.Kind.BLOCK);
            if (t.catchVariable() != null) {
                declare(symbol(t.catchVariable(), SymbolKind.VARIABLE, t));
            }
            body(t.catchBody());
            exit();
            body(t.finallyBody());
        } else if (stmt instanceof Stmt.With w) {
            expression(w.resource());
            enter(Scope.Kind.BLOCK);
            if (w.alias() != null) {
                declare(symbol(w.alias(), SymbolKind.VARIABLE, w));
            }
            body(w.body());
            exit();
        } else if (stmt instanceof Decl.Binding b) {
            codeInsideValue(b.value());
        } else if (stmt instanceof Stmt.Grant g) {
            declarationReference(g.capability());
            declarationReference(g.target());
        } else if (stmt instanceof Decl.Import i) {
            i.names().forEach(this::declarationReference);
        } else if (stmt instanceof Decl.Module || stmt instanceof Decl.Sealed || stmt instanceof Stmt.Error) {
            // Module paths and variant lists: nothing to resolve.
        } else {
            for (Node child : Children.of(stmt)) {
                visit(child);
            }
        }
    }

    private void loopBody(Stmt body) {
        if (body instanceof Stmt.Block b) {
            declareAll(b.statements(), false);
            b.statements().forEach(this::statement);
        } else {
            statement(body);
        }
    }

    private void body(Stmt.Block block) {
        if (block != null) {
            block(block.statements(), Scope.Kind.BLOCK, List.of());
        }
    }

    private void block(List<Stmt> statements, Scope.Kind kind, List<Symbol> parameters) {
        enter(kind);
        parameters.forEach(this::declare);
        declareAll(statements, false);
        statements.forEach(this::statement);
        exit();
    }

    private void function(List<Param> params, Stmt.Block body, List<Symbol> implicit) {
        for (Param p : params) {
            expression(p.defaultValue());
        }
        List<Symbol> parameters = new ArrayList<>(implicit);
        for (Param p : params) {
            if (p.name() != null) {
                parameters.add(symbol(p.name(), SymbolKind.PARAMETER, p));
            }
        }
        if (body != null) {
            block(body.statements(), Scope.Kind.FUNCTION, parameters);
        }
    }

    private void methods(List<Decl.Function> methods) {
        for (Decl.Function m : methods) {
            boolean hasSelf = m.params().stream().anyMatch(p -> p.name() != null && p.name().text().equals("self"));
            List<Symbol> implicit = new ArrayList<>();
            if (!hasSelf) {
                // Methods may use `self` without listing it (the compiler adds it).
                implicit.add(new Symbol("self", SymbolKind.BUILTIN, "self", path, m.range(), m.range(), null));
            }
            function(m.params(), m.body(), implicit);
        }
    }

    private void members(List<Member> members) {
        for (Member member : members) {
            if (member instanceof Member.Handler h) {
                function(h.params(), h.body(), List.of());
            } else if (member instanceof Member.Property p) {
                codeInsideValue(p.value());
            } else if (member instanceof Member.Nested n) {
                members(n.block().members());
            }
        }
    }

    /** Only lambdas and nested handlers inside declaration values are code. */
    private void codeInsideValue(Node value) {
        if (value == null) {
            return;
        }
        if (value instanceof Expr.Lambda lambda) {
            function(lambda.params(), lambda.body(), List.of());
            return;
        }
        if (value instanceof Value.Block b) {
            members(b.members());
            return;
        }
        if (value instanceof Expr.Identifier id) {
            declarationReference(id.name());
            return;
        }
        for (Node child : Children.of(value)) {
            codeInsideValue(child);
        }
    }

    /**
     * A bare name in a declaration value (`skills: [search]`, `entry_agent: Triage`) that names a
     * declared symbol is recorded for navigation and rename; names that resolve to nothing are
     * left to the vocabulary-driven reference checks, which know what each property expects.
     */
    private void declarationReference(Name name) {
        if (name == null) {
            return;
        }
        Symbol target = scope.lookup(name.text());
        if (target != null) {
            resolution.reference(new Resolution.Reference(name, target, false, -1, false, List.of()));
        }
    }

    // ---- expressions --------------------------------------------------------------------------

    private void visit(Node node) {
        if (node instanceof Stmt s) {
            statement(s);
        } else if (node instanceof Expr e) {
            expression(e);
        } else if (node != null) {
            for (Node child : Children.of(node)) {
                visit(child);
            }
        }
    }

    private void expression(Expr expr) {
        if (expr == null) {
            return;
        }
        if (expr instanceof Expr.Identifier id) {
            use(id.name(), false, -1);
        } else if (expr instanceof Expr.Call call) {
            boolean named = call.arguments().stream().anyMatch(a -> a.label() != null);
            if (call.callee() instanceof Expr.Identifier id) {
                use(id.name(), false, named ? -1 : call.arguments().size());
            } else {
                expression(call.callee());
            }
            // `assert_throws(f, ErrorType)` and `File.open(path, r)` take a bare word after the first argument.
            List<Expr.Argument> checked = takesWordAfterFirst(call) ? call.arguments().subList(0, Math.min(1,
                    call.arguments().size())) : call.arguments();
            checked.forEach(a -> expression(a.value()));
        } else if (expr instanceof Expr.Member m) {
            if (m.target() instanceof Expr.Identifier id) {
                use(id.name(), false, -1, true);
            } else {
                expression(m.target());
            }
        } else if (expr instanceof Expr.Assign a) {
            if (a.target() instanceof Expr.Identifier id) {
                if (!a.operator().equals("=")) {
                    use(id.name(), false, -1);
                }
                use(id.name(), true, -1);
            } else {
                expression(a.target());
            }
            expression(a.value());
        } else if (expr instanceof Expr.Binary b && b.operator().equals("|>")) {
            // `x |> f(a)` calls f(x, a); `x |> f` calls f(x).
            expression(b.left());
            if (b.right() instanceof Expr.Call call && call.callee() instanceof Expr.Identifier id) {
                boolean named = call.arguments().stream().anyMatch(a -> a.label() != null);
                use(id.name(), false, named ? -1 : call.arguments().size() + 1);
                call.arguments().forEach(a -> expression(a.value()));
            } else if (b.right() instanceof Expr.Identifier id) {
                use(id.name(), false, 1);
            } else {
                expression(b.right());
            }
        } else if (expr instanceof Expr.MapLiteral map) {
            for (Expr.MapEntry entry : map.entries()) {
                if (!(entry.key() instanceof Expr.Identifier)) {
                    expression(entry.key());
                }
                expression(entry.value());
            }
        } else if (expr instanceof Expr.Lambda lambda) {
            function(lambda.params(), lambda.body(), List.of());
        } else if (expr instanceof Expr.Match match) {
            expression(match.subject());
            for (Expr.MatchArm arm : match.arms()) {
                enter(Scope.Kind.BLOCK);
                bindPattern(arm.pattern());
                expression(arm.guard());
                visit(arm.body());
                exit();
            }
        } else if (expr instanceof Expr.Spawn spawn) {
            spawn.arguments().forEach(a -> expression(a.value()));
        } else if (expr instanceof Expr.CopyWith copy) {
            expression(copy.target());
            copy.fields().forEach(a -> expression(a.value()));
        } else {
            for (Node child : Children.of(expr)) {
                visit(child);
            }
        }
    }

    private static boolean takesWordAfterFirst(Expr.Call call) {
        if (call.callee() instanceof Expr.Identifier id) {
            return id.name().text().equals("assert_throws");
        }
        return call.callee() instanceof Expr.Member m && m.target() instanceof Expr.Identifier t
                && t.name().text().equals("File") && m.member() != null
                && (m.member().text().equals("open") || m.member().text().equals("create"));
    }

    /** `Circle(r)` binds `r`; a bare name is a variant (or `_`), not a use to check. */
    private void bindPattern(Expr pattern) {
        if (pattern instanceof Expr.Call call && call.callee() instanceof Expr.Identifier) {
            for (Expr.Argument argument : call.arguments()) {
                if (argument.value() instanceof Expr.Identifier id && !id.name().text().equals("_")) {
                    declare(symbol(id.name(), SymbolKind.VARIABLE, id));
                }
            }
        } else if (pattern != null && !(pattern instanceof Expr.Identifier) && !(pattern instanceof Expr.Binary)) {
            expression(pattern);
        }
    }

    private void use(Name name, boolean assignment, int arguments) {
        use(name, assignment, arguments, false);
    }

    private void use(Name name, boolean assignment, int arguments, boolean namespace) {
        if (name == null || name.text().equals("_")) {
            return;
        }
        Symbol target = scope.lookup(name.text());
        if (target == null && builtin.test(name.text())) {
            target = new Symbol(name.text(), SymbolKind.BUILTIN, "built-in", path, name.range(), name.range(), null);
        }
        resolution.reference(new Resolution.Reference(name, target, assignment, arguments, namespace,
                target == null ? visibleNames() : List.of()));
    }

    private Set<String> visibleNames() {
        Set<String> names = new LinkedHashSet<>();
        for (Scope s = scope; s != null; s = s.parent()) {
            names.addAll(s.own().keySet());
        }
        return names;
    }

    private void enter(Scope.Kind kind) {
        scope = new Scope(scope, kind);
    }

    private void exit() {
        scope = scope.parent();
    }
}
