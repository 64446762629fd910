package dev.neam.lsp.server;

import dev.neam.lsp.cli.Version;
import dev.neam.lsp.documents.DocumentUris;
import dev.neam.lsp.settings.SettingsReader;
import dev.neam.parser.workspace.AnalysisPreload;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.IntConsumer;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.ServerInfo;
import org.eclipse.lsp4j.SetTraceParams;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageClientAware;
import org.eclipse.lsp4j.services.LanguageServer;
import org.eclipse.lsp4j.services.TextDocumentService;
import org.eclipse.lsp4j.services.WorkspaceService;

/**
 * The lifecycle: {@code initialize} (negotiation, settings, folders), {@code initialized},
 * {@code shutdown}, {@code exit} (status 0 after {@code shutdown}, 1 without), {@code $/setTrace}.
 * Document and workspace messages go to the two services, which route them to the {@link Session}.
 */
public final class NeamLanguageServer implements LanguageServer, LanguageClientAware {
    public static final String NAME = "neam-lsp";

    private final ServerLog log;
    private final IntConsumer exit;
    private final ServerThreads threads;
    private final RequestRunner requests;
    private final NeamTextDocumentService textDocuments;
    private final NeamWorkspaceService workspace;
    private volatile LanguageClient client;
    /** Built after {@code initialize} has answered (see there); null before {@code initialize}. */
    private volatile CompletableFuture<Session> session;
    private volatile boolean shutdownRequested;

    /**
     * @param exit ends the process with a status ({@code System::exit} in production): called by
     *             {@code exit} and when the client process dies
     */
    public NeamLanguageServer(ServerLog log, ServerThreads threads, IntConsumer exit) {
        this.log = log;
        this.threads = threads;
        this.exit = exit;
        this.requests = new RequestRunner(threads.requests(), log);
        this.textDocuments = new NeamTextDocumentService(this, requests);
        this.workspace = new NeamWorkspaceService(this, requests);
    }

    @Override
    public void connect(LanguageClient languageClient) {
        this.client = languageClient;
        log.connect(languageClient);
    }

    @Override
    public CompletableFuture<InitializeResult> initialize(InitializeParams params) {
        if (session != null) {
            throw new ResponseErrorException(new ResponseError(ResponseErrorCode.InvalidRequest,
                    "initialize was already called", null));
        }
        ClientSupport support = ClientSupport.from(params.getCapabilities());
        log.setTrace(params.getTrace());
        SettingsReader.Result settings = SettingsReader.fromInitializationOptions(params.getInitializationOptions());
        settings.problems().forEach(p -> log.warn("setting ignored: " + p));
        List<Path> folders = folders(params);
        AssistSupport assist = AssistSupport.from(params.getCapabilities());
        // The answer needs only the capabilities: the session (the analysis' vocabulary and checks,
        // every feature) is built on a thread of its own meanwhile, and the client's next message
        // waits for it on the protocol thread, so messages keep their order.
        CompletableFuture<Session> starting = new CompletableFuture<>();
        session = starting;
        Thread builder = new Thread(() -> {
            try {
                Session s = new Session(client, support, settings.settings(), folders, log, threads.analysis(),
                        threads.parsing(), threads.background());
                s.features().assist(assist);
                starting.complete(s);
            } catch (RuntimeException | Error e) {
                log.error("the server could not start", e);
                starting.completeExceptionally(e);
            }
        }, "neam-session-start");
        builder.setDaemon(true);
        builder.start();
        if (params.getProcessId() != null) {
            ParentProcessWatcher.watch(params.getProcessId(), threads.background(), log, this::exitNow);
        }
        log.info(NAME + " " + Version.get() + " serving " + describe(params) + ": encoding "
                + support.positionEncoding().id() + ", " + (support.pullDiagnostics() ? "pull" : "push")
                + " diagnostics, folders " + folders + ", " + settings.settings());
        InitializeResult result = new InitializeResult(Capabilities.of(support), new ServerInfo(NAME, Version.get()));
        return CompletableFuture.completedFuture(result);
    }

    @Override
    public void initialized(InitializedParams params) {
        // the grammar's tables and the deploy catalogue, before the first document needs them (not
        // earlier: they would compete with the initialize reply for the cores)
        AnalysisPreload.start();
        Session s = sessionForNotification();
        if (s != null) {
            s.start(s.support().watchedFilesDynamicRegistration());
        }
    }

    @Override
    public CompletableFuture<Object> shutdown() {
        if (session == null) { // LSP: every request but initialize is refused before it
            throw new ResponseErrorException(new ResponseError(ResponseErrorCode.ServerNotInitialized,
                    "the server has not been initialized", null));
        }
        shutdownRequested = true;
        log.info("shutdown requested");
        threads.stopWork();
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public void exit() {
        exitNow(shutdownRequested ? 0 : 1);
    }

    /** Status 0 when the client asked for {@code shutdown} first, 1 otherwise (stdin closed, client gone). */
    public int exitStatus() {
        return shutdownRequested ? 0 : 1;
    }

    private void exitNow(int status) {
        System.err.flush();
        exit.accept(status);
    }

    @Override
    public void setTrace(SetTraceParams params) {
        log.setTrace(params == null ? null : params.getValue());
    }

    @Override
    public TextDocumentService getTextDocumentService() {
        return textDocuments;
    }

    @Override
    public WorkspaceService getWorkspaceService() {
        return workspace;
    }

    /** The session for a request: refused before {@code initialize} and after {@code shutdown}. */
    Session sessionForRequest() {
        CompletableFuture<Session> s = session;
        if (s == null) {
            throw new ResponseErrorException(new ResponseError(ResponseErrorCode.ServerNotInitialized,
                    "the server has not been initialized", null));
        }
        if (shutdownRequested) {
            throw new ResponseErrorException(new ResponseError(ResponseErrorCode.InvalidRequest,
                    "the server is shutting down", null));
        }
        try {
            return s.join();
        } catch (CompletionException e) {
            throw new ResponseErrorException(new ResponseError(ResponseErrorCode.InternalError,
                    "the server could not start: " + e.getCause(), null));
        }
    }

    /**
     * The session for a notification: null (ignore it) before {@code initialize}, after
     * {@code shutdown}, or when the session could not be built (said in the log when it failed).
     */
    Session sessionForNotification() {
        CompletableFuture<Session> s = session;
        if (shutdownRequested || s == null) {
            return null;
        }
        try {
            return s.join();
        } catch (CompletionException e) {
            return null;
        }
    }

    ServerLog log() {
        return log;
    }

    private static List<Path> folders(InitializeParams params) {
        List<Path> folders = new ArrayList<>();
        if (params.getWorkspaceFolders() != null) {
            for (WorkspaceFolder folder : params.getWorkspaceFolders()) {
                DocumentUris.toPath(folder.getUri()).ifPresent(folders::add);
            }
        }
        if (folders.isEmpty() && params.getRootUri() != null) {
            DocumentUris.toPath(params.getRootUri()).ifPresent(folders::add);
        }
        @SuppressWarnings("deprecation") // rootPath: older clients send only this
        String rootPath = params.getRootPath();
        if (folders.isEmpty() && rootPath != null && !rootPath.isBlank()) {
            folders.add(Path.of(rootPath));
        }
        return folders;
    }

    private static String describe(InitializeParams params) {
        if (params.getClientInfo() == null) {
            return "an unnamed client";
        }
        String version = params.getClientInfo().getVersion();
        return params.getClientInfo().getName() + (version == null ? "" : " " + version);
    }
}
