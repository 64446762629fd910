package dev.neam.lsp.server;

import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.CompletionParams;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DidSaveTextDocumentParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.DocumentDiagnosticParams;
import org.eclipse.lsp4j.DocumentDiagnosticReport;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.FoldingRange;
import org.eclipse.lsp4j.FoldingRangeRequestParams;
import org.eclipse.lsp4j.DeclarationParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.LocationLink;
import org.eclipse.lsp4j.SignatureHelp;
import org.eclipse.lsp4j.SignatureHelpParams;
import org.eclipse.lsp4j.RelatedFullDocumentDiagnosticReport;
import org.eclipse.lsp4j.SelectionRange;
import org.eclipse.lsp4j.SelectionRangeParams;
import org.eclipse.lsp4j.SymbolInformation;
import org.eclipse.lsp4j.SemanticTokens;
import org.eclipse.lsp4j.SemanticTokensDelta;
import org.eclipse.lsp4j.SemanticTokensDeltaParams;
import org.eclipse.lsp4j.SemanticTokensParams;
import org.eclipse.lsp4j.SemanticTokensRangeParams;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.DocumentRangeFormattingParams;
import org.eclipse.lsp4j.DocumentOnTypeFormattingParams;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.DocumentLink;
import org.eclipse.lsp4j.DocumentLinkParams;
import org.eclipse.lsp4j.InlayHint;
import org.eclipse.lsp4j.InlayHintParams;
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
        TextDocumentItem item = params.getTextDocument();
        Session session = sessionFor("didOpen", item == null ? null : item.getUri());
        if (session != null) {
            session.opened(item);
        }
    }

    @Override
    public void didChange(DidChangeTextDocumentParams params) {
        VersionedTextDocumentIdentifier document = params.getTextDocument();
        Session session = sessionFor("didChange", document == null ? null : document.getUri());
        if (session != null) {
            session.changed(document.getUri(), document.getVersion(),
                    params.getContentChanges() == null ? List.of() : params.getContentChanges());
        }
    }

    @Override
    public void didClose(DidCloseTextDocumentParams params) {
        TextDocumentIdentifier document = params.getTextDocument();
        Session session = sessionFor("didClose", document == null ? null : document.getUri());
        if (session != null) {
            session.closed(document.getUri());
        }
    }

    @Override
    public void didSave(DidSaveTextDocumentParams params) {
        TextDocumentIdentifier document = params.getTextDocument();
        Session session = sessionFor("didSave", document == null ? null : document.getUri());
        if (session != null) {
            session.saved(document.getUri());
        }
    }

    /**
     * The session for a notification about a document; null (the notification is ignored, and the
     * log says why) when the server is not ready or the notification names no document.
     */
    private Session sessionFor(String notification, String uri) {
        if (uri == null || uri.isBlank()) {
            server.log().warn("ignored a " + notification + " without a document uri");
            return null;
        }
        return server.sessionForNotification();
    }

    @Override
    public CompletableFuture<List<Either<SymbolInformation, DocumentSymbol>>> documentSymbol(DocumentSymbolParams params) {
        Session session = server.sessionForRequest();
        return requests.run("textDocument/documentSymbol", List::of,
                cancel -> session.features().documentSymbols(params.getTextDocument().getUri(), cancel));
    }

    @Override
    public CompletableFuture<List<FoldingRange>> foldingRange(FoldingRangeRequestParams params) {
        Session session = server.sessionForRequest();
        return requests.run("textDocument/foldingRange", List::of,
                cancel -> session.features().foldingRanges(params.getTextDocument().getUri(), cancel));
    }

    @Override
    public CompletableFuture<List<SelectionRange>> selectionRange(SelectionRangeParams params) {
        Session session = server.sessionForRequest();
        return requests.run("textDocument/selectionRange", List::of,
                cancel -> session.features().selectionRanges(params.getTextDocument().getUri(), params.getPositions(), cancel));
    }

    @Override
    public CompletableFuture<List<Either<Command, CodeAction>>> codeAction(CodeActionParams params) {
        Session session = server.sessionForRequest();
        return requests.run("textDocument/codeAction", List::of, cancel -> session.features().codeActions(params, cancel));
    }

    @Override
    public CompletableFuture<CodeAction> resolveCodeAction(CodeAction unresolved) {
        Session session = server.sessionForRequest();
        return requests.run("codeAction/resolve", () -> unresolved, cancel -> session.features().resolveCodeAction(unresolved));
    }

    @Override
    public CompletableFuture<List<? extends org.eclipse.lsp4j.Location>> references(
            org.eclipse.lsp4j.ReferenceParams params) {
        Session session = server.sessionForRequest();
        boolean declaration = params.getContext() != null && params.getContext().isIncludeDeclaration();
        return requests.run("textDocument/references", List::of, cancel -> session.features().references(
                params.getTextDocument().getUri(), params.getPosition(), declaration, cancel));
    }

    @Override
    public CompletableFuture<List<? extends org.eclipse.lsp4j.DocumentHighlight>> documentHighlight(
            org.eclipse.lsp4j.DocumentHighlightParams params) {
        Session session = server.sessionForRequest();
        return requests.run("textDocument/documentHighlight", List::of,
                cancel -> session.features().highlights(params.getTextDocument().getUri(), params.getPosition(), cancel));
    }

    @Override
    public CompletableFuture<org.eclipse.lsp4j.jsonrpc.messages.Either3<org.eclipse.lsp4j.Range,
            org.eclipse.lsp4j.PrepareRenameResult, org.eclipse.lsp4j.PrepareRenameDefaultBehavior>> prepareRename(
            org.eclipse.lsp4j.PrepareRenameParams params) {
        Session session = server.sessionForRequest();
        return requests.run("textDocument/prepareRename", () -> null,
                cancel -> session.features().prepareRename(params.getTextDocument().getUri(), params.getPosition()));
    }

    @Override
    public CompletableFuture<org.eclipse.lsp4j.WorkspaceEdit> rename(org.eclipse.lsp4j.RenameParams params) {
        Session session = server.sessionForRequest();
        return requests.run("textDocument/rename", () -> null, cancel -> session.features().rename(
                params.getTextDocument().getUri(), params.getPosition(), params.getNewName(), cancel));
    }

    @Override
    public CompletableFuture<List<? extends org.eclipse.lsp4j.CodeLens>> codeLens(
            org.eclipse.lsp4j.CodeLensParams params) {
        Session session = server.sessionForRequest();
        return requests.run("textDocument/codeLens", List::of,
                cancel -> session.features().codeLenses(params.getTextDocument().getUri(), cancel));
    }

    @Override
    public CompletableFuture<org.eclipse.lsp4j.CodeLens> resolveCodeLens(org.eclipse.lsp4j.CodeLens lens) {
        Session session = server.sessionForRequest();
        return requests.run("codeLens/resolve", () -> lens, cancel -> session.features().resolveCodeLens(lens, cancel));
    }

    @Override
    public CompletableFuture<List<org.eclipse.lsp4j.CallHierarchyItem>> prepareCallHierarchy(
            org.eclipse.lsp4j.CallHierarchyPrepareParams params) {
        Session session = server.sessionForRequest();
        return requests.run("textDocument/prepareCallHierarchy", List::of,
                cancel -> session.features().prepareCallHierarchy(params.getTextDocument().getUri(), params.getPosition()));
    }

    @Override
    public CompletableFuture<List<org.eclipse.lsp4j.CallHierarchyIncomingCall>> callHierarchyIncomingCalls(
            org.eclipse.lsp4j.CallHierarchyIncomingCallsParams params) {
        Session session = server.sessionForRequest();
        return requests.run("callHierarchy/incomingCalls", List::of,
                cancel -> session.features().incomingCalls(params.getItem(), cancel));
    }

    @Override
    public CompletableFuture<List<org.eclipse.lsp4j.CallHierarchyOutgoingCall>> callHierarchyOutgoingCalls(
            org.eclipse.lsp4j.CallHierarchyOutgoingCallsParams params) {
        Session session = server.sessionForRequest();
        return requests.run("callHierarchy/outgoingCalls", List::of,
                cancel -> session.features().outgoingCalls(params.getItem(), cancel));
    }

    @Override
    public CompletableFuture<DocumentDiagnosticReport> diagnostic(DocumentDiagnosticParams params) {
        Session session = server.sessionForRequest();
        return requests.run("textDocument/diagnostic",
                () -> new DocumentDiagnosticReport(new RelatedFullDocumentDiagnosticReport(List.of())),
                cancel -> session.diagnostic(params.getTextDocument().getUri(), params.getPreviousResultId(), cancel));
    }

    @Override
    public CompletableFuture<Hover> hover(HoverParams params) {
        Session session = server.sessionForRequest();
        return requests.run("textDocument/hover", () -> null,
                cancel -> session.features().hover(params.getTextDocument().getUri(), params.getPosition()));
    }

    @Override
    public CompletableFuture<Either<List<? extends Location>, List<? extends LocationLink>>> definition(
            DefinitionParams params) {
        Session session = server.sessionForRequest();
        return requests.run("textDocument/definition", () -> Either.forLeft(List.of()),
                cancel -> session.features().definition(params.getTextDocument().getUri(), params.getPosition()));
    }

    @Override
    public CompletableFuture<Either<List<? extends Location>, List<? extends LocationLink>>> declaration(
            DeclarationParams params) {
        Session session = server.sessionForRequest();
        return requests.run("textDocument/declaration", () -> Either.forLeft(List.of()),
                cancel -> session.features().declaration(params.getTextDocument().getUri(), params.getPosition()));
    }

    @Override
    public CompletableFuture<SignatureHelp> signatureHelp(SignatureHelpParams params) {
        Session session = server.sessionForRequest();
        return requests.run("textDocument/signatureHelp", () -> null,
                cancel -> session.features().signatureHelp(params.getTextDocument().getUri(), params.getPosition()));
    }

    @Override
    public CompletableFuture<SemanticTokens> semanticTokensFull(SemanticTokensParams params) {
        Session session = server.sessionForRequest();
        return requests.run("textDocument/semanticTokens/full", () -> new SemanticTokens(List.of()),
                cancel -> session.features().semanticTokensFull(params.getTextDocument().getUri(), cancel));
    }

    @Override
    public CompletableFuture<SemanticTokens> semanticTokensRange(SemanticTokensRangeParams params) {
        Session session = server.sessionForRequest();
        return requests.run("textDocument/semanticTokens/range", () -> new SemanticTokens(List.of()),
                cancel -> session.features().semanticTokensRange(params.getTextDocument().getUri(), params.getRange(), cancel));
    }

    @Override
    public CompletableFuture<Either<SemanticTokens, SemanticTokensDelta>> semanticTokensFullDelta(
            SemanticTokensDeltaParams params) {
        Session session = server.sessionForRequest();
        return requests.run("textDocument/semanticTokens/full/delta", () -> Either.forLeft(new SemanticTokens(List.of())),
                cancel -> session.features().semanticTokensDelta(params.getTextDocument().getUri(), params.getPreviousResultId(),
                        cancel));
    }

    @Override
    public CompletableFuture<List<? extends TextEdit>> formatting(DocumentFormattingParams params) {
        Session session = server.sessionForRequest();
        return requests.run("textDocument/formatting", List::of,
                cancel -> session.features().formatting(params.getTextDocument().getUri(), params.getOptions(), cancel));
    }

    @Override
    public CompletableFuture<List<? extends TextEdit>> rangeFormatting(DocumentRangeFormattingParams params) {
        Session session = server.sessionForRequest();
        return requests.run("textDocument/rangeFormatting", List::of,
                cancel -> session.features().rangeFormatting(params.getTextDocument().getUri(), params.getRange(),
                        params.getOptions(), cancel));
    }

    @Override
    public CompletableFuture<List<? extends TextEdit>> onTypeFormatting(DocumentOnTypeFormattingParams params) {
        Session session = server.sessionForRequest();
        return requests.run("textDocument/onTypeFormatting", List::of,
                cancel -> session.features().onTypeFormatting(params.getTextDocument().getUri(), params.getPosition(),
                        params.getCh(), params.getOptions(), cancel));
    }

    @Override
    public CompletableFuture<List<DocumentLink>> documentLink(DocumentLinkParams params) {
        Session session = server.sessionForRequest();
        return requests.run("textDocument/documentLink", List::of,
                cancel -> session.features().documentLinks(params.getTextDocument().getUri(), cancel));
    }

    @Override
    public CompletableFuture<List<InlayHint>> inlayHint(InlayHintParams params) {
        Session session = server.sessionForRequest();
        return requests.run("textDocument/inlayHint", List::of,
                cancel -> session.features().inlayHints(params.getTextDocument().getUri(), params.getRange(), cancel));
    }

    @Override
    public CompletableFuture<Either<List<CompletionItem>, CompletionList>> completion(CompletionParams params) {
        Session session = server.sessionForRequest();
        return requests.run("textDocument/completion", () -> Either.forRight(new CompletionList(false, List.of())),
                cancel -> Either.forRight(session.features().completion(params.getTextDocument().getUri(), params.getPosition(),
                        cancel)));
    }

    @Override
    public CompletableFuture<CompletionItem> resolveCompletionItem(CompletionItem item) {
        Session session = server.sessionForRequest();
        return requests.run("completionItem/resolve", () -> item, cancel -> session.features().resolveCompletion(item));
    }
}
