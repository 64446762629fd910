package dev.neam.parser.semantic.properties;

import dev.neam.parser.ast.Decl;
import dev.neam.parser.ast.Member;
import dev.neam.parser.language.KindSpec;
import dev.neam.parser.language.Profile;
import dev.neam.parser.language.UnknownKeys;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Chooses which variant of a kind a declaration is when a header word means different things in
 * the two dialects ({@code task}, {@code handoff}): the one under which the body has the fewest
 * unknown keys, then the one that recognises the most keys, then one of the active profile. The
 * body decides before the profile, so that a dialect-A {@code handoff} group under the 1.x profile
 * is recognised as what it is (and reported as outside the profile) rather than misread. A body
 * that tells nothing (`handoff H {}`) is read as the variant with required keys, whose rules (the
 * conformance suite's H-015: a handoff needs `schema_version`) can then be checked.
 */
final class KindSelection {
    private KindSelection() {
    }

    static Optional<KindSpec> select(List<KindSpec> variants, Decl.Domain decl, Profile profile) {
        if (variants.size() <= 1) {
            return variants.stream().findFirst();
        }
        return variants.stream().min(Comparator.comparingInt((KindSpec k) -> unknownKeys(k, decl))
                .thenComparing(k -> -knownKeys(k, decl))
                .thenComparing(k -> profile.allows(k.dialects()) ? 0 : 1)
                .thenComparing(k -> -k.body().requiredKeys().size()));
    }

    private static int unknownKeys(KindSpec kind, Decl.Domain decl) {
        if (kind.body().unknownKeys() == UnknownKeys.ALLOW) {
            return 0;
        }
        return (int) keys(decl).stream().filter(key -> kind.property(key).isEmpty() && kind.handler(key).isEmpty())
                .count();
    }

    private static int knownKeys(KindSpec kind, Decl.Domain decl) {
        return (int) keys(decl).stream().filter(key -> kind.property(key).isPresent()).count();
    }

    private static List<String> keys(Decl.Domain decl) {
        return decl.members().stream().map(Member::key).filter(java.util.Objects::nonNull).map(n -> n.text()).toList();
    }
}
