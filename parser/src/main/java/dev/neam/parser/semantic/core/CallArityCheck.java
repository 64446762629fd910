package dev.neam.parser.semantic.core;

import dev.neam.parser.ast.Decl;
import dev.neam.parser.ast.Param;
import dev.neam.parser.diagnostic.Diagnostic;
import dev.neam.parser.diagnostic.DiagnosticCode;
import dev.neam.parser.diagnostic.RelatedInformation;
import dev.neam.parser.semantic.FileCheck;
import dev.neam.parser.semantic.FileContext;
import dev.neam.parser.semantic.scope.Resolution;
import dev.neam.parser.semantic.symbols.SymbolKind;

/** Calls to user functions with too few or too many arguments (defaults and `...rest` allowed for). */
public final class CallArityCheck implements FileCheck {
    @Override
    public void check(FileContext context) {
        for (Resolution.Reference ref : context.resolution().references()) {
            if (ref.arguments() < 0 || ref.target() == null || ref.target().kind() != SymbolKind.FUNCTION
                    || !(ref.target().node() instanceof Decl.Function f)) {
                continue;
            }
            int required = 0;
            boolean rest = false;
            for (Param p : f.params()) {
                rest |= p.rest();
                if (p.defaultValue() == null && !p.rest()) {
                    required++;
                }
            }
            int max = rest ? Integer.MAX_VALUE : f.params().size();
            int given = ref.arguments();
            if (given >= required && given <= max) {
                continue;
            }
            String expected = required == max ? String.valueOf(required)
                    : max == Integer.MAX_VALUE ? "at least " + required : required + " to " + max;
            String message = "'" + ref.name().text() + "' takes " + expected + " argument" + (expected.equals("1") ? "" : "s")
                    + " but is called with " + given;
            RelatedInformation declared = new RelatedInformation(
                    ref.target().path().equals(context.path()) ? null : ref.target().path(), ref.target().nameRange(),
                    "'" + ref.target().name() + "' is declared here");
            context.report(Diagnostic.of(DiagnosticCode.CALL_ARITY, ref.name().range(), message).withRelated(declared));
        }
    }
}
