package dev.neam.lsp.server;

import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.CompletionParams;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DidSaveTextDocumentParams;
import org.eclipse.lsp4j.DocumentDiagnosticParams;
import org.eclipse.lsp4j.DocumentDiagnosticReport;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.FoldingRange;
import org.eclipse.lsp4j.FoldingRangeRequestParams;
import org.eclipse.lsp4j.RelatedFullDocumentDiagnosticReport;
import org.eclipse.lsp4j.SelectionRange;
import org.eclipse.lsp4j.SelectionRangeParams;
import org.eclipse.lsp4j.SymbolInformation;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.services.TextDocumentService;

/**
 * {@code textDocument/*}: routes each message to the session. Notifications are applied on the
 * protocol thread, in the order they arrive (so edits are never reordered); requests go to the
 * {@link RequestRunner}.
 */
final class NeamTextDocumentService implements TextDocumentService {
    private final NeamLanguageServer server;
    private final RequestRunner requests;

    NeamTextDocumentService(NeamLanguageServer server, RequestRunner requests) {
        this.server = server;
        this.requests = requests;
    }

    @Override
    public void didOpen(DidOpenTextDocumentParams params) {
        Session session = server.sessionForNotification();
        if (session != null) {
            session.opened(params.getTextDocument());
        }
    }

    @Override
    public void didChange(DidChangeTextDocumentParams params) {
        Session session = server.sessionForNotification();
        if (session != null) {
            session.changed(params.getTextDocument().getUri(), params.getTextDocument().getVersion(),
                    params.getContentChanges());
        }
    }

    @Override
    public void didClose(DidCloseTextDocumentParams params) {
        Session session = server.sessionForNotification();
        if (session != null) {
            session.closed(params.getTextDocument().getUri());
        }
    }

    @Override
    public void didSave(DidSaveTextDocumentParams params) {
        Session session = server.sessionForNotification();
        if (session != null) {
            session.saved(params.getTextDocument().getUri());
        }
    }

    @Override
    public CompletableFuture<List<Either<SymbolInformation, DocumentSymbol>>> documentSymbol(DocumentSymbolParams params) {
        Session session = server.sessionForRequest();
        return requests.run("textDocument/documentSymbol", List::of,
                cancel -> session.documentSymbols(params.getTextDocument().getUri(), cancel));
    }

    @Override
    public CompletableFuture<List<FoldingRange>> foldingRange(FoldingRangeRequestParams params) {
        Session session = server.sessionForRequest();
        return requests.run("textDocument/foldingRange", List::of,
                cancel -> session.foldingRanges(params.getTextDocument().getUri(), cancel));
    }

    @Override
    public CompletableFuture<List<SelectionRange>> selectionRange(SelectionRangeParams params) {
        Session session = server.sessionForRequest();
        return requests.run("textDocument/selectionRange", List::of,
                cancel -> session.selectionRanges(params.getTextDocument().getUri(), params.getPositions(), cancel));
    }

    @Override
    public CompletableFuture<DocumentDiagnosticReport> diagnostic(DocumentDiagnosticParams params) {
        Session session = server.sessionForRequest();
        return requests.run("textDocument/diagnostic",
                () -> new DocumentDiagnosticReport(new RelatedFullDocumentDiagnosticReport(List.of())),
                cancel -> session.diagnostic(params.getTextDocument().getUri(), params.getPreviousResultId(), cancel));
    }

    @Override
    public CompletableFuture<Either<List<CompletionItem>, CompletionList>> completion(CompletionParams params) {
        Session session = server.sessionForRequest();
        return requests.run("textDocument/completion", () -> Either.forRight(new CompletionList(false, List.of())),
                cancel -> Either.forRight(session.completion(params.getTextDocument().getUri(), params.getPosition(),
                        cancel)));
    }

    @Override
    public CompletableFuture<CompletionItem> resolveCompletionItem(CompletionItem item) {
        Session session = server.sessionForRequest();
        return requests.run("completionItem/resolve", () -> item, cancel -> session.resolveCompletion(item));
    }
}
