package dev.neam.parser.semantic.core;

import dev.neam.parser.diagnostic.Diagnostic;
import dev.neam.parser.diagnostic.DiagnosticCode;
import dev.neam.parser.diagnostic.RelatedInformation;
import dev.neam.parser.semantic.FileCheck;
import dev.neam.parser.semantic.FileContext;
import dev.neam.parser.semantic.scope.Resolution;
import dev.neam.parser.semantic.symbols.SymbolKind;

/** Assignments to names declared with `const`. */
public final class ConstantAssignmentCheck implements FileCheck {
    @Override
    public void check(FileContext context) {
        for (Resolution.Reference ref : context.resolution().references()) {
            if (ref.assignment() && ref.target() != null && ref.target().kind() == SymbolKind.CONSTANT) {
                context.report(Diagnostic.of(DiagnosticCode.ASSIGNMENT_TO_CONSTANT, ref.name().range(),
                                "cannot assign to '" + ref.name().text() + "': it is a constant; declare it with 'let' to change it")
                        .withRelated(new RelatedInformation(
                                ref.target().path().equals(context.path()) ? null : ref.target().path(),
                                ref.target().nameRange(), "declared as a constant here")));
            }
        }
    }
}
