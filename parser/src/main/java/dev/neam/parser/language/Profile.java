package dev.neam.parser.language;

import java.util.List;
import java.util.Set;

/**
 * A language-version profile ({@code auto}, {@code 0.6}, {@code 1.x}): the dialects whose
 * constructs are valid under it. {@code aliases} are other version strings that select it.
 */
public record Profile(String id, Set<Dialect> dialects, List<String> aliases, String doc) {
    public Profile {
        dialects = Set.copyOf(dialects);
        aliases = List.copyOf(aliases);
    }

    /** Whether the profile accepts both dialects (then only mixing them in one file is worth a warning). */
    public boolean acceptsUnion() {
        return dialects.size() == Dialect.values().length;
    }

    public boolean allows(Set<Dialect> construct) {
        return construct.isEmpty() || construct.stream().anyMatch(dialects::contains);
    }
}
