package dev.neam.bench;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.FoldingRangeRequestParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.SelectionRangeParams;
import org.eclipse.lsp4j.SignatureHelpParams;
import org.eclipse.lsp4j.SemanticTokensParams;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.FormattingOptions;
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
            new RequestType("hover", (s, doc, at) -> s.getTextDocumentService().hover(new HoverParams(doc, at))),
            new RequestType("definition", (s, doc, at) ->
                    s.getTextDocumentService().definition(new DefinitionParams(doc, at))),
            new RequestType("signatureHelp", (s, doc, at) ->
                    s.getTextDocumentService().signatureHelp(new SignatureHelpParams(doc, at))),
            new RequestType("codeAction", (s, doc, at) -> s.getTextDocumentService().codeAction(
                    new CodeActionParams(doc, new Range(at, at), new CodeActionContext(List.of())))),
            new RequestType("references", (s, doc, at) -> s.getTextDocumentService().references(
                    new org.eclipse.lsp4j.ReferenceParams(doc, at, new org.eclipse.lsp4j.ReferenceContext(true)))),
            new RequestType("documentHighlight", (s, doc, at) -> s.getTextDocumentService().documentHighlight(
                    new org.eclipse.lsp4j.DocumentHighlightParams(doc, at))),
            // a refused rename (no name at the position) is an error answer, timed like any other
            new RequestType("rename", (s, doc, at) -> s.getTextDocumentService().rename(
                    new org.eclipse.lsp4j.RenameParams(doc, at, "renamed_name")).handle((edit, error) -> edit)),
            new RequestType("semanticTokens/full", (s, doc, at) ->
                    s.getTextDocumentService().semanticTokensFull(new SemanticTokensParams(doc))),
            new RequestType("semanticTokens/delta", new SemanticTokensDeltaSender()),
            new RequestType("formatting", (s, doc, at) ->
                    s.getTextDocumentService().formatting(new DocumentFormattingParams(doc, new FormattingOptions(2, true)))),
            new RequestType("completion", (s, doc, at) ->
                    s.getTextDocumentService().completion(new org.eclipse.lsp4j.CompletionParams(doc, at))));
}
