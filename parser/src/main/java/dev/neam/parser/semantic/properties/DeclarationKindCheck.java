package dev.neam.parser.semantic.properties;

import dev.neam.parser.ast.Decl;
import dev.neam.parser.ast.Name;
import dev.neam.parser.diagnostic.Diagnostic;
import dev.neam.parser.diagnostic.DiagnosticCode;
import dev.neam.parser.diagnostic.Severity;
import dev.neam.parser.language.KindSpec;
import dev.neam.parser.language.Suggestions;
import dev.neam.parser.language.Vocabulary;
import dev.neam.parser.semantic.FileCheck;
import dev.neam.parser.semantic.FileContext;
import dev.neam.parser.text.Range;
import java.util.List;
import java.util.Optional;

/**
 * Declaration keywords: unknown words (with a did-you-mean), kinds written in the wrong form
 * ({@code guardchain X { … }} where neamc wants {@code guardchain X = [...];}), and the value after
 * {@code =} of statement-form declarations.
 */
public final class DeclarationKindCheck implements FileCheck {

    @Override
    public void check(FileContext context) {
        FileDeclarations file = FileDeclarations.of(context);
        Vocabulary vocabulary = file.vocabulary();
        for (Decl.Domain unknown : file.unknown()) {
            String written = String.join(" ", unknown.keywords().stream().map(Name::text).toList());
            context.report(unknownKind(written, headerRange(unknown.keywords()), vocabulary));
        }
        for (DeclaredKind declared : file.known()) {
            KindSpec kind = declared.kind();
            if (kind.isBindingForm()) {
                context.report(Diagnostic.of(DiagnosticCode.DECLARATION_FORM, headerRange(declared.decl().keywords()),
                                "neamc does not accept " + kind.name() + " as a block; write "
                                        + kind.binding().example().replace("Name", declared.decl().name().text()))
                        .withData("fix", "rewrite_as_statement").withData("blockKey", kind.binding().blockKey()));
            }
        }
        ValueShapes shapes = new ValueShapes(context::report);
        for (Decl.Binding binding : file.bindings()) {
            String keyword = binding.keyword().text();
            if (vocabulary.statementKeywords().contains(keyword)) {
                continue;
            }
            Optional<KindSpec> kind = vocabulary.kind(List.of(keyword));
            if (kind.isEmpty()) {
                context.report(unknownKind(keyword, binding.keyword().range(), vocabulary));
            } else if (!kind.get().isBindingForm()) {
                context.report(Diagnostic.of(DiagnosticCode.DECLARATION_FORM, binding.keyword().range(),
                        keyword + " is declared with a block, not with '='; write " + keyword + " "
                                + binding.name().text() + " { … }"));
            } else if (binding.value() != null) {
                shapes.check(kind.get().binding().value(), binding.value(), keyword + " '" + binding.name().text() + "'");
            }
        }
    }

    private static Diagnostic unknownKind(String written, Range range, Vocabulary vocabulary) {
        Optional<String> suggestion = Suggestions.closest(written, vocabulary.kindNames());
        if (suggestion.isPresent()) {
            return Diagnostic.of(DiagnosticCode.UNKNOWN_DECLARATION_KIND, range,
                            "unknown declaration kind '" + written + "'; did you mean '" + suggestion.get() + "'?")
                    .withData("fix", "replace").withData("with", suggestion.get());
        }
        // Neam's keyword list past v0.9.8 is only partly known, so a word that resembles nothing is a warning.
        return Diagnostic.of(DiagnosticCode.UNKNOWN_DECLARATION_KIND, range, "unknown declaration kind '" + written
                        + "'; it is not one of the kinds known from neamc 0.5–1.6 (that list is incomplete for the newest"
                        + " versions, so this is only a warning)")
                .withSeverity(Severity.WARNING);
    }

    static Range headerRange(List<Name> keywords) {
        return keywords.get(0).range().union(keywords.get(keywords.size() - 1).range());
    }
}
