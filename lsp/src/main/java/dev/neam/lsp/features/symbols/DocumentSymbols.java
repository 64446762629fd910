package dev.neam.lsp.features.symbols;

import dev.neam.lsp.protocol.PositionConverter;
import dev.neam.lsp.server.ClientSupport;
import dev.neam.parser.ast.Decl;
import dev.neam.parser.semantic.symbols.Declarations;
import dev.neam.parser.ast.Expr;
import dev.neam.parser.ast.Member;
import dev.neam.parser.ast.Name;
import dev.neam.parser.ast.Param;
import dev.neam.parser.ast.SourceFile;
import dev.neam.parser.ast.Stmt;
import dev.neam.parser.ast.Value;
import dev.neam.parser.text.Range;
import dev.neam.parser.text.SourceText;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.SymbolInformation;
import org.eclipse.lsp4j.SymbolKind;
import org.eclipse.lsp4j.jsonrpc.CancelChecker;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

/**
 * {@code textDocument/documentSymbol}: the outline of a file from its syntax tree. Domain
 * declarations with their nested blocks and handlers; functions; structs with fields and methods;
 * traits; sealed types with variants; impl and extend blocks; tests and suites; top-level bindings,
 * lets and consts. Hierarchical when the client supports it, flat with container names otherwise.
 */
public final class DocumentSymbols {
    private final PositionConverter positions;
    private final ClientSupport client;

    public DocumentSymbols(PositionConverter positions, ClientSupport client) {
        this.positions = positions;
        this.client = client;
    }

    public List<Either<SymbolInformation, DocumentSymbol>> symbols(String uri, SourceText text, SourceFile tree,
                                                                  CancelChecker cancel) {
        List<DocumentSymbol> roots = new Builder(text, cancel).items(tree.items());
        return shape(uri, roots, client.hierarchicalSymbols());
    }

    /** An outline as the client takes it: the tree, or flat with container names for clients without hierarchy. */
    public static List<Either<SymbolInformation, DocumentSymbol>> shape(String uri, List<DocumentSymbol> roots,
                                                                        boolean hierarchical) {
        List<Either<SymbolInformation, DocumentSymbol>> result = new ArrayList<>();
        if (hierarchical) {
            roots.forEach(s -> result.add(Either.forRight(s)));
        } else {
            flatten(uri, roots, null, result);
        }
        return result;
    }

    @SuppressWarnings("deprecation") // SymbolInformation is what clients without hierarchy support understand
    private static void flatten(String uri, List<DocumentSymbol> symbols, String container,
                                List<Either<SymbolInformation, DocumentSymbol>> out) {
        for (DocumentSymbol s : symbols) {
            SymbolInformation info = new SymbolInformation(s.getName(), s.getKind(), new Location(uri, s.getRange()), container);
            out.add(Either.forLeft(info));
            if (s.getChildren() != null) {
                flatten(uri, s.getChildren(), s.getName(), out);
            }
        }
    }

    /** Walks one tree; holds the text for position conversion. */
    private final class Builder {
        private final SourceText text;
        private final CancelChecker cancel;

        Builder(SourceText text, CancelChecker cancel) {
            this.text = text;
            this.cancel = cancel;
        }

        List<DocumentSymbol> items(List<? extends Stmt> items) {
            List<DocumentSymbol> out = new ArrayList<>();
            for (Stmt item : items) {
                cancel.checkCanceled();
                if (item instanceof Decl decl) {
                    declaration(decl, out);
                }
            }
            return out;
        }

        private void declaration(Decl decl, List<DocumentSymbol> out) {
            if (decl instanceof Decl.Domain d) {
                String word = d.keywords().isEmpty() ? "" : d.keywords().get(d.keywords().size() - 1).text();
                out.add(symbol(name(d.name(), d.kind()), d.kind(), kind(DomainSymbolKinds.of(word)), d.range(),
                        d.name(), members(d.members())));
            } else if (decl instanceof Decl.Binding b) {
                String keyword = b.keyword() == null ? "" : b.keyword().text();
                out.add(symbol(name(b.name(), keyword), keyword, kind(DomainSymbolKinds.of(keyword)), b.range(),
                        b.name(), List.of()));
            } else if (decl instanceof Decl.Function f) {
                out.add(function(f, SymbolKind.Function));
            } else if (decl instanceof Decl.Const c) {
                out.add(symbol(name(c.name(), "const"), typeDetail(c.type()), SymbolKind.Constant, c.range(), c.name(),
                        List.of()));
            } else if (decl instanceof Decl.Let l) {
                for (Name n : Declarations.patternNames(l.pattern())) {
                    out.add(symbol(name(n, "let"), typeDetail(l.type()), SymbolKind.Variable, l.range(), n, List.of()));
                }
            } else if (decl instanceof Decl.Module m && m.path() != null) {
                out.add(symbol(m.path().dotted().isBlank() ? "<module>" : m.path().dotted(), "module",
                        SymbolKind.Module, m.range(), m.path(), List.of()));
            } else if (decl instanceof Decl.Struct s) {
                List<DocumentSymbol> children = new ArrayList<>();
                for (Decl.Field field : s.fields()) {
                    children.add(symbol(name(field.name(), "field"), typeDetail(field.type()), SymbolKind.Field,
                            field.range(), field.name(), List.of()));
                }
                s.methods().forEach(m -> children.add(function(m, SymbolKind.Method)));
                out.add(symbol(name(s.name(), "struct"), s.mutable() ? "mut struct" : "struct",
                        kind(SymbolKind.Struct, SymbolKind.Class), s.range(), s.name(), children));
            } else if (decl instanceof Decl.Trait t) {
                out.add(symbol(name(t.name(), "trait"), "trait", SymbolKind.Interface, t.range(), t.name(),
                        methods(t.methods())));
            } else if (decl instanceof Decl.Sealed s) {
                List<DocumentSymbol> variants = new ArrayList<>();
                for (Decl.Variant v : s.variants()) {
                    variants.add(symbol(name(v.name(), "variant"), params(v.fields()),
                            kind(SymbolKind.EnumMember, SymbolKind.Constant), v.range(), v.name(), List.of()));
                }
                out.add(symbol(name(s.name(), "sealed"), "sealed", SymbolKind.Enum, s.range(), s.name(), variants));
            } else if (decl instanceof Decl.Impl i) {
                String target = name(i.target(), "type");
                String label = i.trait() == null ? "impl " + target : "impl " + name(i.trait(), "trait") + " for " + target;
                out.add(symbol(label, null, kind(SymbolKind.Object, SymbolKind.Namespace), i.range(), i.target(),
                        methods(i.methods())));
            } else if (decl instanceof Decl.Extend e) {
                out.add(symbol("extend " + name(e.target(), "type"), null, kind(SymbolKind.Object, SymbolKind.Namespace),
                        e.range(), e.target(), methods(e.methods())));
            } else if (decl instanceof Decl.Test t) {
                out.add(symbol(literal(t.name(), "test"), "test", SymbolKind.Method, t.range(), t.name(), List.of()));
            } else if (decl instanceof Decl.Suite s) {
                out.add(symbol(literal(s.name(), "suite"), "suite", SymbolKind.Module, s.range(), s.name(),
                        items(s.items())));
            } else if (decl instanceof Decl.Hook h) {
                out.add(symbol(name(h.kind(), "hook"), null, kind(SymbolKind.Event, SymbolKind.Function), h.range(),
                        h.kind(), List.of()));
            }
            // imports are folded, not outlined
        }

