package dev.neam.parser.ast;

import dev.neam.parser.text.Position;
import dev.neam.parser.text.Range;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A copy of a subtree moved down or up by some lines, as when a line is added above it: cheaper
 * than parsing it again. Works on the record components by reflection, so a new node kind needs
 * no change here.
 */
public final class LineShift {
    private record Shape(List<MethodHandle> accessors, MethodHandle constructor) {
    }

    private static final ConcurrentHashMap<Class<?>, Shape> SHAPES = new ConcurrentHashMap<>();

    private LineShift() {
    }

    @SuppressWarnings("unchecked")
    public static <T> T shift(T value, int lines) {
        if (lines == 0) {
            return value;
        }
        return (T) copy(value, lines);
    }

    private static Object copy(Object value, int lines) {
        if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean
                || value instanceof Enum<?>) {
            return value;
        }
        if (value instanceof Range r) {
            return new Range(move(r.start(), lines), move(r.end(), lines));
        }
        if (value instanceof Position p) {
            return move(p, lines);
        }
        if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>(list.size());
            for (Object item : list) {
                out.add(copy(item, lines));
            }
            return List.copyOf(out);
        }
        if (value instanceof Record record) {
            Shape shape = shape(record.getClass());
            Object[] args = new Object[shape.accessors().size()];
            try {
                for (int i = 0; i < args.length; i++) {
                    args[i] = copy((Object) shape.accessors().get(i).invokeExact((Object) record), lines);
                }
                return (Object) shape.constructor().invokeExact(args);
            } catch (Throwable e) {
                throw new IllegalStateException("cannot move a " + record.getClass().getSimpleName(), e);
            }
        }
        throw new IllegalStateException("cannot move a value of type " + value.getClass().getName());
    }

    private static Position move(Position p, int lines) {
        return new Position(p.line() + lines, p.character());
    }

    private static Shape shape(Class<?> type) {
        return SHAPES.computeIfAbsent(type, t -> {
            MethodHandles.Lookup lookup = MethodHandles.publicLookup();
            RecordComponent[] components = t.getRecordComponents();
            List<MethodHandle> accessors = new ArrayList<>();
            Class<?>[] types = new Class<?>[components.length];
            try {
                // erased to (Object)Object and (Object[])Object so invokeExact needs no per-call adaptation
                for (int i = 0; i < components.length; i++) {
                    accessors.add(lookup.unreflect(components[i].getAccessor())
                            .asType(MethodType.methodType(Object.class, Object.class)));
                    types[i] = components[i].getType();
                }
                MethodHandle constructor = lookup.unreflectConstructor(t.getDeclaredConstructor(types))
                        .asType(MethodType.methodType(Object.class, types))
                        .asSpreader(Object[].class, types.length);
                return new Shape(List.copyOf(accessors), constructor);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
