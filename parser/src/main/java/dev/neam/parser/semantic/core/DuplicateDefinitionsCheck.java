package dev.neam.parser.semantic.core;

import dev.neam.parser.diagnostic.Diagnostic;
import dev.neam.parser.diagnostic.DiagnosticCode;
import dev.neam.parser.diagnostic.RelatedInformation;
import dev.neam.parser.semantic.FileCheck;
import dev.neam.parser.semantic.FileContext;
import dev.neam.parser.semantic.scope.Resolution;
import dev.neam.parser.semantic.symbols.Symbol;
import dev.neam.parser.semantic.symbols.SymbolKind;
import java.util.EnumSet;
import java.util.Set;

/**
 * A name declared twice in one scope. Two agents, functions or types with one name are an error
 * (one silently replaces the other at run time); a variable declared again is a warning.
 */
public final class DuplicateDefinitionsCheck implements FileCheck {
    private static final Set<SymbolKind> VARIABLES = EnumSet.of(SymbolKind.VARIABLE, SymbolKind.PARAMETER);

    @Override
    public void check(FileContext context) {
        for (Resolution.Duplicate dup : context.resolution().duplicates()) {
            Symbol first = dup.first();
            Symbol second = dup.second();
            boolean variables = VARIABLES.contains(first.kind()) && VARIABLES.contains(second.kind());
            DiagnosticCode code = variables ? DiagnosticCode.REDECLARED_VARIABLE : DiagnosticCode.DUPLICATE_DEFINITION;
            String message = variables
                    ? "'" + second.name() + "' is declared again in the same scope; the first declaration is hidden"
                    : "duplicate definition: " + second.describe() + " has the same name as " + first.describe()
                            + " on line " + (first.nameRange().start().line() + 1);
            context.report(Diagnostic.of(code, second.nameRange(), message)
                    .withRelated(new RelatedInformation(null, first.nameRange(), "first declared here")));
        }
    }
}
