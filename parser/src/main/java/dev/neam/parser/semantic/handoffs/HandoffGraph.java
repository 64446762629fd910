package dev.neam.parser.semantic.handoffs;

import dev.neam.parser.ast.Decl;
import dev.neam.parser.ast.Name;
import dev.neam.parser.semantic.FileContext;
import dev.neam.parser.semantic.symbols.FileSymbols;
import dev.neam.parser.semantic.symbols.HandoffTargets;
import dev.neam.parser.semantic.symbols.Symbol;
import dev.neam.parser.semantic.symbols.SymbolKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Who hands off to whom: for every agent visible from one file (declared in it or imported), the
 * agents its handoff lists name ({@link HandoffTargets}), with where each name is written. Agents of
 * other files are followed through their declarations, so a path may leave the file and come back.
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
        if (agent.node() instanceof Decl.Domain d) {
            for (Name target : HandoffTargets.of(d)) {
                out.add(new Edge(agent, target.text(), target, agent.path()));
            }
        }
        return out;
    }
}
