package dev.neam.parser.syntax;

import dev.neam.parser.ast.SourceFile;
import dev.neam.parser.diagnostic.Diagnostic;
import dev.neam.parser.text.SourceText;
import java.util.List;

/** The outcome of parsing one document: its text, its syntax tree and its syntax diagnostics. */
public record ParseResult(SourceText text, SourceFile tree, List<Diagnostic> diagnostics) {
    public ParseResult {
        diagnostics = List.copyOf(diagnostics);
    }
}
