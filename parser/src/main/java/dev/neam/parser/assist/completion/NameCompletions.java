package dev.neam.parser.assist.completion;

import dev.neam.parser.ast.Children;
import dev.neam.parser.ast.Decl;
import dev.neam.parser.ast.Expr;
import dev.neam.parser.ast.Member;
import dev.neam.parser.ast.Name;
import dev.neam.parser.ast.Node;
import dev.neam.parser.ast.Param;
import dev.neam.parser.ast.SourceFile;
import dev.neam.parser.ast.Stmt;
import dev.neam.parser.language.BuiltinSpec;
import dev.neam.parser.language.NamespaceSpec;
import dev.neam.parser.language.Profile;
import dev.neam.parser.language.Vocabulary;
import dev.neam.parser.semantic.symbols.Declarations;
import dev.neam.parser.semantic.symbols.Symbol;
import dev.neam.parser.semantic.symbols.SymbolKind;
import dev.neam.parser.text.Position;
import dev.neam.parser.text.Range;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The names an expression may use at the cursor: locals and parameters of the enclosing functions,
 * handlers, lambdas and blocks (declared before the cursor), the file's top-level names and what its
 * imports bring, then the built-ins of the profile.
 */
final class NameCompletions {
    private final Vocabulary vocabulary;
    private final Profile profile;

    NameCompletions(Vocabulary vocabulary, Profile profile) {
        this.vocabulary = vocabulary;
        this.profile = profile;
    }

    List<Completion> names(Range range, List<Symbol> locals, Map<String, Symbol> visible) {
        Map<String, Completion> byName = new LinkedHashMap<>();
        for (int i = locals.size() - 1; i >= 0; i--) { // the innermost declaration wins
            Symbol s = locals.get(i);
            byName.putIfAbsent(s.name(), symbol(s, range, "0_"));
        }
        visible.forEach((name, s) -> {
            if (!s.nameRange().equals(range)) { // the word being typed parsed as a name: not a proposal
                byName.putIfAbsent(name, symbol(s, range, "1_"));
            }
        });
        for (BuiltinSpec b : vocabulary.builtins()) {
            if (profile.allows(b.dialects()) && !byName.containsKey(b.name())) {
                byName.put(b.name(), Completion.of(b.name(), CompletionKind.BUILTIN, b.signature(), b.doc(), range)
                        .withInsert(b.name(), Snippets.call(b.name(), b.arity() == null ? -1 : b.arity()))
                        .withSort("5_" + b.name()));
            }
        }
        for (NamespaceSpec n : vocabulary.namespaces()) {
            if (!byName.containsKey(n.name())) {
                byName.put(n.name(), Completion.of(n.name(), CompletionKind.MODULE, "built-in namespace", n.doc(), range)
                        .withSort("5_" + n.name()));
            }
        }
        return new ArrayList<>(byName.values());
    }

    private static Completion symbol(Symbol s, Range range, String sort) {
        Completion c = Completion.of(s.name(), SymbolDescriptions.kind(s), SymbolDescriptions.detail(s),
                        SymbolDescriptions.doc(s), range)
                .withSort(sort + s.name()).withId("symbol:" + s.kind() + ":" + s.name());
        return SymbolDescriptions.callable(s)
                ? c.withInsert(s.name(), Snippets.call(s.name(), SymbolDescriptions.arity(s))) : c;
    }

    /** Locals visible at {@code at} (the start of the word being typed), outermost first. */
    static List<Symbol> locals(SourceFile tree, Position at, String path) {
        List<Symbol> out = new ArrayList<>();
        if (tree != null) {
            for (Stmt item : tree.items()) {
                if (item.range().contains(at)) {
                    collect(item, at, path, out, 0);
                }
            }
        }
        return out;
    }

    private static void collect(Node node, Position at, String path, List<Symbol> out, int depth) {
        if (depth > 200) {
            return; // pathological nesting: what was found so far is enough
        }
        if (node instanceof Decl.Function f) {
            params(f.params(), path, out);
        } else if (node instanceof Member.Handler h) {
            params(h.params(), path, out);
        } else if (node instanceof Expr.Lambda l) {
            params(l.params(), path, out);
        } else if (node instanceof Stmt.For f && f.body() != null && f.body().range().contains(at)) {
            f.variables().forEach(n -> local(n, SymbolKind.VARIABLE, path, f, out));
        } else if (node instanceof Stmt.CStyleFor f && f.init() instanceof Decl.Let let
                && let.range().end().compareTo(at) <= 0) {
            out.addAll(Declarations.declaredBy(let, path));
        } else if (node instanceof Stmt.Try t && t.catchBody() != null && t.catchBody().range().contains(at)) {
            local(t.catchVariable(), SymbolKind.VARIABLE, path, t, out);
        } else if (node instanceof Stmt.With w && w.body() != null && w.body().range().contains(at)) {
            local(w.alias(), SymbolKind.VARIABLE, path, w, out);
        } else if (node instanceof Stmt.Block b) {
            for (Stmt s : b.statements()) {
                if (s.range().end().compareTo(at) <= 0) {
                    out.addAll(Declarations.declaredBy(s, path));
                }
            }
        }
        for (Node child : Children.of(node)) {
            if (child != null && child.range() != null && child.range().contains(at)) {
                collect(child, at, path, out, depth + 1);
            }
        }
    }

    private static void params(List<Param> params, String path, List<Symbol> out) {
        for (Param p : params) {
            local(p.name(), SymbolKind.PARAMETER, path, p, out);
        }
    }

    private static void local(Name name, SymbolKind kind, String path, Node node, List<Symbol> out) {
        if (name != null && !name.text().isEmpty()) {
            out.add(new Symbol(name.text(), kind, kind.name().toLowerCase(java.util.Locale.ROOT), path, name.range(),
                    node.range(), node));
        }
    }
}
