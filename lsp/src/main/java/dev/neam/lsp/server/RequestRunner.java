package dev.neam.lsp.server;

import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Function;
import java.util.function.Supplier;
import org.eclipse.lsp4j.jsonrpc.CancelChecker;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;

/**
 * Runs request handlers off the protocol thread, one at a time in arrival order. A request
 * cancelled by {@code $/cancelRequest} before it starts never runs, and a running one stops at its
 * next {@link CancelChecker#checkCanceled()}: LSP4J then answers {@code RequestCancelled}. A
 * handler that fails is logged and answered with its fallback (a partial or empty result), never
 * with an exception; only an error a handler answers on purpose ({@link ResponseErrorException}, e.g. a
 * refused rename with its reason) reaches the client as an error.
 */
public final class RequestRunner {
    private final ExecutorService executor;
    private final ServerLog log;

    public RequestRunner(ExecutorService executor, ServerLog log) {
        this.executor = executor;
        this.log = log;
    }

    public <T> CompletableFuture<T> run(String method, Supplier<T> fallback, Function<CancelChecker, T> handler) {
        CompletableFuture<T> result = new CompletableFuture<>();
        submit(result, method, fallback, handler);
        return result;
    }

    /**
     * {@link #run}, once {@code ready} has completed (however it completed): the request waits
     * without holding up the requests behind it, and can be cancelled while it waits.
     */
    public <T> CompletableFuture<T> runAfter(CompletionStage<?> ready, String method, Supplier<T> fallback,
                                             Function<CancelChecker, T> handler) {
        CompletableFuture<T> result = new CompletableFuture<>();
        ready.whenComplete((done, error) -> submit(result, method, fallback, handler));
        return result;
    }

    private <T> void submit(CompletableFuture<T> result, String method, Supplier<T> fallback,
                            Function<CancelChecker, T> handler) {
        CancelChecker checker = () -> {
            if (result.isCancelled()) {
                throw new CancellationException(method + " was cancelled");
            }
        };
        try {
            executor.execute(() -> {
                if (result.isDone()) {
                    return;
                }
                long started = System.nanoTime();
                try {
                    result.complete(handler.apply(checker));
                } catch (CancellationException e) {
                    result.cancel(false);
                } catch (ResponseErrorException e) { // a deliberate answer (rename refused): the user reads its message
                    result.completeExceptionally(e);
                } catch (Throwable t) { // never throw at the user: answer what we can and say why in the log
                    log.error(method + " failed", t);
                    result.complete(fallback.get());
                }
                log.trace(method + " took " + (System.nanoTime() - started) / 1_000_000 + " ms", null);
            });
        } catch (RejectedExecutionException e) { // shutting down
            result.complete(fallback.get());
        }
    }
}
