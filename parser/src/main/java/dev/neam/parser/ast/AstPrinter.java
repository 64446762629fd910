package dev.neam.parser.ast;

import dev.neam.parser.text.Range;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Prints a tree as an indented S-expression for golden tests. It walks record components by
 * reflection, so a new node kind prints without touching this class. Names print inline as
 * {@code text@line:col}, scalar fields as {@code key=value}; nulls, empty lists and false flags
 * are omitted to keep goldens readable.
 */
public final class AstPrinter {
    /**
     * Each node kind's components but its range, looked up once: {@link Class#getRecordComponents}
     * asks the JVM anew on every call (and copies the answer), which made printing a tree cost about
     * as much as parsing it. The same for the enclosing class of a type name.
     */
    private static final ClassValue<List<RecordComponent>> COMPONENTS = new ClassValue<>() {
        @Override
        protected List<RecordComponent> computeValue(Class<?> type) {
            return Arrays.stream(type.getRecordComponents()).filter(c -> !c.getName().equals("range")).toList();
        }
    };
    private static final ClassValue<String> TYPE_NAMES = new ClassValue<>() {
        @Override
        protected String computeValue(Class<?> type) {
            Class<?> outer = type.getEnclosingClass();
            return outer == null ? type.getSimpleName() : outer.getSimpleName() + "." + type.getSimpleName();
        }
    };

    private AstPrinter() {
    }

    public static String print(Node node) {
        StringBuilder out = new StringBuilder();
        printNode(node, 0, false, out);
        out.append('\n');
        return out.toString();
    }

    private static void printNode(Node node, int depth, boolean inline, StringBuilder out) {
        if (!inline) {
            out.append("  ".repeat(depth));
        }
        out.append('(').append(typeName(node)).append(' ').append(node.range());
        List<Object[]> children = new ArrayList<>();
        for (RecordComponent component : COMPONENTS.get(node.getClass())) {
            Object value = read(component, node);
            if (value == null || value.equals(Boolean.FALSE) || (value instanceof List<?> l && l.isEmpty())) {
                continue;
            }
            if (value instanceof Range r) {
                out.append(' ').append(component.getName()).append('=').append(r);
            } else if (value instanceof Name n) {
                out.append(' ').append(component.getName()).append('=').append(inline(n));
            } else if (value instanceof List<?> list && list.stream().allMatch(Name.class::isInstance)) {
                out.append(' ').append(component.getName()).append("=[");
                for (int i = 0; i < list.size(); i++) {
                    out.append(i == 0 ? "" : " ").append(inline((Name) list.get(i)));
                }
                out.append(']');
            } else if (value instanceof TypeRef t) {
                out.append(' ').append(component.getName()).append('=').append(quote(t.text()));
            } else if (value instanceof Node || value instanceof List<?>) {
                children.add(new Object[] {component.getName(), value});
            } else if (value instanceof String s) {
                out.append(' ').append(component.getName()).append('=').append(quote(s));
            } else {
                out.append(' ').append(component.getName()).append('=').append(value);
            }
        }
        for (Object[] child : children) {
            String label = (String) child[0];
            Object value = child[1];
            out.append('\n').append("  ".repeat(depth + 1)).append(label).append(':');
            if (value instanceof Node n) {
                out.append(' ');
                printNode(n, depth + 1, true, out);
            } else {
                for (Object item : (List<?>) value) {
                    out.append('\n');
                    printNode((Node) item, depth + 2, false, out);
                }
            }
        }
        out.append(')');
    }

    private static Object read(RecordComponent component, Node node) {
        try {
            return component.getAccessor().invoke(node);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + component.getName() + " of " + typeName(node), e);
        }
    }

    private static String typeName(Node node) {
        return TYPE_NAMES.get(node.getClass());
    }

    private static String inline(Name name) {
        return name.text() + "@" + name.range().start();
    }

    private static String quote(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                default -> b.append(c);
            }
        }
        return b.append('"').toString();
    }
}