        private List<DocumentSymbol> members(List<Member> members) {
            List<DocumentSymbol> out = new ArrayList<>();
            for (Member member : members) {
                if (member instanceof Member.Handler h) {
                    String detail = params(h.params()) + (h.returnType() == null ? "" : " -> " + h.returnType().text());
                    out.add(symbol(name(h.key(), "handler"), detail, SymbolKind.Method, h.range(), h.key(), List.of()));
                } else if (member instanceof Member.Nested n) {
                    out.add(symbol(name(n.key(), "block"), null, kind(SymbolKind.Object, SymbolKind.Namespace),
                            n.range(), n.key(), n.block() == null ? List.of() : members(n.block().members())));
                } else if (member instanceof Member.Property p) {
                    Value.Block block = blockOf(p.value());
                    if (block != null) {
                        out.add(symbol(name(p.key(), "property"), null, SymbolKind.Property, p.range(), p.key(),
                                members(block.members())));
                    }
                }
            }
            return out;
        }

        private List<DocumentSymbol> methods(List<Decl.Function> functions) {
            return functions.stream().map(f -> function(f, SymbolKind.Method)).collect(Collectors.toList());
        }

        private DocumentSymbol function(Decl.Function f, SymbolKind kind) {
            String detail = params(f.params()) + (f.returnType() == null ? "" : " -> " + f.returnType().text());
            return symbol(name(f.name(), f.keyword()), detail, kind, f.range(), f.name(), List.of());
        }

        private DocumentSymbol symbol(String name, String detail, SymbolKind kind, Range range,
                                      dev.neam.parser.ast.Node nameNode, List<DocumentSymbol> children) {
            Range selection = nameNode != null && contains(range, nameNode.range()) ? nameNode.range()
                    : Range.empty(range.start());
            DocumentSymbol s = new DocumentSymbol(name, kind, positions.toLsp(text, range), positions.toLsp(text, selection));
            if (detail != null && !detail.isEmpty()) {
                s.setDetail(detail);
            }
            if (!children.isEmpty()) {
                s.setChildren(children);
            }
            return s;
        }

        private SymbolKind kind(SymbolKind wanted) {
            return kind(wanted, SymbolKind.Class);
        }

        private SymbolKind kind(SymbolKind wanted, SymbolKind fallback) {
            return client.symbolKind(wanted, fallback);
        }
    }

    private static boolean contains(Range outer, Range inner) {
        return outer.start().compareTo(inner.start()) <= 0 && inner.end().compareTo(outer.end()) <= 0;
    }

    private static Value.Block blockOf(Value value) {
        if (value instanceof Value.Block b) {
            return b;
        }
        if (value instanceof Value.Tagged t) {
            return t.block();
        }
        if (value instanceof Value.Annotated a) {
            return blockOf(a.value());
        }
        return null;
    }

    /** A symbol's name may not be empty (clients reject it): a missing name shows what was declared. */
    private static String name(Name name, String fallback) {
        if (name != null && !name.text().isBlank()) {
            return name.text();
        }
        return "<" + (fallback == null || fallback.isBlank() ? "unnamed" : fallback) + ">";
    }

    private static String literal(Expr.Literal literal, String fallback) {
        if (literal == null) {
            return "<" + fallback + ">";
        }
        String s = literal.text();
        if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
            s = s.substring(1, s.length() - 1);
        }
        return s.isBlank() ? "<" + fallback + ">" : s;
    }

    private static String typeDetail(dev.neam.parser.ast.TypeRef type) {
        return type == null ? null : type.text();
    }

    private static String params(List<Param> params) {
        return params.stream()
                .map(p -> (p.rest() ? "..." : "") + (p.name() == null ? "?" : p.name().text())
                        + (p.type() == null ? "" : ": " + p.type().text()))
                .collect(Collectors.joining(", ", "(", ")"));
    }
}
