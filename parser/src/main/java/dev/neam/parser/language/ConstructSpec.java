package dev.neam.parser.language;

import java.util.Set;

/** A core-syntax construct that only one dialect has ({@code for … in}, {@code try/catch}). */
public record ConstructSpec(String id, String label, Set<Dialect> dialects, String doc) {
    public ConstructSpec {
        dialects = Set.copyOf(dialects);
    }
}
