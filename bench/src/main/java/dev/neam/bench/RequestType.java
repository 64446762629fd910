package dev.neam.bench;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.FoldingRangeRequestParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.SelectionRangeParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.services.LanguageServer;

/** One kind of request the harness times: a name and how to send it at a position of the document. */
record RequestType(String name, Sender sender) {

    interface Sender {
        CompletableFuture<?> send(LanguageServer server, TextDocumentIdentifier document, Position at);
    }

    /**
     * The requests measured after every edit. Adding one (completion, hover, definition…) is one
     * line here.
     */
    static final List<RequestType> ALL = List.of(
            new RequestType("documentSymbol", (s, doc, at) ->
                    s.getTextDocumentService().documentSymbol(new DocumentSymbolParams(doc))),
            new RequestType("foldingRange", (s, doc, at) ->
                    s.getTextDocumentService().foldingRange(new FoldingRangeRequestParams(doc))),
            new RequestType("selectionRange", (s, doc, at) ->
                    s.getTextDocumentService().selectionRange(new SelectionRangeParams(doc, List.of(at)))),
            new RequestType("completion", (s, doc, at) ->
                    s.getTextDocumentService().completion(new org.eclipse.lsp4j.CompletionParams(doc, at))));
}
