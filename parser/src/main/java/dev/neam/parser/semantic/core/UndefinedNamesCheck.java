package dev.neam.parser.semantic.core;

import dev.neam.parser.diagnostic.Diagnostic;
import dev.neam.parser.diagnostic.DiagnosticCode;
import dev.neam.parser.semantic.Builtins;
import dev.neam.parser.semantic.FileCheck;
import dev.neam.parser.semantic.FileContext;
import dev.neam.parser.semantic.Suggestions;
import dev.neam.parser.semantic.scope.Resolution;

/**
 * Names used in code that nothing declares. Stands down in a file whose imports could not be
 * resolved (they may bring any name). A call to an unknown name that resembles nothing known is
 * only a warning: it may be a native the vocabulary does not list yet; a near miss of a known name
 * (a typo) is an error.
 */
public final class UndefinedNamesCheck implements FileCheck {
    private static final java.util.Set<String> BUILTIN_NAMES = Builtins.names();

    @Override
    public void check(FileContext context) {
        Resolution resolution = context.resolution();
        if (resolution.open()) {
            return;
        }
        for (Resolution.Reference ref : resolution.references()) {
            if (ref.target() != null) {
                continue;
            }
            String name = ref.name().text();
            java.util.Set<String> candidates = new java.util.LinkedHashSet<>(ref.visible());
            candidates.addAll(BUILTIN_NAMES);
            String suggestion = Suggestions.closest(name, candidates);
            String hint = suggestion == null ? "" : "; did you mean '" + suggestion + "'?";
            Diagnostic d;
            if (ref.assignment()) {
                d = Diagnostic.of(DiagnosticCode.ASSIGNMENT_TO_UNDECLARED, ref.name().range(),
                        "'" + name + "' is assigned but never declared; declare it first with 'let " + name + " = …;'" + hint);
            } else if (ref.arguments() >= 0 && suggestion == null) {
                d = new Diagnostic(DiagnosticCode.UNDEFINED_NAME, dev.neam.parser.diagnostic.Severity.WARNING,
                        "'" + name + "' is not defined and is not a known built-in function", ref.name().range(),
                        java.util.List.of(), java.util.Map.of());
            } else {
                d = Diagnostic.of(DiagnosticCode.UNDEFINED_NAME, ref.name().range(),
                        "'" + name + "' is not defined" + hint);
            }
            if (suggestion != null) {
                d = d.withData("fix", "replace").withData("with", suggestion);
            }
            context.report(d);
        }
    }
}
