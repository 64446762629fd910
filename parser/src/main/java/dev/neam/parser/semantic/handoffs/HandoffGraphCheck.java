package dev.neam.parser.semantic.handoffs;

import dev.neam.parser.ast.Decl;
import dev.neam.parser.ast.Expr;
import dev.neam.parser.ast.Member;
import dev.neam.parser.ast.Name;
import dev.neam.parser.ast.Stmt;
import dev.neam.parser.diagnostic.Diagnostic;
import dev.neam.parser.diagnostic.DiagnosticCode;
import dev.neam.parser.diagnostic.RelatedInformation;
import dev.neam.parser.semantic.FileCheck;
import dev.neam.parser.semantic.FileContext;
import dev.neam.parser.semantic.symbols.Symbol;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The handoff graph of a file: an agent that hands off to itself, handoffs that lead back to an
 * agent already on the path (one finding per cycle, on the handoff that closes it), and agents that
 * take part in handoffs although no runner of the file reaches them from its {@code entry_agent}.
 * Paths are followed into imported agents, so a cycle through several files is found in each.
 * A runner stops a cycle only at {@code max_turns}, so a cycle is a warning, not an error.
 */
public final class HandoffGraphCheck implements FileCheck {
    /** The runner key that names the agent a run starts at. */
    private static final String ENTRY_KEY = "entry_agent";

    @Override
    public void check(FileContext context) {
        HandoffGraph graph = new HandoffGraph(context);
        List<Symbol> agents = graph.localAgents();
        if (agents.isEmpty()) {
            return;
        }
        selfHandoffs(context, graph, agents);
        cycles(context, graph, agents);
        unreachable(context, graph, agents);
    }

    private void selfHandoffs(FileContext context, HandoffGraph graph, List<Symbol> agents) {
        for (Symbol agent : agents) {
            for (HandoffGraph.Edge edge : graph.from(agent)) {
                if (edge.to().equals(agent.name())) {
                    context.report(Diagnostic.of(DiagnosticCode.SELF_HANDOFF, edge.name().range(),
                                    "agent '" + agent.name() + "' hands off to itself; the handoff only spends a turn")
                            .withRelated(new RelatedInformation(null, agent.nameRange(),
                                    "'" + agent.name() + "' is declared here")));
                }
            }
        }
    }

    /** Depth-first search over the whole graph; each edge back to an agent on the current path closes a cycle. */
    private void cycles(FileContext context, HandoffGraph graph, List<Symbol> agents) {
        Map<String, Integer> state = new HashMap<>(); // absent: unvisited, 1: on the path, 2: done
        for (Symbol start : agents) {
            if (!state.containsKey(HandoffGraph.key(start))) {
                search(context, graph, start, state, new ArrayDeque<>());
            }
        }
    }

    private void search(FileContext context, HandoffGraph graph, Symbol agent, Map<String, Integer> state,
                        Deque<HandoffGraph.Edge> path) {
        state.put(HandoffGraph.key(agent), 1);
        for (HandoffGraph.Edge edge : graph.from(agent)) {
            Symbol target = graph.target(edge);
            if (target == null || HandoffGraph.key(target).equals(HandoffGraph.key(agent))) {
                continue; // unknown names and self-handoffs are reported elsewhere
            }
            Integer seen = state.get(HandoffGraph.key(target));
            if (seen == null) {
                path.addLast(edge);
                search(context, graph, target, state, path);
                path.removeLast();
            } else if (seen == 1) {
                reportCycle(context, edge, target, path);
            }
        }
        state.put(HandoffGraph.key(agent), 2);
    }

    private void reportCycle(FileContext context, HandoffGraph.Edge closing, Symbol start,
                             Deque<HandoffGraph.Edge> path) {
        List<HandoffGraph.Edge> cycle = new ArrayList<>();
        boolean inside = false;
        for (HandoffGraph.Edge e : path) {
            inside |= HandoffGraph.key(e.from()).equals(HandoffGraph.key(start));
            if (inside) {
                cycle.add(e);
            }
        }
        cycle.add(closing);
        // The finding goes on the last handoff of the cycle written in this file: the closing one when it
        // is here; a cycle through other files is reported in each of them, at its own handoff.
        HandoffGraph.Edge at = null;
        for (HandoffGraph.Edge e : cycle) {
            if (e.path().equals(context.path())) {
                at = e;
            }
        }
        if (at == null) {
            return;
        }
        StringBuilder names = new StringBuilder(start.name());
        for (HandoffGraph.Edge e : cycle) {
            names.append(" → ").append(e.to());
        }
        Diagnostic d = Diagnostic.of(DiagnosticCode.HANDOFF_CYCLE, at.name().range(),
                "handoff cycle " + names + "; a runner ends it only at max_turns");
        for (HandoffGraph.Edge e : cycle) {
            d = d.withRelated(new RelatedInformation(e.path().equals(context.path()) ? null : e.path(),
                    e.name().range(), "'" + e.from().name() + "' hands off to '" + e.to() + "'"));
        }
        context.report(d);
    }

    private void unreachable(FileContext context, HandoffGraph graph, List<Symbol> agents) {
        List<Name> entries = new ArrayList<>();
        for (Stmt item : context.tree().items()) {
            if (item instanceof Decl.Domain d) {
                for (Member m : d.members()) {
                    if (m instanceof Member.Property p && p.key() != null && p.key().text().equals(ENTRY_KEY)
                            && p.value() instanceof Expr.Identifier id && graph.agent(id.name().text()) != null) {
                        entries.add(id.name());
                    }
                }
            }
        }
        if (entries.isEmpty()) {
            return; // without a runner the agents may be asked directly: reachability says nothing
        }
        Set<String> reached = new LinkedHashSet<>();
        Deque<Symbol> todo = new ArrayDeque<>();
        for (Name entry : entries) {
            Symbol s = graph.agent(entry.text());
            if (reached.add(HandoffGraph.key(s))) {
                todo.add(s);
            }
        }
        while (!todo.isEmpty()) {
            for (HandoffGraph.Edge edge : graph.from(todo.poll())) {
                Symbol target = graph.target(edge);
                if (target != null && reached.add(HandoffGraph.key(target))) {
                    todo.add(target);
                }
            }
        }
        Set<String> involved = new LinkedHashSet<>();
        for (Symbol agent : agents) {
            List<HandoffGraph.Edge> out = graph.from(agent);
            if (!out.isEmpty()) {
                involved.add(HandoffGraph.key(agent));
            }
            for (HandoffGraph.Edge e : out) {
                Symbol target = graph.target(e);
                if (target != null) {
                    involved.add(HandoffGraph.key(target));
                }
            }
        }
        for (Symbol agent : agents) {
            if (involved.contains(HandoffGraph.key(agent)) && !reached.contains(HandoffGraph.key(agent))) {
                String starts = String.join(", ", entries.stream().map(n -> "'" + n.text() + "'").distinct().toList());
                Diagnostic d = Diagnostic.of(DiagnosticCode.UNREACHABLE_AGENT, agent.nameRange(),
                        "agent '" + agent.name() + "' takes part in handoffs, but no runner of this file reaches it"
                                + " (runs start at " + starts + ")");
                for (Name entry : entries) {
                    d = d.withRelated(new RelatedInformation(null, entry.range(), "a run starts at '" + entry.text() + "'"));
                }
                context.report(d);
            }
        }
    }
}
