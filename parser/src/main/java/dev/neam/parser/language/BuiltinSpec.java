package dev.neam.parser.language;

import java.util.List;
import java.util.Set;

/**
 * A native function registered by the Neam VM.
 *
 * @param arity number of arguments, {@code -1} for variadic, null when not documented
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
}
