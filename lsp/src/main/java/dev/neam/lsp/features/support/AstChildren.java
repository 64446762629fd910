package dev.neam.lsp.features.support;

import dev.neam.parser.ast.Node;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The child nodes of any syntax node, read from its record components (as the parser's
 * {@code AstPrinter} does), so features that only need the shape of the tree (folding, selection)
 * keep working when node kinds are added.
 */
public final class AstChildren {
    private static final Map<Class<?>, List<Method>> ACCESSORS = new ConcurrentHashMap<>();

    private AstChildren() {
    }

    /** Direct children in source order of the record's components (nulls skipped). */
    public static List<Node> of(Node node) {
        List<Node> children = new ArrayList<>();
        for (Method accessor : ACCESSORS.computeIfAbsent(node.getClass(), AstChildren::accessors)) {
            Object value;
            try {
                value = accessor.invoke(node);
            } catch (ReflectiveOperationException e) {
                continue;
            }
            if (value instanceof Node child) {
                children.add(child);
            } else if (value instanceof List<?> list) {
                for (Object item : list) {
                    if (item instanceof Node child) {
                        children.add(child);
                    }
                }
            }
        }
        return children;
    }

    private static List<Method> accessors(Class<?> type) {
        List<Method> accessors = new ArrayList<>();
        RecordComponent[] components = type.getRecordComponents();
        if (components == null) {
            return accessors;
        }
        for (RecordComponent component : components) {
            Class<?> t = component.getType();
            if (Node.class.isAssignableFrom(t) || List.class.isAssignableFrom(t)) {
                Method accessor = component.getAccessor();
                accessor.setAccessible(true);
                accessors.add(accessor);
            }
        }
        return accessors;
    }
}
