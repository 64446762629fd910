package dev.neam.lsp.server;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.lsp4j.services.LanguageClient;

/**
 * Runs the server over a pair of streams until the client goes away: after {@code exit}, when the
 * input ends, or when the client process dies. Returns (or passes to {@code exit}) the status: 0
 * if the client asked for {@code shutdown} first, 1 otherwise.
 */
public final class StdioServer {
    private StdioServer() {
    }

    public static int run(InputStream in, OutputStream out, PrintStream stderr, IntConsumer exit) {
        ServerLog log = new ServerLog(stderr);
        LibraryLogBridge.install(log);
        ServerThreads threads = new ServerThreads();
        NeamLanguageServer server = new NeamLanguageServer(log, threads, exit);
        Launcher<LanguageClient> launcher = new StdioLauncherBuilder(log)
                .setLocalService(server)
                .setRemoteInterface(LanguageClient.class)
                .setInput(in)
                .setOutput(out)
                .setExecutorService(threads.protocol())
                .setExceptionHandler(t -> responseError(t, log))
                .create();
        server.connect(launcher.getRemoteProxy());
        Future<Void> listening = launcher.startListening();
        try {
            listening.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            log.error("the connection failed", e.getCause());
        }
        int status = server.exitStatus();
        log.disconnect();
        log.info("the input has ended: exiting with status " + status);
        return status;
    }

    /**
     * A handler's exception as a response: methods LSP4J declares but we do not implement are
     * {@code MethodNotFound}, deliberate errors keep their code, anything else is an internal error
     * with the reason (and is logged with its stack).
     */
    private static ResponseError responseError(Throwable t, ServerLog log) {
        Throwable cause = t;
        while ((cause instanceof java.util.concurrent.CompletionException || cause instanceof ExecutionException)
                && cause.getCause() != null) {
            cause = cause.getCause();
        }
        if (cause instanceof ResponseErrorException e) {
            return e.getResponseError();
        }
        if (cause instanceof UnsupportedOperationException) {
            return new ResponseError(ResponseErrorCode.MethodNotFound, "not supported by neam-lsp", null);
        }
        log.error("a request failed", cause);
        return new ResponseError(ResponseErrorCode.InternalError, "internal error: " + cause, null);
    }
}
