package dev.neam.parser.ast;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The child nodes of any node, in source order, found from the record components (so a new node
 * kind needs no change here). Used by generic walks: folding, symbols, crash-safe visitors.
 */
public final class Children {
    private static final ConcurrentHashMap<Class<?>, List<MethodHandle>> ACCESSORS = new ConcurrentHashMap<>();

    private Children() {
    }

    public static List<Node> of(Node node) {
        List<Node> out = new ArrayList<>();
        for (MethodHandle accessor : accessors(node.getClass())) {
            Object value;
            try {
                value = accessor.invoke(node);
            } catch (Throwable e) {
                throw new IllegalStateException("cannot read a component of " + node.getClass().getSimpleName(), e);
            }
            if (value instanceof Node child) {
                out.add(child);
            } else if (value instanceof List<?> list) {
                for (Object item : list) {
                    if (item instanceof Node child) {
                        out.add(child);
                    }
                }
            }
        }
        return out;
    }

    private static List<MethodHandle> accessors(Class<?> type) {
        return ACCESSORS.computeIfAbsent(type, t -> {
            List<MethodHandle> handles = new ArrayList<>();
            MethodHandles.Lookup lookup = MethodHandles.publicLookup();
            for (RecordComponent component : t.getRecordComponents()) {
                Class<?> componentType = component.getType();
                if (Node.class.isAssignableFrom(componentType) || List.class.isAssignableFrom(componentType)) {
                    try {
                        handles.add(lookup.unreflect(component.getAccessor()));
                    } catch (IllegalAccessException e) {
                        throw new IllegalStateException(e);
                    }
                }
            }
            return List.copyOf(handles);
        });
    }
}
