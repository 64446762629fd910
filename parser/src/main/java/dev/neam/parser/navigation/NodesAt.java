package dev.neam.parser.navigation;

import dev.neam.parser.ast.Children;
import dev.neam.parser.ast.Node;
import dev.neam.parser.text.Position;
import java.util.ArrayList;
import java.util.List;

/**
 * The nodes of a tree whose range contains a position, outermost first: a descent along the
 * position only, so asking what is under the cursor does not walk a large file.
 */
final class NodesAt {
    private NodesAt() {
    }

    static List<Node> of(Node root, Position position) {
        List<Node> out = new ArrayList<>();
        if (root != null) {
            collect(root, position, out);
        }
        return out;
    }

    private static void collect(Node node, Position position, List<Node> out) {
        out.add(node);
        for (Node child : Children.of(node)) {
            // at a boundary (the end of one name is the start of the next) both sides are kept
            if (child != null && child.range() != null && child.range().contains(position)) {
                collect(child, position, out);
            }
        }
    }
}
