package dev.neam.lsp.server;

import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;

/**
 * Ends the server when the editor that started it has died ({@code processId} of
 * {@code initialize}), so a crashed editor leaves no orphan JVM behind: at once when it is already
 * gone at {@code initialize} (LSP: "if the parent process is not alive then the server should
 * exit"), else as soon as it ends.
 */
final class ParentProcessWatcher {
    static final long POLL_MS = 1000;

    private ParentProcessWatcher() {
    }

    static boolean watch(long pid, ScheduledExecutorService scheduler, ServerLog log, IntConsumer exit) {
        Optional<ProcessHandle> parent = ProcessHandle.of(pid);
        if (parent.isEmpty() || !parent.get().isAlive()) {
            scheduler.execute(() -> ended(pid, log, exit));
            return false;
        }
        ProcessHandle handle = parent.get();
        scheduler.scheduleWithFixedDelay(() -> {
            if (!handle.isAlive()) {
                ended(pid, log, exit);
            }
        }, POLL_MS, POLL_MS, TimeUnit.MILLISECONDS);
        return true;
    }

    private static void ended(long pid, ServerLog log, IntConsumer exit) {
        log.disconnect(); // nobody reads the client's log any more
        log.warn("the client process " + pid + " has ended: exiting");
        exit.accept(1);
    }
}
