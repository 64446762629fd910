package dev.neam.lsp.server;

import dev.neam.lsp.features.diagnostics.WorkspaceLint;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.DidChangeWorkspaceFoldersParams;
import org.eclipse.lsp4j.ExecuteCommandParams;
import org.eclipse.lsp4j.WorkspaceDiagnosticParams;
import org.eclipse.lsp4j.WorkspaceDiagnosticReport;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.lsp4j.services.WorkspaceService;

/** {@code workspace/*}: routes each message to the session. */
final class NeamWorkspaceService implements WorkspaceService {
    private final NeamLanguageServer server;
    private final RequestRunner requests;

    NeamWorkspaceService(NeamLanguageServer server, RequestRunner requests) {
        this.server = server;
        this.requests = requests;
    }

    @Override
    public void didChangeConfiguration(DidChangeConfigurationParams params) {
        Session session = server.sessionForNotification();
        if (session != null) {
            session.configurationChanged(params.getSettings());
        }
    }

    @Override
    public void didChangeWatchedFiles(DidChangeWatchedFilesParams params) {
        Session session = server.sessionForNotification();
        if (session != null && params.getChanges() != null) {
            session.watchedFilesChanged(params.getChanges());
        }
    }

    @Override
    public void didChangeWorkspaceFolders(DidChangeWorkspaceFoldersParams params) {
        Session session = server.sessionForNotification();
        if (session != null && params.getEvent() != null) {
            session.foldersChanged(uris(params.getEvent().getAdded()), uris(params.getEvent().getRemoved()));
        }
    }

    @Override
    public CompletableFuture<WorkspaceDiagnosticReport> diagnostic(WorkspaceDiagnosticParams params) {
        Session session = server.sessionForRequest();
        // answered once the start-up scan is done: a report before it would leave files out
        return requests.runAfter(session.indexed(), "workspace/diagnostic", () -> new WorkspaceDiagnosticReport(List.of()),
                cancel -> session.workspaceDiagnostic(params.getPreviousResultIds(), cancel));
    }

    @Override
    public CompletableFuture<Object> executeCommand(ExecuteCommandParams params) {
        Session session = server.sessionForRequest();
        if (!WorkspaceLint.COMMAND.equals(params.getCommand())) {
            throw new ResponseErrorException(new ResponseError(ResponseErrorCode.InvalidParams,
                    "unknown command: " + params.getCommand(), null));
        }
        List<Path> folders = LintCommandArguments.folders(params.getArguments());
        // after the start-up scan, so that every Neam file is in the report
        return requests.runAfter(session.indexed(), WorkspaceLint.COMMAND, () -> null,
                cancel -> session.lintWorkspace(folders, cancel));
    }

    @Override
    public CompletableFuture<org.eclipse.lsp4j.jsonrpc.messages.Either<List<? extends org.eclipse.lsp4j.SymbolInformation>,
            List<? extends org.eclipse.lsp4j.WorkspaceSymbol>>> symbol(org.eclipse.lsp4j.WorkspaceSymbolParams params) {
        Session session = server.sessionForRequest();
        return requests.run("workspace/symbol", () -> org.eclipse.lsp4j.jsonrpc.messages.Either.forLeft(List.of()),
                cancel -> org.eclipse.lsp4j.jsonrpc.messages.Either.forLeft(
                        session.features().workspaceSymbols(params.getQuery(), cancel)));
    }

    private static List<String> uris(List<WorkspaceFolder> folders) {
        return folders == null ? List.of() : folders.stream().map(WorkspaceFolder::getUri).toList();
    }
}
