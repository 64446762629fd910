package dev.neam.parser.semantic.core;

import dev.neam.parser.ast.Decl;
import dev.neam.parser.ast.Param;
import dev.neam.parser.diagnostic.Diagnostic;
import dev.neam.parser.diagnostic.DiagnosticCode;
import dev.neam.parser.diagnostic.RelatedInformation;
import dev.neam.parser.language.BuiltinSpec;
import dev.neam.parser.language.Vocabulary;
import dev.neam.parser.semantic.FileCheck;
import dev.neam.parser.semantic.FileContext;
import dev.neam.parser.semantic.scope.Resolution;
import dev.neam.parser.semantic.symbols.SymbolKind;

/**
 * Calls with too few or too many arguments: to user functions (defaults and `...rest` allowed for)
 * and to built-in functions whose arity the vocabulary records (a built-in needs at least its
 * parameters that are neither optional nor variadic; a built-in of unknown arity is not checked).
 */
public final class CallArityCheck implements FileCheck {
    @Override
    public void check(FileContext context) {
        for (Resolution.Reference ref : context.resolution().references()) {
            if (ref.arguments() < 0 || ref.target() == null) {
                continue;
            }
            if (ref.target().kind() == SymbolKind.BUILTIN) {
                builtin(context, ref);
            } else if (ref.target().kind() == SymbolKind.FUNCTION && ref.target().node() instanceof Decl.Function f) {
                function(context, ref, f);
            }
        }
    }

    private static void function(FileContext context, Resolution.Reference ref, Decl.Function f) {
        int required = 0;
        boolean rest = false;
        for (Param p : f.params()) {
            rest |= p.rest();
            if (p.defaultValue() == null && !p.rest()) {
                required++;
            }
        }
        int max = rest ? Integer.MAX_VALUE : f.params().size();
        String message = mismatch(ref, required, max);
        if (message == null) {
            return;
        }
        RelatedInformation declared = new RelatedInformation(
                ref.target().path().equals(context.path()) ? null : ref.target().path(), ref.target().nameRange(),
                "'" + ref.target().name() + "' is declared here");
        context.report(Diagnostic.of(DiagnosticCode.CALL_ARITY, ref.name().range(), message).withRelated(declared));
    }

    private static void builtin(FileContext context, Resolution.Reference ref) {
        BuiltinSpec spec = Vocabulary.load().builtin(ref.name().text()).orElse(null);
        if (spec == null || spec.arity() == null) {
            return;
        }
        int required = spec.requiredArguments();
        int max = spec.variadic() ? Integer.MAX_VALUE : spec.arity();
        String message = mismatch(ref, required, max);
        if (message != null) {
            context.report(Diagnostic.of(DiagnosticCode.CALL_ARITY, ref.name().range(),
                    message + " (built-in " + spec.signature() + ")"));
        }
    }

    /** The message for a call outside [required, max] arguments, or null when the count fits. */
    private static String mismatch(Resolution.Reference ref, int required, int max) {
        int given = ref.arguments();
        if (given >= required && given <= max) {
            return null;
        }
        String expected = required == max ? String.valueOf(required)
                : max == Integer.MAX_VALUE ? "at least " + required : required + " to " + max;
        return "'" + ref.name().text() + "' takes " + expected + " argument" + (expected.equals("1") ? "" : "s")
                + " but is called with " + given;
    }
}
