package dev.neam.parser.language;

import java.util.List;
import java.util.Set;

/**
 * A built-in function: a native registered by the Neam VM or a standard-library function.
 *
 * @param params parameter names; {@code name?} is optional, {@code name...} takes any number
 * @param arity  number of arguments (optional ones included), {@code -1} for variadic, null when not documented
 */
public record BuiltinSpec(String name, List<String> params, Integer arity, Set<Dialect> dialects, String doc) {
    public BuiltinSpec {
        params = List.copyOf(params);
        dialects = Set.copyOf(dialects);
    }

    public String signature() {
        return name + "(" + String.join(", ", params) + ")";
    }

    public boolean variadic() {
        return arity != null && arity < 0;
    }

    /** How many arguments a call needs at least: the parameters that are neither optional nor variadic. */
    public int requiredArguments() {
        return (int) params.stream().filter(p -> !p.endsWith("...") && !p.endsWith("?")).count();
    }

    /** A parameter's name without its {@code ?} or {@code ...} marker. */
    public static String plainName(String param) {
        return param.replaceFirst("(\\?|\\.\\.\\.)$", "");
    }
}
