package dev.neam.parser.semantic.properties;

import dev.neam.parser.diagnostic.Diagnostic;
import dev.neam.parser.diagnostic.DiagnosticCode;
import dev.neam.parser.language.Profile;
import dev.neam.parser.language.Vocabulary;
import dev.neam.parser.semantic.FileCheck;
import dev.neam.parser.semantic.FileContext;

/**
 * Under a single-dialect profile ({@code 0.6} or {@code 1.x}), every declaration, key or construct of
 * the other dialect is a warning — never an error: the parser accepts the union anyway.
 */
public final class LanguageProfileCheck implements FileCheck {

    @Override
    public void check(FileContext context) {
        FileDeclarations file = FileDeclarations.of(context);
        Profile profile = file.profile();
        if (profile.acceptsUnion()) {
            return;
        }
        Vocabulary vocabulary = file.vocabulary();
        for (DialectEvidence evidence : DialectEvidence.of(context)) {
            if (!profile.allows(evidence.dialects())) {
                context.report(Diagnostic.of(DiagnosticCode.OUTSIDE_PROFILE, evidence.range(),
                                capitalise(evidence.what()) + " belongs to " + vocabulary.describe(evidence.dialects())
                                        + "; the selected language version " + profile.id()
                                        + " does not have it (set neam.languageVersion to auto to accept both dialects)")
                        .withData("languageVersion", profile.id()));
            }
        }
    }

    static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
