package dev.neam.parser.syntax;

import dev.neam.parser.diagnostic.Diagnostic;
import dev.neam.parser.diagnostic.DiagnosticCode;
import dev.neam.parser.diagnostic.RelatedInformation;
import dev.neam.parser.text.Position;
import dev.neam.parser.text.Range;
import dev.neam.parser.text.SourceText;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.Token;

/** Collects the syntax diagnostics of one parse and converts token positions to LSP ranges. */
final class DiagnosticSink {
    private final SourceText text;
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private Position swallowedFrom;

    DiagnosticSink(SourceText text) {
        this.text = text;
    }

    SourceText text() {
        return text;
    }

    void report(DiagnosticCode code, Range range, String message) {
        diagnostics.add(Diagnostic.of(code, range, message));
    }

    void report(Diagnostic diagnostic) {
        diagnostics.add(diagnostic);
    }

    void reportWithRelated(DiagnosticCode code, Range range, String message, Range relatedRange, String relatedMessage) {
        diagnostics.add(Diagnostic.of(code, range, message)
                .withRelated(new RelatedInformation(null, relatedRange, relatedMessage)));
    }

    List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    /** Notes that an unterminated string or comment starting here swallowed the rest of the text (the first one counts). */
    void swallowedFrom(Position start) {
        if (swallowedFrom == null) {
            swallowedFrom = start;
        }
    }

    /** Where the rest of the text was swallowed, or null. */
    Position swallowedFrom() {
        return swallowedFrom;
    }

    /** The range a token covers; synthetic tokens (inserted by repair) are empty. */
    Range range(Token token) {
        if (token.getType() == Token.EOF) {
            return Range.empty(text.positionAt(text.length()));
        }
        int start = text.utf16Offset(token.getStartIndex());
        int stop = token.getStopIndex() < token.getStartIndex() ? start : text.utf16Offset(token.getStopIndex() + 1);
        return text.range(start, stop);
    }

    /** An empty range right after a token: where something that is missing should have been. */
    Range after(Token token) {
        return Range.empty(range(token).end());
    }

    Range span(Token first, Token last) {
        return range(first).union(range(last));
    }
}
