package dev.neam.parser.assist;

import dev.neam.parser.ast.Children;
import dev.neam.parser.ast.Node;
import dev.neam.parser.text.Position;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The nodes that enclose a position, from the file down to the innermost one. Only the children
 * whose range holds the position are entered, so finding the path costs the depth of the tree, not
 * its size (hover on a large file stays fast).
 */
public record NodePath(List<Node> nodes) {

    public static NodePath at(Node root, Position position) {
        List<Node> out = new ArrayList<>();
        Node current = root;
        while (current != null && current.range() != null && current.range().contains(position)) {
            out.add(current);
            current = child(current, position);
        }
        return new NodePath(List.copyOf(out));
    }

    /** The child holding the position; a child that starts there wins over one that only ends there. */
    private static Node child(Node parent, Position position) {
        Node touching = null;
        for (Node c : Children.of(parent)) {
            if (c == null || c.range() == null || !c.range().contains(position)) {
                continue;
            }
            if (c.range().end().equals(position) && !c.range().start().equals(position)) {
                touching = touching == null ? c : touching;
                continue;
            }
            return c;
        }
        return touching;
    }

    public Optional<Node> innermost() {
        return nodes.isEmpty() ? Optional.empty() : Optional.of(nodes.get(nodes.size() - 1));
    }

    /** The innermost enclosing node of a type. */
    public <T extends Node> Optional<T> innermost(Class<T> type) {
        for (int i = nodes.size() - 1; i >= 0; i--) {
            if (type.isInstance(nodes.get(i))) {
                return Optional.of(type.cast(nodes.get(i)));
            }
        }
        return Optional.empty();
    }

    /** The enclosing nodes of a type, outermost first. */
    public <T extends Node> List<T> all(Class<T> type) {
        return nodes.stream().filter(type::isInstance).map(type::cast).toList();
    }
}
