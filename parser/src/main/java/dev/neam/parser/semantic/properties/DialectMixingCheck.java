package dev.neam.parser.semantic.properties;

import dev.neam.parser.diagnostic.Diagnostic;
import dev.neam.parser.diagnostic.DiagnosticCode;
import dev.neam.parser.diagnostic.RelatedInformation;
import dev.neam.parser.language.Dialect;
import dev.neam.parser.language.Vocabulary;
import dev.neam.parser.semantic.FileCheck;
import dev.neam.parser.semantic.FileContext;
import java.util.List;
import java.util.Optional;

/**
 * Under the {@code auto} profile both dialects are accepted, but one file that uses constructs of
 * both is accepted by no neamc. One warning per file, on the first construct of the dialect that
 * appears second, pointing at the first construct of the other.
 */
public final class DialectMixingCheck implements FileCheck {

    @Override
    public void check(FileContext context) {
        FileDeclarations file = FileDeclarations.of(context);
        if (!file.profile().acceptsUnion()) {
            return;
        }
        List<DialectEvidence> evidence = DialectEvidence.of(context).stream()
                .filter(e -> e.dialects().size() == 1).toList();
        Optional<DialectEvidence> firstA = first(evidence, Dialect.A);
        Optional<DialectEvidence> firstB = first(evidence, Dialect.B);
        if (firstA.isEmpty() || firstB.isEmpty()) {
            return;
        }
        boolean aFirst = firstA.get().range().start().compareTo(firstB.get().range().start()) <= 0;
        DialectEvidence earlier = aFirst ? firstA.get() : firstB.get();
        DialectEvidence later = aFirst ? firstB.get() : firstA.get();
        Vocabulary vocabulary = file.vocabulary();
        context.report(Diagnostic.of(DiagnosticCode.DIALECT_MIXING, later.range(),
                        "this file mixes dialects: " + later.what() + " belongs to "
                                + vocabulary.describe(later.dialects()) + ", but " + earlier.what() + " (line "
                                + (earlier.range().start().line() + 1) + ") belongs to "
                                + vocabulary.describe(earlier.dialects())
                                + "; no neamc accepts both — keep one dialect per file")
                .withRelated(new RelatedInformation(null, earlier.range(),
                        earlier.what() + " is " + vocabulary.describe(earlier.dialects()))));
    }

    private static Optional<DialectEvidence> first(List<DialectEvidence> evidence, Dialect dialect) {
        return evidence.stream().filter(e -> e.dialects().contains(dialect)).findFirst();
    }
}
