package dev.neam.parser.semantic.handoffs;

import dev.neam.parser.ast.Decl;
import dev.neam.parser.ast.Expr;
import dev.neam.parser.ast.Member;
import dev.neam.parser.ast.Name;
import dev.neam.parser.ast.Value;
import dev.neam.parser.language.KindSpec;
import dev.neam.parser.language.PropertySpec;
import dev.neam.parser.language.ValueType;
import dev.neam.parser.language.Vocabulary;
import dev.neam.parser.semantic.FileContext;
import dev.neam.parser.semantic.symbols.FileSymbols;
import dev.neam.parser.semantic.symbols.Symbol;
import dev.neam.parser.semantic.symbols.SymbolKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Who hands off to whom: for every agent visible from one file (declared in it or imported), the
 * agents its handoff lists name, with where each name is written. Handoff lists are the properties
 * the vocabulary types as handoff lists; both entry spellings count (a bare `Billing` and
 * `handoff_to(Billing) { … }`). Agents of other files are followed through their declarations, so
 * a path may leave the file and come back.
 */
final class HandoffGraph {
    /** One handoff: {@code from} names {@code to} at {@code name}, in the file {@code path}. */
    record Edge(Symbol from, String to, Name name, String path) {
    }

    private final FileContext context;
    private final Map<String, Symbol> visible = new LinkedHashMap<>();
    private final Map<String, List<Edge>> edges = new LinkedHashMap<>();

    HandoffGraph(FileContext context) {
        this.context = context;
        visible.putAll(context.imports().names());
        context.symbols().topLevel().forEach((name, symbols) -> visible.put(name, symbols.get(0)));
    }

    /** The agent declared or imported under this name, or null when the name is no agent. */
    Symbol agent(String name) {
        Symbol s = visible.get(name);
        return s != null && isAgent(s) ? s : null;
    }

    /** The agents declared in this file, in document order. */
    List<Symbol> localAgents() {
        List<Symbol> out = new ArrayList<>();
        context.symbols().topLevel().values().forEach(symbols -> symbols.stream()
                .filter(HandoffGraph::isAgent).findFirst().ifPresent(out::add));
        out.sort((a, b) -> a.nameRange().start().compareTo(b.nameRange().start()));
        return out;
    }

    /** The handoffs of an agent, in the order written. */
    List<Edge> from(Symbol agent) {
        return edges.computeIfAbsent(key(agent), n -> read(agent));
    }

    /**
     * The agent a handoff names, looked up where the handoff is written: in this file's scope, or
     * among the declarations of the other file for a handoff of an imported agent.
     */
    Symbol target(Edge edge) {
        if (!edge.path().equals(context.path())) {
            for (FileSymbols file : context.project().files().values()) {
                if (file.path().equals(edge.path())) {
                    Symbol there = file.topLevel().getOrDefault(edge.to(), List.of()).stream()
                            .filter(HandoffGraph::isAgent).findFirst().orElse(null);
                    if (there != null) {
                        return there;
                    }
                }
            }
        }
        return agent(edge.to());
    }

    /** Identifies an agent across files: two files may each declare an agent of the same name. */
    static String key(Symbol agent) {
        return agent.path() + "\u0000" + agent.name();
    }

    static boolean isAgent(Symbol s) {
        return s.kind() == SymbolKind.DECLARATION && s.detail() != null
                && (s.detail().equals("agent") || s.detail().endsWith(" agent"))
                && s.node() instanceof Decl.Domain;
    }

    private static List<Edge> read(Symbol agent) {
        List<Edge> out = new ArrayList<>();
        if (!(agent.node() instanceof Decl.Domain d)) {
            return out;
        }
        List<KindSpec> kinds = Vocabulary.load().kinds(d.keywords().stream().map(Name::text).toList());
        for (Member member : d.members()) {
            if (!(member instanceof Member.Property p) || p.key() == null || p.value() == null) {
                continue;
            }
            boolean handoffList = kinds.stream().flatMap(k -> k.property(p.key().text()).stream())
                    .map(PropertySpec::type).anyMatch(t -> t == ValueType.HANDOFF_LIST);
            if (handoffList) {
                for (Name target : targets(p.value())) {
                    out.add(new Edge(agent, target.text(), target, agent.path()));
                }
            }
        }
        return out;
    }

    /** The agent names of a handoff list: bare names and the argument of {@code handoff_to(X)}. */
    static List<Name> targets(Value value) {
        List<Name> out = new ArrayList<>();
        List<? extends Value> items = value instanceof Value.ListValue l ? l.items()
                : value instanceof Expr.ListLiteral l ? l.items() : List.of();
        for (Value item : items) {
            Value v = item instanceof Value.Annotated a ? a.value() : item;
            if (v instanceof Expr.Identifier id) {
                out.add(id.name());
            } else {
                Expr head = v instanceof Value.Tagged t ? t.head() : v instanceof Expr.Call c ? c : null;
                if (head instanceof Expr.Call call && call.callee() instanceof Expr.Identifier callee
                        && callee.name().text().equals("handoff_to") && !call.arguments().isEmpty()
                        && call.arguments().get(0).value() instanceof Expr.Identifier target) {
                    out.add(target.name());
                }
            }
        }
        return out;
    }
}
