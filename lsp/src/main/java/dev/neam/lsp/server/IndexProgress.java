package dev.neam.lsp.server;

import dev.neam.lsp.workspace.WorkspaceIndex;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.ProgressParams;
import org.eclipse.lsp4j.WorkDoneProgressBegin;
import org.eclipse.lsp4j.WorkDoneProgressCreateParams;
import org.eclipse.lsp4j.WorkDoneProgressEnd;
import org.eclipse.lsp4j.WorkDoneProgressNotification;
import org.eclipse.lsp4j.WorkDoneProgressReport;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.services.LanguageClient;

/**
 * Shows the workspace scan as work-done progress ({@code window/workDoneProgress/create}, then
 * begin, reports, end) when the client supports it; otherwise reports nothing.
 */
final class IndexProgress implements WorkspaceIndex.Progress {
    private static final long REPORT_EVERY_MS = 100;

    private final LanguageClient client;
    private final Either<String, Integer> token;
    private final boolean enabled;
    private long lastReport;

    private IndexProgress(LanguageClient client, boolean enabled) {
        this.client = client;
        this.enabled = enabled;
        this.token = Either.forLeft("neam-index-" + UUID.randomUUID());
    }

    /** Creates the progress on the client (waiting briefly for its answer); a no-op one if that fails. */
    static IndexProgress start(LanguageClient client, boolean supported, ServerLog log) {
        if (!supported) {
            return new IndexProgress(client, false);
        }
        IndexProgress progress = new IndexProgress(client, true);
        try {
            client.createProgress(new WorkDoneProgressCreateParams(progress.token)).get(5, TimeUnit.SECONDS);
        } catch (Exception e) {
            log.warn("the client did not accept a progress token (" + e.getClass().getSimpleName() + "): indexing quietly");
            return new IndexProgress(client, false);
        }
        WorkDoneProgressBegin begin = new WorkDoneProgressBegin();
        begin.setTitle("Indexing Neam files");
        begin.setCancellable(false);
        begin.setPercentage(0);
        progress.send(begin);
        return progress;
    }

    @Override
    public void report(int done, int total) {
        long now = System.currentTimeMillis();
        if (!enabled || (now - lastReport < REPORT_EVERY_MS && done < total)) {
            return;
        }
        lastReport = now;
        WorkDoneProgressReport report = new WorkDoneProgressReport();
        report.setMessage(done + "/" + total + " files");
        report.setPercentage(total == 0 ? 100 : done * 100 / total);
        send(report);
    }

    void end(String message) {
        if (enabled) {
            WorkDoneProgressEnd end = new WorkDoneProgressEnd();
            end.setMessage(message);
            send(end);
        }
    }

    private void send(WorkDoneProgressNotification value) {
        client.notifyProgress(new ProgressParams(token, Either.forLeft(value)));
    }
}
