package dev.neam.parser.semantic.properties;

import dev.neam.parser.ast.Expr;
import dev.neam.parser.ast.Member;
import dev.neam.parser.diagnostic.Diagnostic;
import dev.neam.parser.diagnostic.DiagnosticCode;
import dev.neam.parser.language.PropertySpec;
import dev.neam.parser.semantic.FileCheck;
import dev.neam.parser.semantic.FileContext;
import dev.neam.parser.text.Range;
import java.util.Optional;

/**
 * An inline {@code fun(…) { … }} given to a key that calls it with a known number of arguments
 * (forge {@code verify} receives the loop context). Named functions are not resolved here.
 */
public final class FunctionArityCheck implements FileCheck {

    @Override
    public void check(FileContext context) {
        for (BlockVisit visit : FileDeclarations.of(context).blocks()) {
            for (Member member : visit.members()) {
                Optional<PropertySpec> rule = member.key() == null ? Optional.empty()
                        : visit.spec().property(member.key().text()).filter(p -> p.arity() != null);
                if (rule.isEmpty() || !visit.checks(rule.get())) {
                    continue;
                }
                if (!(BlockVisit.valueOf(member).map(Values::unwrap).orElse(null) instanceof Expr.Lambda lambda)) {
                    continue;
                }
                int expected = rule.get().arity();
                int taken = lambda.params().size();
                if (taken == expected) {
                    continue;
                }
                Range range = taken == 0 ? lambda.range()
                        : lambda.params().get(0).range().union(lambda.params().get(taken - 1).range());
                context.report(Diagnostic.of(DiagnosticCode.FUNCTION_ARITY, range,
                        "'" + member.key().text() + "' is called with " + expected + " argument"
                                + (expected == 1 ? "" : "s") + ", but this function takes " + taken
                                + "; give it exactly " + expected + " parameter" + (expected == 1 ? "" : "s")));
            }
        }
    }
}
