package dev.neam.bench;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.SemanticTokensDeltaParams;
import org.eclipse.lsp4j.SemanticTokensParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.services.LanguageServer;

/**
 * {@code semanticTokens/full/delta} against the result this sender got last for the document (a
 * full result the first time), as an editor asks after every edit.
 */
final class SemanticTokensDeltaSender implements RequestType.Sender {
    private final Map<String, String> lastIds = new ConcurrentHashMap<>();

    @Override
    public CompletableFuture<?> send(LanguageServer server, TextDocumentIdentifier document, Position at) {
        String previous = lastIds.get(document.getUri());
        if (previous == null) {
            return server.getTextDocumentService().semanticTokensFull(new SemanticTokensParams(document))
                    .thenApply(t -> remember(document, t.getResultId()));
        }
        return server.getTextDocumentService().semanticTokensFullDelta(new SemanticTokensDeltaParams(document, previous))
                .thenApply(e -> remember(document, e.isLeft() ? e.getLeft().getResultId() : e.getRight().getResultId()));
    }

    private Object remember(TextDocumentIdentifier document, String id) {
        if (id != null) {
            lastIds.put(document.getUri(), id);
        }
        return id;
    }
}
