package dev.neam.lsp.server;

import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/** An action run once a burst of requests for it pauses: each request postpones the pending run. */
final class DebouncedAction {
    private final ScheduledExecutorService executor;
    private final Runnable action;
    private ScheduledFuture<?> pending;

    DebouncedAction(ScheduledExecutorService executor, Runnable action) {
        this.executor = executor;
        this.action = action;
    }

    synchronized void request(long delayMs) {
        if (pending != null) {
            pending.cancel(false);
        }
        try {
            pending = executor.schedule(action, delayMs, TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) { // shutting down
            pending = null;
        }
    }
}
