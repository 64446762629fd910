package dev.neam.parser.deploy;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/** Null-safe navigation of YAML node trees: a missing or mistyped step gives null, never an exception. */
final class Yaml {
    private Yaml() {
    }

    /** The value under {@code key} of a mapping, or null. */
    static Node get(Node node, String key) {
        NodeTuple t = entry(node, key);
        return t == null ? null : t.getValueNode();
    }

    /** The key node of {@code key} in a mapping, or null (to report on the key). */
    static Node key(Node node, String key) {
        NodeTuple t = entry(node, key);
        return t == null ? null : t.getKeyNode();
    }

    static NodeTuple entry(Node node, String key) {
        if (!(node instanceof MappingNode m)) {
            return null;
        }
        NodeTuple found = null;
        for (NodeTuple t : m.getValue()) {
            if (t.getKeyNode() instanceof ScalarNode s && s.getValue().equals(key)) {
                found = t; // the last one wins, as in most YAML loaders
            }
        }
        return found;
    }

    /** Follows keys from a node. */
    static Node path(Node node, String... keys) {
        return path(node, List.of(keys));
    }

    /** Follows keys from a node. */
    static Node path(Node node, List<String> keys) {
        Node current = node;
        for (String k : keys) {
            current = get(current, k);
            if (current == null) {
                return null;
            }
        }
        return current;
    }

    static String text(Node node) {
        return node instanceof ScalarNode s ? s.getValue() : null;
    }

    static String text(Node node, String... keys) {
        return text(path(node, keys));
    }

    /** An integer scalar, or null. */
    static Long integer(Node node) {
        String t = text(node);
        if (t == null || !t.strip().matches("[+-]?[0-9]{1,18}")) {
            return null;
        }
        return Long.parseLong(t.strip());
    }

    static List<Node> items(Node node) {
        return node instanceof SequenceNode s ? s.getValue() : List.of();
    }

    static List<NodeTuple> entries(Node node) {
        return node instanceof MappingNode m ? m.getValue() : List.of();
    }

    /** Every node reachable from the roots, keys included, each once (aliases and recursive nodes too). */
    static Set<Node> allNodes(Collection<Node> roots) {
        Set<Node> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Node> todo = new ArrayDeque<>(roots);
        while (!todo.isEmpty()) {
            Node n = todo.pop();
            if (seen.add(n)) {
                for (NodeTuple t : entries(n)) {
                    todo.push(t.getKeyNode());
                    todo.push(t.getValueNode());
                }
                items(n).forEach(todo::push);
            }
        }
        return seen;
    }

    /** The scalar strings of a sequence (non-scalars skipped). */
    static List<String> strings(Node node) {
        List<String> out = new ArrayList<>();
        for (Node n : items(node)) {
            if (text(n) != null) {
                out.add(text(n));
            }
        }
        return out;
    }

    /**
     * Where to report on a node: a mapping's first key (a block mapping's range runs to the next
     * line), any other node itself.
     */
    static Node anchor(Node node) {
        List<NodeTuple> entries = entries(node);
        return entries.isEmpty() ? node : entries.get(0).getKeyNode();
    }

    /** A YAML null ({@code null}, {@code ~} or nothing). */
    static boolean isNull(Node node) {
        return node instanceof ScalarNode s && s.getTag().equals(Tag.NULL);
    }

    /** The keys of a mapping, in order (non-scalar keys skipped). */
    static List<String> keys(Node node) {
        List<String> out = new ArrayList<>();
        for (NodeTuple t : entries(node)) {
            if (text(t.getKeyNode()) != null) {
                out.add(text(t.getKeyNode()));
            }
        }
        return out;
    }

    static boolean isTrue(Node node) {
        String t = text(node);
        return t != null && (t.equals("true") || t.equals("True") || t.equals("TRUE"));
    }

    static boolean isFalse(Node node) {
        String t = text(node);
        return t != null && (t.equals("false") || t.equals("False") || t.equals("FALSE"));
    }
}
