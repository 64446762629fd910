package dev.neam.bench;

import dev.neam.lsp.server.NeamLanguageServer;
import dev.neam.lsp.server.ServerLog;
import dev.neam.lsp.server.ServerThreads;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;

/**
 * The real server in this JVM, without the JSON-RPC connection: {@link NeamLanguageServer} with its
 * own threads, initialized like an editor initializes it, one document open. Requests go through
 * its text document service and request runner as they do when they arrive over stdio; only the
 * reading and writing of JSON is left out.
 */
final class InProcessServer {
    final NeamLanguageServer server;
    private final LatencyHarness.DiagnosticsWatcher client = new LatencyHarness.DiagnosticsWatcher();
    private final String uri;
    private int version = 1;

    /**
     * Starts a server and opens {@code text} as {@code uri}; returns once its first diagnostics are
     * published (the document parsed and analysed). {@code debounceMs} is the server's wait after an edit.
     */
    private InProcessServer(String uri, String text, int debounceMs) throws Exception {
        this.uri = uri;
        server = new NeamLanguageServer(new ServerLog(new PrintStream(OutputStream.nullOutputStream())), new ServerThreads(),
                status -> { });
        server.connect(client);
        InitializeParams init = new InitializeParams();
        init.setCapabilities(ServerSession.capabilities());
        init.setInitializationOptions(Map.of("debounceMs", debounceMs));
        server.initialize(init).get(120, TimeUnit.SECONDS);
        server.initialized(new InitializedParams());
        server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "neam", version, text)));
        client.await(version);
    }

    /** {@link #InProcessServer}, its failures unchecked (the benchmark stops on them). */
    static InProcessServer open(String uri, String text, int debounceMs) {
        try {
            return new InProcessServer(uri, text, debounceMs);
        } catch (Exception e) {
            throw new IllegalStateException("the server could not open " + uri, e);
        }
    }

    /** Inserts {@code typed} at {@code at}, as one keystroke of an editor, and returns the new version. */
    int type(Position at, String typed) {
        version++;
        server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri, version),
                List.of(new TextDocumentContentChangeEvent(new Range(at, at), typed))));
        return version;
    }
}
