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
            if (!state.containsKey(start.name())) {
                search(context, graph, start, state, new ArrayDeque<>());
            }
        }
    }

    private void search(FileContext context, HandoffGraph graph, Symbol agent, Map<String, Integer> state,
                        Deque<HandoffGraph.Edge> path) {
        state.put(agent.name(), 1);
        for (HandoffGraph.Edge edge : graph.from(agent)) {
            Symbol target = graph.agent(edge.to());
            if (target == null || edge.to().equals(agent.name())) {
                continue; // unknown names and self-handoffs are reported elsewhere
            }
            Integer seen = state.get(target.name());
            if (seen == null) {
                path.addLast(edge);
                search(context, graph, target, state, path);
                path.removeLast();
            } else if (seen == 1 && graph.isLocal(agent) && edge.path().equals(context.path())) {
                reportCycle(context, edge, path);
            }
        }
        state.put(agent.name(), 2);
    }

    private void reportCycle(FileContext context, HandoffGraph.Edge closing, Deque<HandoffGraph.Edge> path) {
        List<HandoffGraph.Edge> cycle = new ArrayList<>();
        boolean inside = false;
        for (HandoffGraph.Edge e : path) {
            inside |= e.from().name().equals(closing.to());
            if (inside) {
                cycle.add(e);
            }
        }
        cycle.add(closing);
        StringBuilder names = new StringBuilder(closing.to());
        for (HandoffGraph.Edge e : cycle) {
            names.append(" → ").append(e.to());
        }
        Diagnostic d = Diagnostic.of(DiagnosticCode.HANDOFF_CYCLE, closing.name().range(),
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
            if (reached.add(s.name())) {
                todo.add(s);
            }
        }
        while (!todo.isEmpty()) {
            for (HandoffGraph.Edge edge : graph.from(todo.poll())) {
                Symbol target = graph.agent(edge.to());
                if (target != null && reached.add(target.name())) {
                    todo.add(target);
                }
            }
        }
        Set<String> involved = new LinkedHashSet<>();
        for (Symbol agent : agents) {
            List<HandoffGraph.Edge> out = graph.from(agent);
            if (!out.isEmpty()) {
                involved.add(agent.name());
            }
            out.forEach(e -> involved.add(e.to()));
        }
        for (Symbol agent : agents) {
            if (involved.contains(agent.name()) && !reached.contains(agent.name())) {
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
