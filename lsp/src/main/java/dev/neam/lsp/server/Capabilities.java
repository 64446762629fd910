package dev.neam.lsp.server;

import dev.neam.lsp.features.signature.SignatureHelpProvider;
import org.eclipse.lsp4j.SignatureHelpOptions;
import dev.neam.lsp.features.actions.ActionKinds;
import org.eclipse.lsp4j.CodeActionOptions;
import dev.neam.lsp.features.diagnostics.WorkspaceLint;
import java.util.List;
import org.eclipse.lsp4j.ExecuteCommandOptions;
import dev.neam.lsp.features.completion.CompletionFeature;
import org.eclipse.lsp4j.CompletionOptions;
import org.eclipse.lsp4j.DiagnosticRegistrationOptions;
import org.eclipse.lsp4j.SaveOptions;
import org.eclipse.lsp4j.SemanticTokensServerFull;
import org.eclipse.lsp4j.SemanticTokensWithRegistrationOptions;
import org.eclipse.lsp4j.DocumentOnTypeFormattingOptions;
import org.eclipse.lsp4j.DocumentLinkOptions;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.TextDocumentSyncKind;
import org.eclipse.lsp4j.TextDocumentSyncOptions;
import org.eclipse.lsp4j.WorkspaceFoldersOptions;
import org.eclipse.lsp4j.WorkspaceServerCapabilities;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

/**
 * What the server announces in {@code initialize}: exactly the features that are implemented, no
 * more (a client that sees a capability will use it); CapabilitiesMatchTest holds the two together.
 */
final class Capabilities {
    /** Identifies our pull diagnostics to the client (it may show several providers' results). */
    static final String DIAGNOSTIC_PROVIDER_ID = "neam";

    private Capabilities() {
    }

    static ServerCapabilities of(ClientSupport client) {
        ServerCapabilities caps = new ServerCapabilities();
        caps.setPositionEncoding(client.positionEncoding().id());

        TextDocumentSyncOptions sync = new TextDocumentSyncOptions();
        sync.setOpenClose(true);
        sync.setChange(TextDocumentSyncKind.Incremental);
        sync.setSave(new SaveOptions(false));
        caps.setTextDocumentSync(sync);

        caps.setDocumentSymbolProvider(true);
        caps.setFoldingRangeProvider(true);
        caps.setSelectionRangeProvider(true);
        caps.setSemanticTokensProvider(new SemanticTokensWithRegistrationOptions(
                dev.neam.lsp.features.semantictokens.SemanticTokensLegendFactory.legend(),
                new SemanticTokensServerFull(true), true));
        caps.setDocumentFormattingProvider(true);
        caps.setDocumentRangeFormattingProvider(true);
        caps.setDocumentOnTypeFormattingProvider(new DocumentOnTypeFormattingOptions(
                dev.neam.lsp.features.formatting.FormattingFeature.TRIGGER));
        caps.setDocumentLinkProvider(new DocumentLinkOptions(false));
        caps.setInlayHintProvider(true);

        caps.setHoverProvider(true);
        caps.setDefinitionProvider(true);
        caps.setDeclarationProvider(true);
        caps.setSignatureHelpProvider(new SignatureHelpOptions(SignatureHelpProvider.TRIGGERS, SignatureHelpProvider.RETRIGGERS));
        if (client.codeActions().literals()) {
            // a client without CodeAction literals could only run commands, and the fixes are edits
            CodeActionOptions actions = new CodeActionOptions(ActionKinds.ALL);
            actions.setResolveProvider(client.codeActions().resolveEdit());
            caps.setCodeActionProvider(Either.forRight(actions));
        }
        // navigation: references, highlights, rename, workspace symbols, reference-count lenses, call hierarchy
        caps.setReferencesProvider(true);
        caps.setDocumentHighlightProvider(true);
        // RenameOptions (announcing prepareRename) only for clients that said they send it
        caps.setRenameProvider(client.prepareRename() ? Either.forRight(new org.eclipse.lsp4j.RenameOptions(true))
                : Either.forLeft(true));
        caps.setWorkspaceSymbolProvider(true);
        caps.setCodeLensProvider(new org.eclipse.lsp4j.CodeLensOptions(true));
        caps.setCallHierarchyProvider(true);

        CompletionOptions completion = new CompletionOptions(true, CompletionFeature.TRIGGER_CHARACTERS);
        caps.setCompletionProvider(completion);

        if (client.pullDiagnostics()) {
            // a client that pulls gets no pushed diagnostics: showing both would duplicate every entry
            DiagnosticRegistrationOptions diagnostics = new DiagnosticRegistrationOptions(true, true);
            diagnostics.setIdentifier(DIAGNOSTIC_PROVIDER_ID);
            caps.setDiagnosticProvider(diagnostics);
        }

        caps.setExecuteCommandProvider(new ExecuteCommandOptions(List.of(WorkspaceLint.COMMAND)));

        WorkspaceFoldersOptions folders = new WorkspaceFoldersOptions();
        folders.setSupported(true);
        folders.setChangeNotifications(Either.forRight(true));
        WorkspaceServerCapabilities workspace = new WorkspaceServerCapabilities(folders);
        caps.setWorkspace(workspace);
        return caps;
    }
}
