package dev.neam.parser.semantic;

import dev.neam.parser.ast.SourceFile;
import dev.neam.parser.diagnostic.Diagnostic;
import dev.neam.parser.syntax.ParseResult;
import dev.neam.parser.text.SourceText;
import java.util.ArrayList;
import java.util.List;

/** What a check sees of one file, and where it reports. */
public final class FileContext {
    private final String path;
    private final ParseResult parse;
    private final AnalysisOptions options;
    private final List<Diagnostic> diagnostics = new ArrayList<>();

    public FileContext(String path, ParseResult parse, AnalysisOptions options) {
        this.path = path;
        this.parse = parse;
        this.options = options;
    }

    public String path() {
        return path;
    }

    public SourceFile tree() {
        return parse.tree();
    }

    public SourceText text() {
        return parse.text();
    }

    public AnalysisOptions options() {
        return options;
    }

    public void report(Diagnostic diagnostic) {
        diagnostics.add(diagnostic);
    }

    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }
}
