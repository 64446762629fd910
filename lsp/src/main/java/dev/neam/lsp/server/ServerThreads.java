package dev.neam.lsp.server;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The server's threads, all daemons so that none of them can keep the JVM alive once the
 * protocol has ended:
 * <ul>
 *   <li>{@code protocol}: LSP4J's reader and message handling;</li>
 *   <li>{@code requests}: one thread answering requests in arrival order;</li>
 *   <li>{@code analysis}: one thread running debounced diagnostics;</li>
 *   <li>{@code parsing}: one thread parsing each new version of a document as it arrives;</li>
 *   <li>{@code background}: workspace scans, file events, the client-process watcher.</li>
 * </ul>
 */
public final class ServerThreads {
    private final ExecutorService protocol = Executors.newCachedThreadPool(daemons("neam-protocol"));
    private final ExecutorService requests = Executors.newSingleThreadExecutor(daemons("neam-requests"));
    private final ScheduledThreadPoolExecutor analysis = new ScheduledThreadPoolExecutor(1, daemons("neam-analysis"));
    private final ExecutorService parsing = Executors.newSingleThreadExecutor(daemons("neam-parsing"));
    private final ScheduledExecutorService background = Executors.newSingleThreadScheduledExecutor(daemons("neam-background"));

    /** The stack of the server's threads: 64 MB follows an expression thousands of operators long. */
    private static final long STACK_BYTES = 64L * 1024 * 1024;

    public ServerThreads() {
        analysis.setRemoveOnCancelPolicy(true); // superseded debounce timers must not pile up
    }

    public ExecutorService protocol() {
        return protocol;
    }

    ExecutorService requests() {
        return requests;
    }

    ScheduledExecutorService analysis() {
        return analysis;
    }

    ExecutorService parsing() {
        return parsing;
    }

    ScheduledExecutorService background() {
        return background;
    }

    /** After {@code shutdown}: no more analyses (nothing may be published any more). */
    void stopWork() {
        analysis.shutdownNow();
        parsing.shutdownNow();
    }

    private static ThreadFactory daemons(String name) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            // a deep stack, so that long expression chains are checked instead of overflowing it
            // (reserved, not committed: only what a deep file needs is used)
            Thread thread = new Thread(null, runnable, name + "-" + count.incrementAndGet(), STACK_BYTES);
            thread.setDaemon(true);
            return thread;
        };
    }
}
