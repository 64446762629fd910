package dev.neam.parser.semantic.properties;

import dev.neam.parser.ast.Expr;
import dev.neam.parser.ast.Member;
import dev.neam.parser.ast.Param;
import dev.neam.parser.diagnostic.Diagnostic;
import dev.neam.parser.diagnostic.DiagnosticCode;
import dev.neam.parser.language.HandlerSpec;
import dev.neam.parser.language.PropertySpec;
import dev.neam.parser.language.ValueType;
import dev.neam.parser.semantic.FileCheck;
import dev.neam.parser.semantic.FileContext;
import dev.neam.parser.text.Range;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

/**
 * The parameters of a skill's or tool's {@code impl(…)} (or {@code impl: fun(…)}) against the keys of
 * its {@code params} block: the model fills arguments by parameter name, so a name that differs
 * never receives a value. A warning because neamc itself does not compare them.
 */
public final class ImplParamsCheck implements FileCheck {

    @Override
    public void check(FileContext context) {
        for (BlockVisit visit : FileDeclarations.of(context).blocks()) {
            if (!visit.top() || !visit.checkValues()) {
                continue;
            }
            Optional<String> paramsKey = visit.spec().all().stream().filter(p -> p.type() == ValueType.PARAMS)
                    .map(PropertySpec::key).findFirst();
            if (paramsKey.isEmpty()) {
                continue;
            }
            for (HandlerSpec handler : visit.owner().kind().handlers()) {
                if (!handler.property()) {
                    continue;
                }
                visit.member(handler.name()).ifPresent(impl -> compare(context, visit, paramsKey.get(), impl));
            }
        }
    }

    private static void compare(FileContext context, BlockVisit visit, String paramsKey, Member impl) {
        List<Param> params;
        Range fallback;
        if (impl instanceof Member.Handler handler) {
            params = handler.params();
            fallback = handler.key().range();
        } else if (BlockVisit.valueOf(impl).map(Values::unwrap).orElse(null) instanceof Expr.Lambda lambda) {
            params = lambda.params();
            fallback = impl.key().range();
        } else {
            return;
        }
        if (params.stream().anyMatch(Param::rest)) {
            return;
        }
        List<String> declared = visit.value(paramsKey).map(Values::mapKeys).orElse(List.of());
        List<String> taken = params.stream().map(p -> p.name().text()).toList();
        if (declared.equals(taken)) {
            return;
        }
        String expected = String.join(", ", declared);
        String problem = new HashSet<>(declared).equals(new HashSet<>(taken))
                ? "are not in the order of " + paramsKey
                : "do not match the keys of " + paramsKey + " (" + (declared.isEmpty() ? "none" : expected) + ")";
        Range range = params.isEmpty() ? fallback : params.get(0).range().union(params.get(params.size() - 1).range());
        context.report(Diagnostic.of(DiagnosticCode.IMPL_PARAMS_MISMATCH, range,
                        "the parameters of " + impl.key().text() + " (" + String.join(", ", taken) + ") " + problem
                                + " in " + visit.where() + "; write " + impl.key().text() + "(" + expected + ")")
                .withData("fix", "replace_parameters").withData("with", expected));
    }
}
