package dev.neam.lsp.features.diagnostics;

import dev.neam.lsp.documents.DocumentSnapshot;
import dev.neam.lsp.documents.DocumentStore;
import dev.neam.lsp.server.ServerLog;
import dev.neam.parser.diagnostic.Diagnostic;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.IntSupplier;
import java.util.function.Predicate;

/**
 * Push diagnostics: analyses an open document once its edits pause for the debounce delay, and
 * publishes the result only if the document is still at the analysed version (checked under the
 * store's lock, so a stale result can never overtake a newer edit). Closing a document cancels its
 * pending analysis and clears its diagnostics.
 */
public final class DiagnosticScheduler {

    /** Sends diagnostics to the client; called under the store's lock, so it must only send. */
    public interface Publisher {
        void publish(DocumentSnapshot snapshot, List<Diagnostic> diagnostics);

        void clear(String uri);
    }

    private final DocumentStore documents;
    private final Predicate<DocumentSnapshot> analysable;
    private final Function<DocumentSnapshot, List<Diagnostic>> analysis;
    private final IntSupplier debounceMs;
    private final ScheduledExecutorService executor;
    private final Publisher publisher;
    private final AffectedDocuments affected;
    private final ServerLog log;
    private final AdaptiveDebounce debounce = new AdaptiveDebounce();
    private final Map<String, ScheduledFuture<?>> pending = new ConcurrentHashMap<>();
    /** What was last published for each document, and for which snapshot: an edit never publishes it twice. */
    private final Map<String, Published> published = new ConcurrentHashMap<>();

    private record Published(DocumentSnapshot snapshot, List<Diagnostic> diagnostics) {
    }

    /**
     * @param analysable whether a document is analysed at all (Neam sources, manifests, deploy files)
     * @param analysis   a snapshot to its diagnostics; runs on {@code executor}
     * @param debounceMs the current debounce delay, read at each edit (settings may change it): the
     *                   longest wait, for large files ({@link AdaptiveDebounce})
     */
    public DiagnosticScheduler(DocumentStore documents, Predicate<DocumentSnapshot> analysable,
                               Function<DocumentSnapshot, List<Diagnostic>> analysis,
                               IntSupplier debounceMs, ScheduledExecutorService executor, Publisher publisher,
                               AffectedDocuments affected, ServerLog log) {
        this.documents = documents;
        this.analysable = analysable;
        this.analysis = analysis;
        this.debounceMs = debounceMs;
        this.executor = executor;
        this.publisher = publisher;
        this.affected = affected;
        this.log = log;
    }

    /** A document was opened: analyse it at once (nothing to wait for). */
    public void opened(DocumentSnapshot snapshot) {
        schedule(snapshot.uri(), 0, false);
    }

    /** A document changed: analyse it when the edits pause (sooner for a small file). */
    public void changed(DocumentSnapshot snapshot) {
        schedule(snapshot.uri(), debounce.delayMs(snapshot.uri(), snapshot.text().lineCount(), debounceMs.getAsInt()), false);
    }

    /** A document was saved: the person paused, so its newest version is analysed now if it was not yet. */
    public void saved(String uri) {
        documents.get(uri).ifPresent(snapshot -> {
            Published before = published.get(snapshot.uri());
            if (before == null || before.snapshot() != snapshot) {
                schedule(snapshot.uri(), 0, false);
            }
        });
    }

    /** A document was closed: drop pending work and clear what was published for it. */
    public void closed(String uri) {
        ScheduledFuture<?> task = pending.remove(uri);
        if (task != null) {
            task.cancel(false);
        }
        published.remove(uri);
        debounce.forget(uri);
        publisher.clear(uri);
    }

    /** Re-analyses every open document (settings changed, files changed on disk…). */
    public void refreshAll() {
        documents.forEach(d -> schedule(d.uri(), 0, true));
    }

    /**
     * Re-analyses documents affected by a change elsewhere, after the debounce delay like an edit,
     * so that a document being typed in is not analysed in the middle of a burst.
     */
    public void refresh(List<DocumentSnapshot> snapshots) {
        snapshots.forEach(d -> schedule(d.uri(), debounceMs.getAsInt(), true));
    }

    /**
     * @param again analyse even if the newest version was already published (its text is the same
     *              but something else changed: settings, other files)
     */
    private void schedule(String uri, long delayMs, boolean again) {
        pending.compute(uri, (key, previous) -> {
            if (previous != null) {
                previous.cancel(false); // not yet started: superseded; already running: its result will be stale
            }
            try {
                return executor.schedule(() -> analyse(uri, again), delayMs, TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException e) { // shutting down
                return null;
            }
        });
    }

    private void analyse(String uri, boolean again) {
        DocumentSnapshot snapshot = documents.get(uri).orElse(null);
        Published before = published.get(uri);
        boolean sameSnapshot = before != null && before.snapshot() == snapshot;
        if (snapshot == null || (!again && sameSnapshot) || !analysable.test(snapshot)) {
            return; // closed, an earlier task already took this version, or nothing we analyse
        }
        long started = System.nanoTime();
        List<Diagnostic> diagnostics;
        try {
            diagnostics = analysis.apply(snapshot);
        } catch (RuntimeException | StackOverflowError e) {
            log.error("analysis of " + uri + " failed", e);
            return;
        }
        long ms = (System.nanoTime() - started) / 1_000_000;
        debounce.analysed(uri, ms);
        if (documents.get(uri).isEmpty()) { // closed meanwhile: nothing else would forget it
            debounce.forget(uri);
        }
        if (sameSnapshot && before.diagnostics().equals(diagnostics)) {
            // checked again because something else changed, with the same result: nothing to tell,
            // and nobody else to re-check (this is what ends a round of cross-file re-checks)
            return;
        }
        boolean sent = documents.whileCurrent(snapshot, () -> {
            publisher.publish(snapshot, diagnostics);
            published.put(uri, new Published(snapshot, diagnostics));
        });
        if (!sent) {
            log.trace("dropped the diagnostics of " + uri + " version " + snapshot.version() + ": a newer version arrived",
                    null);
            return;
        }
        log.trace("published " + diagnostics.size() + " diagnostics for " + uri + " version " + snapshot.version()
                + " (analysis " + ms + " ms)", null);
        try {
            refresh(affected.affectedBy(snapshot, documents.all()));
        } catch (RuntimeException e) {
            log.error("finding the documents affected by " + uri + " failed", e);
        }
    }
}
