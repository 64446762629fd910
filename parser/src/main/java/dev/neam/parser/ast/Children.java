package dev.neam.parser.ast;

import java.lang.invoke.CallSite;
import java.lang.invoke.LambdaMetafactory;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.RandomAccess;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The child nodes of any node, in source order, found from the record components (so a new node
 * kind needs no change here). Used by generic walks: folding, symbols, crash-safe visitors.
 *
 * <p>Every analysis walks every tree through here, so the components are read by small functions
 * made once per node class (as a lambda would be), not by reflection on each call, and the children
 * come as an array of their exact size: a walk's for-each over it needs no iterator, and lint runs
 * with the C1 compiler alone, which does not optimise iterators and growing lists away (they were a
 * quarter of everything lint allocated).
 */
public final class Children {
    private static final Node[] NONE = new Node[0];
    private static final ClassValue<Function<Node, Object>[]> ACCESSORS = new ClassValue<>() {
        @Override
        protected Function<Node, Object>[] computeValue(Class<?> type) {
            List<Function<Node, Object>> accessors = new ArrayList<>();
            for (RecordComponent component : type.getRecordComponents()) {
                Class<?> componentType = component.getType();
                if (Node.class.isAssignableFrom(componentType) || List.class.isAssignableFrom(componentType)) {
                    accessors.add(accessor(type, component));
                }
            }
            @SuppressWarnings("unchecked")
            Function<Node, Object>[] array = accessors.toArray(new Function[0]);
            return array;
        }
    };

    private Children() {
    }

    /** The node's children in source order (a new array; empty for a leaf). */
    public static Node[] of(Node node) {
        Function<Node, Object>[] accessors = ACCESSORS.get(node.getClass());
        int count = 0;
        for (Function<Node, Object> accessor : accessors) {
            count += collect(accessor.apply(node), null, 0);
        }
        if (count == 0) {
            return NONE;
        }
        Node[] out = new Node[count];
        int filled = 0;
        for (Function<Node, Object> accessor : accessors) {
            filled += collect(accessor.apply(node), out, filled);
        }
        return out;
    }

    /**
     * Hands the node's children to {@code action} in source order: what {@link #of} returns, with
     * each component read once and no array made (for walks that visit every node once).
     */
    public static void forEach(Node node, Consumer<Node> action) {
        for (Function<Node, Object> accessor : ACCESSORS.get(node.getClass())) {
            Object value = accessor.apply(node);
            if (value instanceof Node child) {
                action.accept(child);
            } else if (value instanceof List<?> list) {
                if (list instanceof RandomAccess) {
                    for (int i = 0, n = list.size(); i < n; i++) {
                        if (list.get(i) instanceof Node child) {
                            action.accept(child);
                        }
                    }
                } else {
                    for (Object item : list) {
                        if (item instanceof Node child) {
                            action.accept(child);
                        }
                    }
                }
            }
        }
    }

    /** Counts the nodes a component holds (itself, or the nodes of its list), writing them at {@code at} when {@code into} is given. */
    private static int collect(Object value, Node[] into, int at) {
        if (value instanceof Node child) {
            if (into != null) {
                into[at] = child;
            }
            return 1;
        }
        if (!(value instanceof List<?> list)) {
            return 0;
        }
        int count = 0;
        if (list instanceof RandomAccess) {
            for (int i = 0, n = list.size(); i < n; i++) {
                if (list.get(i) instanceof Node child) {
                    if (into != null) {
                        into[at + count] = child;
                    }
                    count++;
                }
            }
            return count;
        }
        for (Object item : list) {
            if (item instanceof Node child) {
                if (into != null) {
                    into[at + count] = child;
                }
                count++;
            }
        }
        return count;
    }

    private static Function<Node, Object> accessor(Class<?> type, RecordComponent component) {
        MethodHandle handle;
        try {
            handle = MethodHandles.publicLookup().unreflect(component.getAccessor());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot read the components of " + type.getSimpleName(), e);
        }
        try {
            CallSite site = LambdaMetafactory.metafactory(MethodHandles.lookup(), "apply",
                    MethodType.methodType(Function.class), MethodType.methodType(Object.class, Object.class), handle,
                    MethodType.methodType(component.getType(), type));
            @SuppressWarnings("unchecked")
            Function<Node, Object> function = (Function<Node, Object>) site.getTarget().invoke();
            return function;
        } catch (Throwable e) { // a node class this class may not link to: the handle serves, more slowly
            MethodHandle typed = handle.asType(MethodType.methodType(Object.class, Node.class));
            return node -> {
                try {
                    return (Object) typed.invokeExact(node);
                } catch (Throwable t) {
                    throw new IllegalStateException("cannot read a component of " + type.getSimpleName(), t);
                }
            };
        }
    }
}
