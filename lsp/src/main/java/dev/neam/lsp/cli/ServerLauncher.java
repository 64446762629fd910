package dev.neam.lsp.cli;

import dev.neam.lsp.server.StdioServer;
import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Starts the language server on standard input/output. */
public final class ServerLauncher {

    /**
     * Runs the server until the client disconnects; returns the process exit code (0 after
     * {@code shutdown} and {@code exit}, 1 when the client went away without {@code shutdown}).
     * An {@code exit} notification ends the process at once with {@link System#exit}, so that no
     * library thread can keep the JVM alive.
     */
    public int run() {
        // stdout carries the protocol and nothing else: anything printed by mistake goes to stderr
        OutputStream protocolOut = new BufferedOutputStream(new FileOutputStream(FileDescriptor.out)); // flushed per message
        PrintStream stderr = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        if (Terminal.isInteractive()) {
            stderr.println(Main.TERMINAL_HINT);
        }
        System.setOut(stderr);
        // System.in, buffered: LSP4J reads headers byte by byte
        return StdioServer.run(System.in, protocolOut, stderr, System::exit);
    }
}
