package dev.neam.parser.assist;

import dev.neam.parser.ast.Expr;
import dev.neam.parser.ast.Node;
import dev.neam.parser.ast.Value;
import dev.neam.parser.text.SourceText;
import java.util.ArrayList;
import java.util.List;

/** Short one-line renderings of code for hovers and signatures, cut to a readable length. */
public final class ValueText {
    public static final int MAX = 60;

    private ValueText() {
    }

    /** The node's source on one line (whitespace runs collapsed), cut at {@code max} characters. */
    public static String brief(Node node, SourceText text, int max) {
        if (node == null || node.range() == null) {
            return "";
        }
        if (node instanceof Value.ListValue list) {
            List<String> items = new ArrayList<>();
            for (Value item : list.items()) {
                // a handoff entry with its block reads as its head: handoff_to(Billing)
                items.add(item instanceof Value.Tagged t ? brief(t.head(), text, max) : brief(item, text, max));
            }
            return cut("[" + String.join(", ", items) + "]", max);
        }
        if (node instanceof Value.Block) {
            return "{ … }";
        }
        return cut(oneLine(text.slice(node.range())), max);
    }

    /** A string literal long enough to be prose (a system prompt): over {@link #MAX} characters or several lines. */
    public static boolean isProse(Node node) {
        return node instanceof Expr.Literal l && l.kind() == Expr.LiteralKind.STRING
                && (l.text().length() > MAX || l.text().contains("\n"));
    }

    /** The first {@code count} non-blank lines of a string literal without its quotes; "…" marks a cut. */
    public static List<String> firstLines(Expr.Literal literal, int count) {
        String body = unquote(literal.text());
        List<String> lines = new ArrayList<>();
        String[] all = body.strip().split("\r?\n");
        for (String line : all) {
            if (lines.size() == count) {
                lines.set(count - 1, lines.get(count - 1) + " …");
                break;
            }
            if (!line.isBlank() || !lines.isEmpty()) {
                lines.add(line.strip());
            }
        }
        return lines;
    }

    public static String unquote(String literal) {
        String s = literal;
        if (s.startsWith("\"\"\"") && s.endsWith("\"\"\"") && s.length() >= 6) {
            return s.substring(3, s.length() - 3);
        }
        if (s.startsWith("p\"") || s.startsWith("f\"") || s.startsWith("f'")) {
            s = s.substring(1);
        }
        if (s.length() >= 2 && (s.charAt(0) == '"' || s.charAt(0) == '\'') && s.charAt(s.length() - 1) == s.charAt(0)) {
            return s.substring(1, s.length() - 1);
        }
        return s.isEmpty() ? s : s.substring(s.charAt(0) == '"' || s.charAt(0) == '\'' ? 1 : 0);
    }

    public static String oneLine(String s) {
        return s.strip().replaceAll("\\s+", " ");
    }

    public static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1).stripTrailing() + "…";
    }
}
