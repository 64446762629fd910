package dev.neam.lsp.features.actions;

import dev.neam.lsp.protocol.PositionConverter;
import dev.neam.parser.fix.TextEdit;
import dev.neam.parser.text.SourceText;
import java.util.List;
import java.util.Map;
import org.eclipse.lsp4j.TextDocumentEdit;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

/**
 * Parser edits of one document as a protocol {@link WorkspaceEdit}, with columns in the negotiated
 * encoding: versioned {@code documentChanges} where the client takes them (so an edit computed for
 * an older version is refused rather than misapplied), else plain {@code changes}.
 */
final class WorkspaceEdits {
    private WorkspaceEdits() {
    }

    static WorkspaceEdit of(String uri, int version, SourceText text, List<TextEdit> edits, PositionConverter positions,
                            boolean documentChanges) {
        List<org.eclipse.lsp4j.TextEdit> converted = edits.stream()
                .map(e -> new org.eclipse.lsp4j.TextEdit(positions.toLsp(text, e.range()), e.newText()))
                .toList();
        if (documentChanges) {
            TextDocumentEdit edit = new TextDocumentEdit(new VersionedTextDocumentIdentifier(uri, version),
                    converted.stream().map(e -> Either.<org.eclipse.lsp4j.TextEdit, org.eclipse.lsp4j.SnippetTextEdit>forLeft(e))
                            .toList());
            return new WorkspaceEdit(List.of(Either.forLeft(edit)));
        }
        return new WorkspaceEdit(Map.of(uri, converted));
    }
}
