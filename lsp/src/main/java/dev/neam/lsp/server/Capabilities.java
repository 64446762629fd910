package dev.neam.lsp.server;

import dev.neam.lsp.features.completion.CompletionFeature;
import org.eclipse.lsp4j.CompletionOptions;
import org.eclipse.lsp4j.DiagnosticRegistrationOptions;
import org.eclipse.lsp4j.SaveOptions;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.TextDocumentSyncKind;
import org.eclipse.lsp4j.TextDocumentSyncOptions;
import org.eclipse.lsp4j.WorkspaceFoldersOptions;
import org.eclipse.lsp4j.WorkspaceServerCapabilities;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

/**
 * What the server announces in {@code initialize}: exactly the features that are implemented, no
 * more (a client that sees a capability will use it). Completion, hover and definition are not
 * here yet.
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

        CompletionOptions completion = new CompletionOptions(true, CompletionFeature.TRIGGER_CHARACTERS);
        caps.setCompletionProvider(completion);

        if (client.pullDiagnostics()) {
            // a client that pulls gets no pushed diagnostics: showing both would duplicate every entry
            DiagnosticRegistrationOptions diagnostics = new DiagnosticRegistrationOptions(true, true);
            diagnostics.setIdentifier(DIAGNOSTIC_PROVIDER_ID);
            caps.setDiagnosticProvider(diagnostics);
        }

        WorkspaceFoldersOptions folders = new WorkspaceFoldersOptions();
        folders.setSupported(true);
        folders.setChangeNotifications(Either.forRight(true));
        WorkspaceServerCapabilities workspace = new WorkspaceServerCapabilities(folders);
        caps.setWorkspace(workspace);
        return caps;
    }
}
