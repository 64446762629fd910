package dev.neam.parser.language;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A value of the right shape for a key, to write when a fix adds the key: the documented default
 * when there is one, else the smallest value of the key's type (an empty string, the first allowed
 * enum value, the lower bound of a number, a declaration name to replace). It is a start the user
 * edits, chosen so that the file keeps parsing.
 */
public final class Placeholders {
    private Placeholders() {
    }

    public static String of(PropertySpec spec, Vocabulary vocabulary) {
        if (spec.defaultValue() != null && !spec.defaultValue().isBlank() && !(spec.nonEmpty() && isEmptyShape(spec.defaultValue()))) {
            return spec.defaultValue();
        }
        return switch (spec.type()) {
            case STRING, PATH, ENV_VAR, WORD, ANY, NUMBER_OR_STRING, ENV_VALUE -> "\"\"";
            case NUMBER, BUDGET_AMOUNT -> number(spec);
            case BOOL -> "false";
            case ENUM -> spec.values().isEmpty() ? "\"\"" : "\"" + spec.values().get(0) + "\"";
            case PROVIDER -> vocabulary.providers().stream().findFirst().map(p -> "\"" + p.name() + "\"").orElse("\"\"");
            case IDENTIFIER, REFERENCE -> referenceName(spec);
            case REFERENCE_LIST, HANDOFF_LIST -> spec.nonEmpty() ? "[" + referenceName(spec) + "]" : "[]";
            case STRING_LIST, WORD_LIST, LIST -> spec.nonEmpty() ? "[\"\"]" : "[]";
            case BLOCK_LIST -> spec.nonEmpty() ? "[{}]" : "[]";
            case BLOCK, BLOCK_MAP, MAP, REFERENCE_MAP, PARAMS -> "{}";
            case FUNCTION -> function(spec);
            case BINDING -> spec.tags().isEmpty() ? "{}" : spec.tags().get(0).tag() + " {}";
            case CAPABILITY_PATTERN -> "cap(\"\")";
            case EXPRESSION -> "true";
        };
    }

    private static boolean isEmptyShape(String value) {
        String v = value.replace(" ", "");
        return v.equals("[]") || v.equals("{}") || v.equals("\"\"");
    }

    private static String number(PropertySpec spec) {
        double value = spec.min() != null ? spec.min() : 0;
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }

    /** A name that says what to put there: the first target kind as a type-like name ({@code Agent}). */
    private static String referenceName(PropertySpec spec) {
        String kind = spec.targets().isEmpty() ? "name" : spec.targets().get(0);
        StringBuilder out = new StringBuilder();
        for (String word : kind.split("[ _]+")) {
            if (!word.isEmpty()) {
                out.append(word.substring(0, 1).toUpperCase(Locale.ROOT)).append(word.substring(1));
            }
        }
        return out.toString();
    }

    private static String function(PropertySpec spec) {
        int arity = spec.arity() == null ? 0 : spec.arity();
        List<String> params = new ArrayList<>();
        for (int i = 0; i < arity; i++) {
            params.add(arity == 1 ? "_input" : "_arg" + (i + 1));
        }
        return "fun(" + String.join(", ", params) + ") { return true; }";
    }
}
