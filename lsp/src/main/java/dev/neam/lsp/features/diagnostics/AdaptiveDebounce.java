package dev.neam.lsp.features.diagnostics;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How long to wait after an edit before analysing a document. The configured debounce is the
 * longest wait, meant for large files; a small file waits in proportion to its size (its analysis
 * is cheap, so analysing during a burst of typing costs little). The time the document's last
 * analyses took is taken off the wait, so that its findings arrive about when the debounce ends
 * instead of a whole analysis later.
 */
final class AdaptiveDebounce {
    /** A file of this many lines or more waits the whole configured debounce. */
    static final int FULL_WAIT_LINES = 2_000;
    /** How much of the wait may go to the analysis time; the rest still lets a burst of typing pause. */
    private static final double MAX_SHARE_FOR_ANALYSIS = 0.75;

    /** Each open document's recent analysis time in ms, smoothed. */
    private final Map<String, Double> analysisMs = new ConcurrentHashMap<>();

    /** The wait after an edit of a document of {@code lines} lines, with {@code configuredMs} configured. */
    long delayMs(String uri, int lines, int configuredMs) {
        long bySize = lines >= FULL_WAIT_LINES ? configuredMs : (long) configuredMs * lines / FULL_WAIT_LINES;
        double analysis = analysisMs.getOrDefault(uri, 0.0);
        long early = Math.round(Math.min(analysis, bySize * MAX_SHARE_FOR_ANALYSIS));
        return Math.max(0, bySize - early);
    }

    /** An analysis of the document took {@code ms}. */
    void analysed(String uri, long ms) {
        analysisMs.merge(uri, (double) ms, (before, now) -> before * 0.7 + now * 0.3);
    }

    void forget(String uri) {
        analysisMs.remove(uri);
    }
}
