package dev.neam.parser.semantic;

import dev.neam.parser.ast.Node;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.function.Consumer;

/**
 * Visits every node below a root, parents before children. The AST is made of records, so their
 * components are read generically: a new node type is walked without touching this class.
 */
public final class AstNodes {
    private AstNodes() {
    }

    public static void walk(Node root, Consumer<Node> visitor) {
        if (root == null) {
            return;
        }
        visitor.accept(root);
        if (!root.getClass().isRecord()) {
            return;
        }
        for (RecordComponent component : root.getClass().getRecordComponents()) {
            Object child;
            try {
                child = component.getAccessor().invoke(root);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot read " + component + " of " + root.getClass(), e);
            }
            walkChild(child, visitor);
        }
    }

    private static void walkChild(Object child, Consumer<Node> visitor) {
        if (child instanceof Node node) {
            walk(node, visitor);
        } else if (child instanceof Collection<?> items) {
            for (Object item : items) {
                walkChild(item, visitor);
            }
        }
    }
}
