package dev.neam.parser.semantic.properties;

import dev.neam.parser.ast.Member;
import dev.neam.parser.ast.Value;
import dev.neam.parser.diagnostic.Diagnostic;
import dev.neam.parser.diagnostic.DiagnosticCode;
import dev.neam.parser.language.ActiveWhen;
import dev.neam.parser.language.PropertySpec;
import dev.neam.parser.semantic.FileCheck;
import dev.neam.parser.semantic.FileContext;
import java.util.Optional;

/**
 * A key that has an effect only with some values of a sibling key ({@code activeWhen} in the
 * vocabulary: {@code mmr_lambda} only with {@code retrieval_strategy: "mmr"}), written where the
 * sibling — or its default, when it is not written — has another value. neamc reads the key and
 * never uses it, which usually means the strategy is not the one the author thinks.
 */
public final class InactiveOptionCheck implements FileCheck {

    @Override
    public void check(FileContext context) {
        for (BlockVisit visit : FileDeclarations.of(context).blocks()) {
            for (Member member : visit.members()) {
                Optional<PropertySpec> rule = member.key() == null ? Optional.empty()
                        : visit.spec().property(member.key().text()).filter(p -> p.activeWhen() != null);
                if (rule.isEmpty() || !visit.checks(rule.get())) {
                    continue;
                }
                ActiveWhen when = rule.get().activeWhen();
                Optional<String> actual = siblingValue(visit, when.key());
                if (actual.isEmpty() || when.values().contains(actual.get())) {
                    continue;
                }
                boolean written = visit.member(when.key()).isPresent();
                context.report(Diagnostic.of(DiagnosticCode.INACTIVE_OPTION, member.key().range(),
                        "'" + member.key().text() + "' has an effect only with " + when.key() + " "
                                + PropertySpec.alternatives(when.values().stream().map(v -> "\"" + v + "\"").toList())
                                + ", but " + visit.where() + (written ? " uses \"" : " uses the default \"")
                                + actual.get() + "\"; neamc ignores it").withData("fix", "remove"));
            }
        }
    }

    /** The sibling's literal value as written, else its default; empty when it is not a literal. */
    private static Optional<String> siblingValue(BlockVisit visit, String key) {
        Optional<Value> written = visit.value(key);
        if (written.isPresent()) {
            Value v = written.get();
            return Values.stringContent(v).or(() -> Values.identifier(v));
        }
        return visit.spec().property(key).map(PropertySpec::defaultValue).filter(d -> !d.isEmpty())
                .map(d -> d.startsWith("\"") && d.endsWith("\"") && d.length() >= 2 ? d.substring(1, d.length() - 1) : d);
    }
}
