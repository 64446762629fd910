package dev.neam.parser.deploy;

import dev.neam.parser.text.Range;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * The origin of every YAML node the checks can see: the nodes of the parsed files (found by the file
 * that owns them), of YAML embedded in them (inline patches, configs in ConfigMaps), and the nodes
 * the Kustomize rendering makes, each of which inherits the origin of the text that produced it.
 * Ranges are computed when a finding asks for one, not for every node.
 */
final class Origins {

    /** The text a registered node belongs to, and how its range is found there. */
    private record Source(ParsedFile file, Function<Node, Range> ranges) {
    }

    /** Per node not of a file: a {@link Source}, the {@link Node} it was made from, or an {@link Origin} of its own. */
    private final Map<Node, Object> origins = new IdentityHashMap<>();
    private final List<ParsedFile> files;

    Origins(List<ParsedFile> files) {
        this.files = files;
    }

    /** Registers a node tree with the range each node gets (aliases and recursive nodes are visited once). */
    void register(Node root, ParsedFile file, Function<Node, Range> ranges) {
        Source source = new Source(file, ranges);
        for (Node n : Yaml.allNodes(List.of(root))) {
            origins.putIfAbsent(n, source);
        }
    }

    /** Where a node comes from, or null for a node nobody registered. */
    Origin of(Node node) {
        Node current = node;
        for (int hops = 0; current != null && hops < 1000; hops++) {
            Object o = origins.get(current);
            if (o instanceof Source s) {
                return new Origin(s.file(), s.ranges().apply(current));
            }
            if (o instanceof Origin origin) {
                return origin;
            }
            if (o == null) {
                return ofFile(current);
            }
            current = (Node) o;
        }
        return null;
    }

    private Origin ofFile(Node node) {
        for (ParsedFile file : files) {
            if (file.yaml != null && file.yaml.owns(node)) {
                return new Origin(file, file.range(node));
            }
        }
        return null;
    }

    /** Gives a node made by the rendering the origin of the node it was made from. */
    <T extends Node> T derive(T made, Node from) {
        if (from != null && made != from) {
            origins.put(made, from);
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
        Origin whole = of(scalar);
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
        if (origin != null) {
            origins.put(node, origin);
        }
        return node;
    }
}
