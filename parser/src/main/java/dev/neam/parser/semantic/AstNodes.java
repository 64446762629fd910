package dev.neam.parser.semantic;

import dev.neam.parser.ast.Children;
import dev.neam.parser.ast.Node;
import java.util.function.Consumer;

/** Visits every node of a tree in source order (pre-order), using {@link Children} to find the children. */
public final class AstNodes {
    private AstNodes() {
    }

    public static void walk(Node root, Consumer<Node> visitor) {
        if (root == null) {
            return;
        }
        visitor.accept(root);
        for (Node child : Children.of(root)) {
            walk(child, visitor);
        }
    }
}
