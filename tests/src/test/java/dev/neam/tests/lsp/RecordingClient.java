package dev.neam.tests.lsp;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.eclipse.lsp4j.LogTraceParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.ProgressParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.RegistrationParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.WorkDoneProgressCreateParams;
import org.eclipse.lsp4j.services.LanguageClient;

/** A client that records everything the server sends it, with waits for what a test expects. */
final class RecordingClient implements LanguageClient {
    /** How long a wait lasts before the test fails: a hang, not a slow answer on a busy machine running classes in parallel. */
    static final long TIMEOUT_MS = 60_000;

    final List<PublishDiagnosticsParams> diagnostics = new CopyOnWriteArrayList<>();
    final List<MessageParams> logs = new CopyOnWriteArrayList<>();
    final List<LogTraceParams> traces = new CopyOnWriteArrayList<>();
    final List<ProgressParams> progress = new CopyOnWriteArrayList<>();
    final List<WorkDoneProgressCreateParams> progressCreated = new CopyOnWriteArrayList<>();
    final List<RegistrationParams> registrations = new CopyOnWriteArrayList<>();
    final List<Object> diagnosticRefreshes = new CopyOnWriteArrayList<>();

    @Override
    public void telemetryEvent(Object object) {
    }

    @Override
    public void publishDiagnostics(PublishDiagnosticsParams params) {
        diagnostics.add(params);
        notifyWaiters();
    }

    @Override
    public void showMessage(MessageParams params) {
        logs.add(params);
        notifyWaiters();
    }

    @Override
    public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams params) {
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public void logMessage(MessageParams params) {
        logs.add(params);
        notifyWaiters();
    }

    @Override
    public void logTrace(LogTraceParams params) {
        traces.add(params);
        notifyWaiters();
    }

    @Override
    public CompletableFuture<Void> createProgress(WorkDoneProgressCreateParams params) {
        progressCreated.add(params);
        notifyWaiters();
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public void notifyProgress(ProgressParams params) {
        progress.add(params);
        notifyWaiters();
    }

    @Override
    public CompletableFuture<Void> registerCapability(RegistrationParams params) {
        registrations.add(params);
        notifyWaiters();
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public CompletableFuture<Void> refreshDiagnostics() {
        diagnosticRefreshes.add(Boolean.TRUE);
        notifyWaiters();
        return CompletableFuture.completedFuture(null);
    }

    /** The diagnostics published for a URI so far, in order. */
    List<PublishDiagnosticsParams> diagnosticsFor(String uri) {
        List<PublishDiagnosticsParams> out = new ArrayList<>();
        for (PublishDiagnosticsParams p : diagnostics) {
            if (p.getUri().equals(uri)) {
                out.add(p);
            }
        }
        return out;
    }

    /** Waits for a publication for {@code uri} matching {@code condition}; fails the test after the timeout. */
    PublishDiagnosticsParams awaitDiagnostics(String uri, Predicate<PublishDiagnosticsParams> condition) {
        return await("diagnostics for " + uri, () -> {
            for (PublishDiagnosticsParams p : diagnosticsFor(uri)) {
                if (condition.test(p)) {
                    return p;
                }
            }
            return null;
        });
    }

    PublishDiagnosticsParams awaitVersion(String uri, int version) {
        return awaitDiagnostics(uri, p -> p.getVersion() != null && p.getVersion() == version);
    }

    <T> T await(String what, java.util.function.Supplier<T> probe) {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(TIMEOUT_MS);
        synchronized (this) {
            while (true) {
                T found = probe.get();
                if (found != null) {
                    return found;
                }
                long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
                if (left <= 0) {
                    throw new AssertionError("timed out waiting for " + what + "; published so far: " + diagnostics
                            + "\nlogs: " + logs);
                }
                try {
                    wait(Math.min(left, 100));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new AssertionError("interrupted waiting for " + what, e);
                }
            }
        }
    }

    private synchronized void notifyWaiters() {
        notifyAll();
    }
}
