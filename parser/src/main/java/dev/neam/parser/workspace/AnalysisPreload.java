package dev.neam.parser.workspace;

import dev.neam.parser.deploy.DeployCatalog;
import dev.neam.parser.semantic.Builtins;
import dev.neam.parser.syntax.NeamSyntax;

/**
 * Loads what every analysis reads first (the vocabulary and built-ins, the grammar's tables, the
 * deploy checks' catalogue) on a thread of its own, while the caller finds and reads the files:
 * in a lint run those loads were a sequential stretch of the main thread, with the second core idle.
 * Each is loaded once whoever asks first; a caller that needs one before it is ready waits for it,
 * and a failure here is met again, and reported, where the analysis loads it.
 */
public final class AnalysisPreload {
    private AnalysisPreload() {
    }

    public static void start() {
        Thread thread = new Thread(AnalysisPreload::load, "neam-analysis-preload");
        thread.setDaemon(true);
        thread.start();
    }

    private static void load() {
        try {
            Builtins.names();
            NeamSyntax.parse("agent Preload {\n    provider: \"openai\"\n}\nfun f(a) {\n    return a + 1;\n}\n");
            DeployCatalog.get();
        } catch (RuntimeException | LinkageError e) {
            // met again where the analysis needs it, and reported there
        }
    }
}
