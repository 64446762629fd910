package dev.neam.parser.semantic.properties;

import dev.neam.parser.ast.Member;
import dev.neam.parser.language.BlockSpec;
import dev.neam.parser.language.PropertySpec;
import dev.neam.parser.text.Range;
import java.util.List;
import java.util.Optional;

/**
 * One block to check: a declaration body or a nested block ({@code session: { … }}, one entry of
 * {@code sources}, the block of {@code handoff_to(X) { … }}).
 *
 * @param owner       the declaration the block belongs to
 * @param spec        the keys and rules of this block
 * @param members     what is written in it
 * @param where       how messages name the block ("agent 'Tutor'", "'session' of claw agent 'Bot'")
 * @param anchor      where a finding about the whole block goes (the declaration name, the nested key)
 * @param top         whether this is the declaration body itself (handlers live only there)
 * @param checkValues false inside advisory kinds, whose values neamc keeps as an untyped blob
 */
record BlockVisit(DeclaredKind owner, BlockSpec spec, List<Member> members, String where, Range anchor, boolean top,
                  boolean checkValues) {

    /** Whether values under {@code property} are checked here (advisory kinds check only enforced rules). */
    boolean checks(PropertySpec property) {
        return checkValues || property.enforced();
    }

    /** The first member written with {@code key}. */
    Optional<Member> member(String key) {
        return members.stream().filter(m -> m.key() != null && m.key().text().equals(key)).findFirst();
    }

    /** The value of the first property written with {@code key}, also for the colon-less {@code key { … }} form. */
    Optional<dev.neam.parser.ast.Value> value(String key) {
        return member(key).flatMap(BlockVisit::valueOf);
    }

    static Optional<dev.neam.parser.ast.Value> valueOf(Member m) {
        if (m instanceof Member.Property p) {
            return Optional.ofNullable(p.value());
        }
        if (m instanceof Member.Nested n) {
            return Optional.of(n.block());
        }
        return Optional.empty();
    }
}
