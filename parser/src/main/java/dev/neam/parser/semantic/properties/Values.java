package dev.neam.parser.semantic.properties;

import dev.neam.parser.ast.Expr;
import dev.neam.parser.ast.Member;
import dev.neam.parser.ast.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads the shape of property values: what they are, and the literal text inside them. */
final class Values {
    private Values() {
    }

    /** The value with {@code @annotations} taken off. */
    static Value unwrap(Value value) {
        return value instanceof Value.Annotated a ? unwrap(a.value()) : value;
    }

    /**
     * A string literal or f-string, a concatenation with a string in it (`"You are " + role`, also over
     * several lines), or a conditional whose two branches are strings.
     */
    static boolean isString(Value v) {
        v = unwrap(v);
        if (v instanceof Expr.Binary b && b.operator().equals("+")) {
            return isString(b.left()) || isString(b.right());
        }
        if (v instanceof Expr.Conditional c) {
            return isString(c.then()) && isString(c.otherwise());
        }
        return v instanceof Expr.FString || v instanceof Expr.Literal l && l.kind() == Expr.LiteralKind.STRING;
    }

    static boolean isPath(Value v) {
        v = unwrap(v);
        return isString(v) || v instanceof Expr.Literal l && l.kind() == Expr.LiteralKind.PATH;
    }

    /** The text between the quotes of a string or path literal (f-strings have none: their text is not constant). */
    static Optional<String> stringContent(Value v) {
        v = unwrap(v);
        if (v instanceof Expr.Literal l && (l.kind() == Expr.LiteralKind.STRING || l.kind() == Expr.LiteralKind.PATH)) {
            String t = l.text();
            int open = t.indexOf(t.startsWith("p") ? t.charAt(1) : t.charAt(0));
            if (t.length() >= open + 2) {
                return Optional.of(t.substring(open + 1, t.length() - 1));
            }
        }
        return Optional.empty();
    }

    static boolean isNumber(Value v) {
        return number(v).isPresent();
    }

    /** The value of a number literal, also behind a unary minus. */
    static Optional<Double> number(Value v) {
        v = unwrap(v);
        if (v instanceof Expr.Literal l && l.kind() == Expr.LiteralKind.NUMBER) {
            return parse(l.text());
        }
        if (v instanceof Expr.Unary u && u.operator().equals("-")) {
            return number(u.operand()).map(d -> -d);
        }
        return Optional.empty();
    }

    static Optional<Double> parse(String text) {
        try {
            return Optional.of(Double.parseDouble(text));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    static boolean isBool(Value v) {
        v = unwrap(v);
        return v instanceof Expr.Literal l && l.kind() == Expr.LiteralKind.BOOLEAN;
    }

    /** A bare name or a dotted name ({@code Billing}, {@code git_tools.git_log}). */
    static boolean isReference(Value v) {
        v = unwrap(v);
        if (v instanceof Expr.Identifier) {
            return true;
        }
        return v instanceof Expr.Member m && isReference(m.target());
    }

    /** The text of a bare name, for enum values written as identifiers. */
    static Optional<String> identifier(Value v) {
        v = unwrap(v);
        return v instanceof Expr.Identifier id ? Optional.of(id.name().text()) : Optional.empty();
    }

    static Optional<String> referenceText(Value v) {
        v = unwrap(v);
        if (v instanceof Expr.Identifier id) {
            return Optional.of(id.name().text());
        }
        if (v instanceof Expr.Member m) {
            return referenceText(m.target()).map(t -> t + "." + m.member().text());
        }
        return Optional.empty();
    }

    static boolean isFunction(Value v) {
        v = unwrap(v);
        return isReference(v) || v instanceof Expr.Lambda || v instanceof Expr.Call;
    }

    /** The items of a list written in config position ({@code [a, b]}) or as a list literal. */
    static Optional<List<Value>> listItems(Value v) {
        v = unwrap(v);
        if (v instanceof Value.ListValue list) {
            return Optional.of(list.items());
        }
        if (v instanceof Expr.ListLiteral list) {
            return Optional.of(new ArrayList<>(list.items()));
        }
        return Optional.empty();
    }

    /** The members of a {@code { … }} block, or empty for anything else. */
    static Optional<List<Member>> blockMembers(Value v) {
        v = unwrap(v);
        return v instanceof Value.Block b ? Optional.of(b.members()) : Optional.empty();
    }

    static boolean isMap(Value v) {
        v = unwrap(v);
        return v instanceof Value.Block || v instanceof Expr.MapLiteral;
    }

    /** The keys written in a block or map literal, in order. */
    static List<String> mapKeys(Value v) {
        v = unwrap(v);
        List<String> keys = new ArrayList<>();
        if (v instanceof Value.Block b) {
            for (Member m : b.members()) {
                if (m.key() != null) {
                    keys.add(m.key().text());
                }
            }
        } else if (v instanceof Expr.MapLiteral map) {
            for (Expr.MapEntry e : map.entries()) {
                referenceText(e.key()).or(() -> stringContent(e.key())).ifPresent(keys::add);
            }
        }
        return keys;
    }

    /** "a string", "a list", … — what a value is, for messages. */
    static String describe(Value v) {
        v = unwrap(v);
        if (v instanceof Expr.Literal l) {
            return switch (l.kind()) {
                case STRING -> "a string";
                case PATH -> "a path";
                case NUMBER -> "a number";
                case BOOLEAN -> l.text();
                case NIL -> "nil";
                case QUANTITY -> "a quantity with a unit";
                case MONEY -> "a $ amount";
                case REGEX -> "a regular expression";
            };
        }
        if (v instanceof Expr.FString) {
            return "an f-string";
        }
        if (isReference(v)) {
            return "the name " + referenceText(v).orElse("");
        }
        if (v instanceof Value.ListValue || v instanceof Expr.ListLiteral) {
            return "a list";
        }
        if (v instanceof Value.Block || v instanceof Expr.MapLiteral) {
            return "a block";
        }
        if (v instanceof Expr.Lambda) {
            return "a function";
        }
        if (v instanceof Expr.Call) {
            return "a call";
        }
        if (v instanceof Value.Tagged) {
            return "a tagged block";
        }
        if (v instanceof Value.WithUnit) {
            return "a quantity with a unit";
        }
        return "an expression";
    }

    /** Whether {@code text} can be written as a bare identifier. */
    static boolean isIdentifierText(String text) {
        return text.matches("[A-Za-z_][A-Za-z0-9_]*");
    }
}
