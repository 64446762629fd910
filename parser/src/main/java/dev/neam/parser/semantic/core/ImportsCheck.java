package dev.neam.parser.semantic.core;

import dev.neam.parser.diagnostic.Diagnostic;
import dev.neam.parser.diagnostic.DiagnosticCode;
import dev.neam.parser.diagnostic.RelatedInformation;
import dev.neam.parser.semantic.FileCheck;
import dev.neam.parser.semantic.FileContext;
import dev.neam.parser.semantic.symbols.ImportedNames;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Imports of project modules that do not exist (a warning: the module may be provided by a
 * package), and names imported from a module that does not declare them (an error).
 */
public final class ImportsCheck implements FileCheck {
    @Override
    public void check(FileContext context) {
        ImportedNames imports = context.imports();
        for (ImportedNames.Unresolved u : imports.unresolved()) {
            if (u.library()) {
                continue;
            }
            List<Path> candidates = context.project().candidates(u.path().segments());
            String looked = candidates.stream().limit(2).map(p -> context.project().relative(p))
                    .collect(Collectors.joining(" or "));
            context.report(Diagnostic.of(DiagnosticCode.MODULE_NOT_FOUND, u.path().range(),
                    "cannot find module '" + u.path().dotted() + "' in this project (looked for " + looked + ")"));
        }
        for (ImportedNames.Missing m : imports.missingNames()) {
            String module = m.module().module() != null ? m.module().module().dotted() : m.module().path();
            context.report(Diagnostic.of(DiagnosticCode.IMPORTED_NAME_NOT_FOUND, m.name().range(),
                            "module '" + module + "' has no declaration named '" + m.name().text() + "'")
                    .withRelated(new RelatedInformation(m.module().path(), dev.neam.parser.text.Range.of(0, 0, 0, 0),
                            "the module")));
        }
    }
}
