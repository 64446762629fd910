package dev.neam.parser.semantic;

import dev.neam.parser.ast.Node;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.function.Consumer;

/**
 * Visits every node below a root, parents before children. The AST is made of records, so their
 * components are read generically: a new node type is walked without touching this class. The
 * accessors of each record class are looked up once (reading record components is slow).
 */
public final class AstNodes {
    private static final ClassValue<Method[]> ACCESSORS = new ClassValue<>() {
        @Override
        protected Method[] computeValue(Class<?> type) {
            if (!type.isRecord()) {
                return new Method[0];
            }
            RecordComponent[] components = type.getRecordComponents();
            Method[] accessors = new Method[components.length];
            for (int i = 0; i < components.length; i++) {
                accessors[i] = components[i].getAccessor();
                accessors[i].setAccessible(true);
            }
            return accessors;
        }
    };

    private AstNodes() {
    }

    public static void walk(Node root, Consumer<Node> visitor) {
        if (root == null) {
            return;
        }
        visitor.accept(root);
        for (Method accessor : ACCESSORS.get(root.getClass())) {
            Class<?> type = accessor.getReturnType();
            if (type.isPrimitive() || type == String.class) {
                continue;
            }
            Object child;
            try {
                child = accessor.invoke(root);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot read " + accessor + " of " + root.getClass(), e);
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
