package dev.neam.parser.assist.completion;

import dev.neam.parser.language.BindingTag;
import dev.neam.parser.language.HandlerSpec;
import dev.neam.parser.language.KindSpec;
import dev.neam.parser.language.PropertySpec;
import java.util.stream.Collectors;

/**
 * Snippet text whose shape follows the value type of a key: {@code "$1"} for strings, {@code [$1]}
 * for lists, a block for blocks. Tab stops are numbered from a counter so several keys can be
 * chained in one declaration snippet.
 */
final class Snippets {
    private Snippets() {
    }

    /** {@code key: <value shape>} with tab stops starting at {@code first}. */
    static String property(PropertySpec p, int first, String indent) {
        return p.key() + ": " + value(p, first, indent);
    }

    /** The value shape alone. */
    static String value(PropertySpec p, int n, String indent) {
        return switch (p.type()) {
            case STRING, PATH, PROVIDER, ENV_VAR -> "\"$" + n + "\"";
            case BOOL -> "${" + n + "|true,false|}";
            case ENUM -> p.values().isEmpty() ? "$" + n : "${" + n + "|" + p.values().stream()
                    .map(v -> (p.bareValues() ? v : "\"" + v + "\"").replace(",", "\\,").replace("|", "\\|"))
                    .collect(Collectors.joining(",")) + "|}";
            case REFERENCE_LIST, STRING_LIST, WORD_LIST, LIST, HANDOFF_LIST -> "[$" + n + "]";
            case BLOCK, MAP, PARAMS, REFERENCE_MAP, BLOCK_MAP -> "{\n" + indent + "\t$" + n + "\n" + indent + "}";
            case BLOCK_LIST -> "[{\n" + indent + "\t$" + n + "\n" + indent + "}]";
            case BINDING -> p.tags().isEmpty() ? "$" + n : "${" + n + "|" + p.tags().stream().map(BindingTag::tag)
                    .collect(Collectors.joining(",")) + "|} {\n" + indent + "\t$" + (n + 1) + "\n" + indent + "}";
            default -> "$" + n;
        };
    }

    /** How many tab stops {@link #value} uses. */
    static int stops(PropertySpec p) {
        return p.type() == dev.neam.parser.language.ValueType.BINDING && !p.tags().isEmpty() ? 2 : 1;
    }

    /** {@code name($1)}, or {@code name()} when the callee takes nothing. */
    static String call(String name, int arity) {
        return arity == 0 ? name + "()" : name + "($1)";
    }

    /** {@code impl($1) {\n\t$0\n}}. */
    static String handler(HandlerSpec h, int first, String indent) {
        return h.name() + "($" + first + ") {\n" + indent + "\t$" + (first + 1) + "\n" + indent + "}";
    }

    /**
     * A whole declaration: the header, a name, and the required keys (and handlers) pre-filled;
     * statement-form kinds get {@code = $0;}.
     */
    static String declaration(KindSpec kind) {
        if (kind.isBindingForm()) {
            return kind.name() + " ${1:Name} = $0;";
        }
        StringBuilder out = new StringBuilder(kind.name()).append(" ${1:Name} {\n");
        int n = 2;
        boolean any = false;
        for (String key : kind.body().requiredKeys()) {
            PropertySpec p = kind.body().property(key).orElse(null);
            if (p == null) {
                continue;
            }
            out.append('\t').append(property(p, n, "\t")).append('\n');
            n += stops(p);
            any = true;
        }
        for (HandlerSpec h : kind.handlers()) {
            if (h.required()) {
                out.append('\t').append(handler(h, n, "\t")).append('\n');
                n += 2;
                any = true;
            }
        }
        if (!any) {
            out.append("\t$0\n");
        }
        return out.append('}').toString();
    }
}
