package dev.neam.parser.navigation;

import dev.neam.parser.ast.Decl;
import dev.neam.parser.ast.Expr;
import dev.neam.parser.ast.Name;
import dev.neam.parser.ast.Node;
import dev.neam.parser.ast.Param;
import dev.neam.parser.ast.SourceFile;
import dev.neam.parser.ast.Stmt;
import dev.neam.parser.semantic.AstNodes;
import dev.neam.parser.semantic.symbols.Symbol;
import dev.neam.parser.semantic.symbols.SymbolKind;
import dev.neam.parser.syntax.ParseResult;
import dev.neam.parser.text.Position;
import dev.neam.parser.text.Range;
import dev.neam.parser.workspace.Workspace;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Struct fields and methods, which the scope analysis leaves alone because Neam values carry no
 * static type. A member use counts only where its owner is certain: `self.x` inside the type's own
 * methods, `Point.origin()`, labels of a construction `Point(x: 1)` and of `p with (x: 2)`, and
 * `p.x` when `p` is a parameter annotated `p: Point` or a variable set from `Point(…)`. Other
 * `.x` uses (on maps, agents, values of unknown type) are left out rather than guessed, so a
 * rename never touches an unrelated member that happens to share the name.
 */
final class MemberReferences {
    private final Workspace workspace;

    MemberReferences(Workspace workspace) {
        this.workspace = workspace;
    }

    /** The field or method declared or used at a position. */
    Optional<Symbol> symbolAt(Path file, Position position) {
        ParseResult parse = workspace.parse(file);
        String path = workspace.displayPath(file);
        if (parse == null || parse.tree() == null || path == null) {
            return Optional.empty();
        }
        List<Node> around = NodesAt.of(parse.tree(), position);
        for (Node node : around) {
            if (node instanceof Decl.Struct || node instanceof Decl.Impl || node instanceof Decl.Extend) {
                for (Symbol declared : declarations(path, List.of((Stmt) node))) {
                    if (declared.nameRange().contains(position)) {
                        return Optional.of(declared);
                    }
                }
            }
        }
        FileContext ctx = null;
        for (Node node : around) {
            Name name = null;
            String owner = null;
            if (node instanceof Expr.Member m && m.member() != null && m.member().range().contains(position)) {
                ctx = ctx == null ? context(file) : ctx;
                name = m.member();
                owner = ownerOf(ctx, m.target(), m.range());
            } else if (node instanceof Expr.Call call) {
                name = labelAt(call.arguments(), position);
                if (name != null) {
                    ctx = ctx == null ? context(file) : ctx;
                    owner = constructed(ctx, call);
                }
            } else if (node instanceof Expr.CopyWith copy) {
                name = labelAt(copy.fields(), position);
                if (name != null) {
                    ctx = ctx == null ? context(file) : ctx;
                    owner = ownerOf(ctx, copy.target(), copy.range());
                }
            }
            if (name != null && owner != null) {
                return declarationOf(owner, name.text());
            }
        }
        return Optional.empty();
    }

    private static Name labelAt(List<Expr.Argument> arguments, Position position) {
        for (Expr.Argument argument : arguments) {
            if (argument.label() != null && argument.label().range().contains(position)) {
                return argument.label();
            }
        }
        return null;
    }

    List<Occurrence> occurrences(Symbol symbol, boolean includeDeclaration) {
        List<Occurrence> out = new ArrayList<>();
        for (Path file : workspace.files()) {
            FileContext ctx = context(file);
            if (ctx == null) {
                continue;
            }
            if (includeDeclaration && symbol.path().equals(ctx.path)) {
                for (Symbol declared : declarations(ctx)) {
                    if (declared.nameRange().equals(symbol.nameRange())) {
                        out.add(new Occurrence(ctx.path, file, declared.nameRange(), true, true));
                    }
                }
            }
            List<Use> uses = new ArrayList<>();
            uses(ctx, uses);
            for (Use use : uses) {
                if (use.owner().equals(symbol.detail()) && use.name().text().equals(symbol.name())) {
                    out.add(new Occurrence(ctx.path, file, use.name().range(), false, use.write()));
                }
            }
        }
        return out;
    }

    // ---- declarations ------------------------------------------------------------------------

    private Optional<Symbol> declarationOf(String owner, String name) {
        for (Path file : workspace.files()) {
            ParseResult parse = workspace.parse(file);
            String path = workspace.displayPath(file);
            if (parse == null || parse.tree() == null || path == null) {
                continue;
            }
            for (Symbol declared : declarations(path, parse.tree().items())) {
                if (declared.detail().equals(owner) && declared.name().equals(name)) {
                    return Optional.of(declared);
                }
            }
        }
        return Optional.empty();
    }

    /** Fields and methods declared in a file, each with its owning type's name as detail. */
    private static List<Symbol> declarations(FileContext ctx) {
        return declarations(ctx.path, ctx.tree.items());
    }

