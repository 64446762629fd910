package dev.neam.lsp.server;

import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;

/**
 * Ends the server when the editor that started it has died ({@code processId} of
 * {@code initialize}), so a crashed editor leaves no orphan JVM behind. When that process cannot
 * be seen at all (another PID namespace, e.g. a container) nothing is watched.
 */
final class ParentProcessWatcher {
    static final long POLL_MS = 1000;

    private ParentProcessWatcher() {
    }

    static boolean watch(long pid, ScheduledExecutorService scheduler, ServerLog log, IntConsumer exit) {
        Optional<ProcessHandle> parent = ProcessHandle.of(pid);
        if (parent.isEmpty() || !parent.get().isAlive()) {
            log.warn("the client process " + pid + " is not visible from here: not watching it");
            return false;
        }
        ProcessHandle handle = parent.get();
        scheduler.scheduleWithFixedDelay(() -> {
            if (!handle.isAlive()) {
                log.disconnect(); // nobody reads the client's log any more
                log.warn("the client process " + pid + " has ended: exiting");
                exit.accept(1);
            }
        }, POLL_MS, POLL_MS, TimeUnit.MILLISECONDS);
        return true;
    }
}
