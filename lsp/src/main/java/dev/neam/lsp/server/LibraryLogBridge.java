package dev.neam.lsp.server;

import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * LSP4J logs through {@code java.util.logging}, whose default handler writes to stderr, which
 * editors show in the server's log as errors. Its records go to the {@link ServerLog} instead, at a
 * level that says how much they matter: a cancel notification for a request already answered (an
 * everyday race) is only a {@code Log} line.
 */
final class LibraryLogBridge extends Handler {
    private static final String LSP4J = "org.eclipse.lsp4j";

    private final ServerLog log;

    private LibraryLogBridge(ServerLog log) {
        this.log = log;
    }

    /** Routes LSP4J's records to the server log, in place of stderr. */
    static void install(ServerLog log) {
        Logger lsp4j = Logger.getLogger(LSP4J);
        lsp4j.setUseParentHandlers(false);
        for (Handler handler : lsp4j.getHandlers()) {
            lsp4j.removeHandler(handler);
        }
        lsp4j.addHandler(new LibraryLogBridge(log));
    }

    @Override
    public void publish(LogRecord record) {
        String message = record.getMessage() == null ? "" : record.getMessage();
        int level = record.getLevel().intValue();
        if (level >= Level.SEVERE.intValue()) {
            log.error("lsp4j: " + message, record.getThrown());
        } else if (level >= Level.WARNING.intValue() && !message.startsWith("Unmatched cancel notification")) {
            log.warn("lsp4j: " + message);
        } else if (level >= Level.INFO.intValue()) {
            log.debug("lsp4j: " + message);
        }
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }
}
