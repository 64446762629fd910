package dev.neam.lsp.server;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import org.eclipse.lsp4j.LogTraceParams;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.TraceValue;
import org.eclipse.lsp4j.services.LanguageClient;

/**
 * Where the server says what it does: the client's log ({@code window/logMessage}, with the line's
 * true level) while a client is connected, stderr before and after (stdout belongs to the
 * protocol), and {@code $/logTrace} as the client's trace setting ({@code $/setTrace}) asks. A line
 * goes to one place only: editors show the server's stderr in the same log, and a line written to
 * both would show twice (the stderr copy as an error).
 */
public final class ServerLog {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSS");

    private final PrintStream stderr;
    private volatile LanguageClient client;
    private volatile String trace = TraceValue.Off;

    public ServerLog(PrintStream stderr) {
        this.stderr = stderr;
    }

    public void connect(LanguageClient client) {
        this.client = client;
    }

    /** The connection is over: from now on, stderr only. */
    public void disconnect() {
        this.client = null;
    }

    public void setTrace(String value) {
        this.trace = value == null ? TraceValue.Off : value;
    }

    public String trace() {
        return trace;
    }

    public void info(String message) {
        log(MessageType.Info, message);
    }

    public void warn(String message) {
        log(MessageType.Warning, message);
    }

    public void error(String message, Throwable cause) {
        if (cause == null) {
            log(MessageType.Error, message);
            return;
        }
        StringWriter stack = new StringWriter();
        cause.printStackTrace(new PrintWriter(stack));
        log(MessageType.Error, message + ": " + describe(cause) + "\n" + stack.toString().stripTrailing());
    }

    /** A harmless event worth seeing while investigating: at the client's lowest level ({@code Log}). */
    public void debug(String message) {
        log(MessageType.Log, message);
    }

    /**
     * A trace entry: sent only when tracing is on; {@code verbose} details only at
     * {@code verbose}. Cheap to call when tracing is off.
     */
    public void trace(String message, String verbose) {
        String level = trace;
        LanguageClient c = client;
        if (TraceValue.Off.equals(level) || c == null) {
            return;
        }
        LogTraceParams params = new LogTraceParams(message);
        if (TraceValue.Verbose.equals(level) && verbose != null) {
            params.setVerbose(verbose);
        }
        try {
            c.logTrace(params);
        } catch (RuntimeException e) {
            stderr.println("neam-lsp: cannot send a trace: " + describe(e));
        }
    }

    private void log(MessageType type, String message) {
        LanguageClient c = client;
        if (c != null) {
            try {
                c.logMessage(new MessageParams(type, message));
                return;
            } catch (RuntimeException e) {
                stderr.println("neam-lsp: cannot send a log message: " + describe(e));
            }
        }
        stderr.println("[" + LocalTime.now().format(TIME) + " " + type.name().toLowerCase() + "] " + message);
        stderr.flush();
    }

    private static String describe(Throwable t) {
        return t.getClass().getSimpleName() + (t.getMessage() == null ? "" : " " + t.getMessage());
    }
}
