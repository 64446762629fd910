package dev.neam.parser.semantic;

import dev.neam.parser.diagnostic.Diagnostic;
import dev.neam.parser.semantic.properties.VocabularyChecks;
import dev.neam.parser.syntax.ParseResult;
import java.util.List;

/** Runs every semantic check family over one file. */
public final class SemanticAnalyzer {
    private final List<FileCheck> checks;

    /** The default check families: everything that needs only the vocabulary and one file. */
    public SemanticAnalyzer() {
        this(VocabularyChecks.all());
    }

    public SemanticAnalyzer(List<FileCheck> checks) {
        this.checks = List.copyOf(checks);
    }

    public List<Diagnostic> analyze(String path, ParseResult parse, AnalysisOptions options) {
        FileContext context = new FileContext(path, parse, options);
        for (FileCheck check : checks) {
            check.check(context);
        }
        return context.diagnostics();
    }
}
