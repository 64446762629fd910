package dev.neam.lsp.cli;

/**
 * Starts the language server on standard input/output. Placeholder until the server lands: it only
 * says so and fails. Keep this a one-method class so the real launcher can replace it.
 */
public final class ServerLauncher {

    /** Runs the server until the client disconnects; returns the process exit code. */
    public int run() {
        System.err.println("neam-lsp: the language server is not available in this build");
        return 2;
    }
}
