package dev.neam.parser.semantic.symbols;

import dev.neam.parser.ast.Decl;
import dev.neam.parser.ast.Name;
import dev.neam.parser.ast.Node;
import dev.neam.parser.ast.Stmt;
import java.util.ArrayList;
import java.util.List;

/** The names a statement declares in the scope it stands in. */
public final class Declarations {
    private Declarations() {
    }

    public static List<Symbol> declaredBy(Stmt stmt, String path) {
        List<Symbol> out = new ArrayList<>();
        if (stmt instanceof Decl.Domain d) {
            add(out, d.name(), SymbolKind.DECLARATION, d.kind(), path, d);
        } else if (stmt instanceof Decl.Binding b) {
            add(out, b.name(), SymbolKind.BINDING, b.keyword() == null ? "" : b.keyword().text(), path, b);
        } else if (stmt instanceof Decl.Function f) {
            add(out, f.name(), SymbolKind.FUNCTION, "function", path, f);
        } else if (stmt instanceof Decl.Const c) {
            add(out, c.name(), SymbolKind.CONSTANT, "constant", path, c);
        } else if (stmt instanceof Decl.Let l && l.pattern() != null) {
            for (Name n : patternNames(l.pattern())) {
                add(out, n, SymbolKind.VARIABLE, "variable", path, l);
            }
        } else if (stmt instanceof Decl.Struct s) {
            add(out, s.name(), SymbolKind.STRUCT, "struct", path, s);
        } else if (stmt instanceof Decl.Trait t) {
            add(out, t.name(), SymbolKind.TRAIT, "trait", path, t);
        } else if (stmt instanceof Decl.Sealed s) {
            add(out, s.name(), SymbolKind.SEALED, "sealed", path, s);
            for (Decl.Variant v : s.variants()) {
                add(out, v.name(), SymbolKind.VARIANT, "variant", path, v);
            }
        }
        return out;
    }

    public static List<Name> patternNames(Decl.LetPattern pattern) {
        if (pattern instanceof Decl.LetPattern.Single s) {
            return s.name() == null ? List.of() : List.of(s.name());
        }
        if (pattern instanceof Decl.LetPattern.ListPattern l) {
            return l.names();
        }
        if (pattern instanceof Decl.LetPattern.TuplePattern t) {
            return t.names();
        }
        return List.of();
    }

    private static void add(List<Symbol> out, Name name, SymbolKind kind, String detail, String path, Node node) {
        if (name != null && !name.text().isEmpty()) {
            out.add(new Symbol(name.text(), kind, detail, path, name.range(), node.range(), node));
        }
    }
}