    private static List<Symbol> declarations(String path, List<Stmt> items) {
        List<Symbol> out = new ArrayList<>();
        for (Stmt item : items) {
            if (item instanceof Decl.Struct s && s.name() != null) {
                for (Decl.Field f : s.fields()) {
                    add(out, f.name(), SymbolKind.FIELD, s.name().text(), path, f);
                }
                s.methods().forEach(m -> add(out, m.name(), SymbolKind.METHOD, s.name().text(), path, m));
            } else if (item instanceof Decl.Impl i && i.target() != null) {
                i.methods().forEach(m -> add(out, m.name(), SymbolKind.METHOD, i.target().text(), path, m));
            } else if (item instanceof Decl.Extend e && e.target() != null) {
                e.methods().forEach(m -> add(out, m.name(), SymbolKind.METHOD, e.target().text(), path, m));
            }
        }
        return out;
    }

    private static void add(List<Symbol> out, Name name, SymbolKind kind, String owner, String path, Node node) {
        if (name != null && !name.text().isEmpty()) {
            out.add(new Symbol(name.text(), kind, owner, path, name.range(), node.range(), node));
        }
    }

    // ---- uses --------------------------------------------------------------------------------

    /** A member name written where its owning type is known. */
    private record Use(Name name, String owner, boolean write) {
    }

    private void uses(FileContext ctx, List<Use> out) {
        Set<Range> assigned = new HashSet<>();
        AstNodes.walk(ctx.tree, node -> {
            if (node instanceof Expr.Assign a && a.target() instanceof Expr.Member m && m.member() != null) {
                assigned.add(m.member().range());
            }
        });
        AstNodes.walk(ctx.tree, node -> {
            if (node instanceof Expr.Member m && m.member() != null) {
                String owner = ownerOf(ctx, m.target(), m.range());
                if (owner != null) {
                    out.add(new Use(m.member(), owner, assigned.contains(m.member().range())));
                }
            } else if (node instanceof Expr.Call call) {
                String owner = constructed(ctx, call);
                if (owner != null) {
                    labels(call.arguments(), owner, out);
                }
            } else if (node instanceof Expr.CopyWith copy) {
                String owner = ownerOf(ctx, copy.target(), copy.range());
                if (owner != null) {
                    labels(copy.fields(), owner, out);
                }
            }
        });
    }

    private static void labels(List<Expr.Argument> arguments, String owner, List<Use> out) {
        for (Expr.Argument argument : arguments) {
            if (argument.label() != null) {
                out.add(new Use(argument.label(), owner, true));
            }
        }
    }

    /** The type a value certainly has, by name, or null when it cannot be told. */
    private String ownerOf(FileContext ctx, Expr target, Range at) {
        if (target instanceof Expr.Call call) {
            return constructed(ctx, call);
        }
        if (!(target instanceof Expr.Identifier id)) {
            return null;
        }
        if (id.name().text().equals("self")) {
            CallableUnit unit = CallableUnit.enclosing(ctx.units, at);
            return unit != null && unit.kind() == CallableUnit.Kind.METHOD ? unit.detail() : null;
        }
        Symbol symbol = ctx.names.at(id.name().range());
        if (symbol == null) {
            return null;
        }
        if (symbol.kind() == SymbolKind.STRUCT) {
            return symbol.name();
        }
        if (symbol.node() instanceof Param p && p.type() != null) {
            return typeName(p.type().text());
        }
        if (symbol.node() instanceof Decl.Let let) {
            if (let.type() != null) {
                return typeName(let.type().text());
            }
            if (let.pattern() instanceof Decl.LetPattern.Single && let.value() instanceof Expr.Call call) {
                return constructed(ctx, call);
            }
        }
        return null;
    }

    /** `Point(…)` where `Point` resolves to a struct: the struct's name. */
    private static String constructed(FileContext ctx, Expr.Call call) {
        if (call.callee() instanceof Expr.Identifier callee) {
            Symbol symbol = ctx.names.at(callee.name().range());
            if (symbol != null && symbol.kind() == SymbolKind.STRUCT) {
                return symbol.name();
            }
        }
        return null;
    }

    /** `Point`, `Point?` → `Point`; generic or compound annotations say nothing certain. */
    private static String typeName(String annotation) {
        String name = annotation.strip();
        if (name.endsWith("?")) {
            name = name.substring(0, name.length() - 1);
        }
        return name.matches("[A-Za-z_][A-Za-z0-9_]*") ? name : null;
    }

    // ---- per-file context --------------------------------------------------------------------

    private static final class FileContext {
        final String path;
        final SourceFile tree;
        final ResolvedNames names;
        final List<CallableUnit> units;

        FileContext(String path, SourceFile tree, ResolvedNames names, List<CallableUnit> units) {
            this.path = path;
            this.tree = tree;
            this.names = names;
            this.units = units;
        }
    }

    private FileContext context(Path file) {
        ParseResult parse = workspace.parse(file);
        String path = workspace.displayPath(file);
        if (parse == null || parse.tree() == null || path == null) {
            return null;
        }
        return new FileContext(path, parse.tree(), ResolvedNames.of(workspace, file),
                CallableUnit.of(path, file, parse.tree()));
    }
}
