package dev.neam.parser.ast;

import java.lang.invoke.CallSite;
import java.lang.invoke.LambdaMetafactory;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The child nodes of any node, in source order, found from the record components (so a new node
 * kind needs no change here). Used by generic walks: folding, symbols, crash-safe visitors.
 *
 * <p>Every analysis walks every tree through here, so the components are read by small functions
 * made once per node class (as a lambda would be), not by reflection on each call.
 */
public final class Children {
    private static final ClassValue<List<Function<Node, Object>>> ACCESSORS = new ClassValue<>() {
        @Override
        protected List<Function<Node, Object>> computeValue(Class<?> type) {
            List<Function<Node, Object>> accessors = new ArrayList<>();
            for (RecordComponent component : type.getRecordComponents()) {
                Class<?> componentType = component.getType();
                if (Node.class.isAssignableFrom(componentType) || List.class.isAssignableFrom(componentType)) {
                    accessors.add(accessor(type, component));
                }
            }
            return List.copyOf(accessors);
        }
    };

    private Children() {
    }

    public static List<Node> of(Node node) {
        List<Node> out = new ArrayList<>();
        for (Function<Node, Object> accessor : ACCESSORS.get(node.getClass())) {
            Object value = accessor.apply(node);
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
