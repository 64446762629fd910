package dev.neam.parser.deploy;

import dev.neam.parser.text.Range;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * The origin of every YAML node the checks can see: the nodes of the parsed files, of YAML
 * embedded in them (inline patches, configs in ConfigMaps), and the nodes the Kustomize rendering
 * makes, each of which inherits the origin of the text that produced it.
 */
final class Origins {
    private final Map<Node, Origin> origins = new IdentityHashMap<>();

    /** Registers a node tree with the range each node gets (aliases and recursive nodes are visited once). */
    void register(Node root, ParsedFile file, Function<Node, Range> ranges) {
        Set<Node> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Node> todo = new ArrayDeque<>();
        todo.push(root);
        while (!todo.isEmpty()) {
            Node n = todo.pop();
            if (!seen.add(n)) {
                continue;
            }
            origins.putIfAbsent(n, new Origin(file, ranges.apply(n)));
            for (NodeTuple t : Yaml.entries(n)) {
                todo.push(t.getKeyNode());
                todo.push(t.getValueNode());
            }
            Yaml.items(n).forEach(todo::push);
        }
    }

    /** Where a node comes from, or null for a node nobody registered. */
    Origin of(Node node) {
        return node == null ? null : origins.get(node);
    }

    /** Gives a node made by the rendering the origin of the node it was made from. */
    <T extends Node> T derive(T made, Node from) {
        Origin origin = origins.get(from);
        if (origin != null) {
            origins.put(made, origin);
        }
        return made;
    }

    /** A new plain string scalar whose origin is that of {@code from}. */
    ScalarNode scalar(String value, Node from) {
        return derive(new ScalarNode(Tag.STR, value, ScalarStyle.PLAIN), from);
    }

    /**
     * The origin of part of a scalar (characters {@code from} to {@code to} of its value): exact
     * when the scalar is written on one line without escapes, else the whole scalar's.
     */
    Origin part(Node scalar, int from, int to) {
        Origin whole = origins.get(scalar);
        String value = Yaml.text(scalar);
        if (whole == null || value == null || whole.range().start().line() != whole.range().end().line()) {
            return whole;
        }
        String source = whole.file().yaml.text().slice(whole.range());
        int quote = source.startsWith("\"") || source.startsWith("'") ? 1 : 0;
        if (source.length() != value.length() + 2 * quote || !source.substring(quote, quote + value.length()).equals(value)) {
            return whole;
        }
        int start = whole.range().start().character() + quote;
        int line = whole.range().start().line();
        return new Origin(whole.file(), Range.of(line, start + from, line, start + to));
    }

    /** A new scalar with its own origin. */
    ScalarNode scalar(String value, Origin origin) {
        ScalarNode node = new ScalarNode(Tag.STR, value, ScalarStyle.PLAIN);
        origins.put(node, origin);
        return node;
    }
}
