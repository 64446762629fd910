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
    private int lastLine = -1;

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
        return new Range(start(token), end(token));
    }

    /** Where a token starts (the end of the text for the end-of-file token). */
    Position start(Token token) {
        return position(token.getType() == Token.EOF ? text.length() : text.utf16Offset(token.getStartIndex()), token);
    }

    /** Where a token ends; where it starts for a synthetic token (inserted by repair). */
    Position end(Token token) {
        if (token.getType() == Token.EOF || token.getStopIndex() < token.getStartIndex()) {
            return start(token);
        }
        return position(Math.max(text.utf16Offset(token.getStartIndex()), text.utf16Offset(token.getStopIndex() + 1)), token);
    }

    /** The text from the start of one token to the end of another. */
    String text(Token first, Token last) {
        return text.slice(new Range(start(first), end(last)));
    }

    /**
     * The position of an offset in or at the end of a token. The lookup starts from the line the
     * lexer counted for the token (the tree builder asks for the start of a node after the ends of
     * its children, so the line found last is often past it), else from the line found last. The
     * hint only saves a search: {@link SourceText#positionAt(int, int)} checks it.
     */
    private Position position(int offset, Token token) {
        Position position = text.positionAt(offset, token.getLine() > 0 ? token.getLine() - 1 : lastLine);
        lastLine = position.line();
        return position;
    }

    /** An empty range right after a token: where something that is missing should have been. */
    Range after(Token token) {
        return Range.empty(range(token).end());
    }

    Range span(Token first, Token last) {
        return range(first).union(range(last));
    }
}
