package dev.neam.parser.semantic.core;

import dev.neam.parser.diagnostic.Diagnostic;
import dev.neam.parser.diagnostic.DiagnosticCode;
import dev.neam.parser.semantic.FileCheck;
import dev.neam.parser.semantic.FileContext;
import dev.neam.parser.semantic.Suggestions;
import dev.neam.parser.semantic.scope.Resolution;

/**
 * Names used in code that nothing declares. Stands down in a file whose imports could not be
 * resolved (they may bring any name), so a correct program is never reported.
 */
public final class UndefinedNamesCheck implements FileCheck {
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
            String suggestion = Suggestions.closest(name, ref.visible());
            String hint = suggestion == null ? "" : "; did you mean '" + suggestion + "'?";
            Diagnostic d;
            if (ref.assignment()) {
                d = Diagnostic.of(DiagnosticCode.ASSIGNMENT_TO_UNDECLARED, ref.name().range(),
                        "'" + name + "' is assigned but never declared; declare it first with 'let " + name + " = …;'" + hint);
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
