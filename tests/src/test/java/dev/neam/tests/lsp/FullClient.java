package dev.neam.tests.lsp;

import java.util.List;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CodeActionCapabilities;
import org.eclipse.lsp4j.CodeActionKindCapabilities;
import org.eclipse.lsp4j.CodeActionLiteralSupportCapabilities;
import org.eclipse.lsp4j.CompletionCapabilities;
import org.eclipse.lsp4j.CompletionItemCapabilities;
import org.eclipse.lsp4j.DefinitionCapabilities;
import org.eclipse.lsp4j.HoverCapabilities;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.RenameCapabilities;
import org.eclipse.lsp4j.SemanticTokensCapabilities;
import org.eclipse.lsp4j.SemanticTokensClientCapabilitiesRequests;
import org.eclipse.lsp4j.SignatureHelpCapabilities;
import org.eclipse.lsp4j.WorkspaceEditCapabilities;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

/** A client that supports everything a modern editor does (snippets, Markdown, links, literals…). */
final class FullClient {
    private FullClient() {
    }

    static ClientCapabilities capabilities() {
        ClientCapabilities caps = Lsp.pushClient();
        var text = caps.getTextDocument();

        CompletionItemCapabilities item = new CompletionItemCapabilities(true);
        item.setDocumentationFormat(List.of(MarkupKind.MARKDOWN, MarkupKind.PLAINTEXT));
        text.setCompletion(new CompletionCapabilities(item));
        HoverCapabilities hover = new HoverCapabilities(List.of(MarkupKind.MARKDOWN, MarkupKind.PLAINTEXT), false);
        text.setHover(hover);
        text.setSignatureHelp(new SignatureHelpCapabilities());
        text.setDefinition(new DefinitionCapabilities(true));
        RenameCapabilities rename = new RenameCapabilities(true, false);
        text.setRename(rename);
        CodeActionCapabilities actions = new CodeActionCapabilities(new CodeActionLiteralSupportCapabilities(
                new CodeActionKindCapabilities(List.of("", "quickfix", "refactor", "source", "source.organizeImports"))),
                false);
        text.setCodeAction(actions);
        SemanticTokensCapabilities tokens = new SemanticTokensCapabilities(false);
        SemanticTokensClientCapabilitiesRequests requests = new SemanticTokensClientCapabilitiesRequests(true);
        requests.setFull(Either.forRight(new org.eclipse.lsp4j.SemanticTokensClientCapabilitiesRequestsFull(true)));
        tokens.setRequests(requests);
        tokens.setFormats(List.of("relative"));
        tokens.setTokenTypes(List.of());
        tokens.setTokenModifiers(List.of());
        text.setSemanticTokens(tokens);

        var workspace = new org.eclipse.lsp4j.WorkspaceClientCapabilities();
        WorkspaceEditCapabilities edits = new WorkspaceEditCapabilities();
        edits.setDocumentChanges(true);
        workspace.setWorkspaceEdit(edits);
        workspace.setApplyEdit(true);
        workspace.setWorkspaceFolders(true);
        workspace.setConfiguration(true);
        caps.setWorkspace(workspace);
        return caps;
    }
}
