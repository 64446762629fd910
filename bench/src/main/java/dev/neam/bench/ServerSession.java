package dev.neam.bench;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CodeActionCapabilities;
import org.eclipse.lsp4j.CodeActionKindCapabilities;
import org.eclipse.lsp4j.CodeActionLiteralSupportCapabilities;
import org.eclipse.lsp4j.CompletionCapabilities;
import org.eclipse.lsp4j.CompletionItemCapabilities;
import org.eclipse.lsp4j.CompletionListCapabilities;
import org.eclipse.lsp4j.DocumentSymbolCapabilities;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.TextDocumentClientCapabilities;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageServer;

/**
 * A language server process driven over its standard input and output the way an editor does:
 * started from a command line, {@code initialize} timed from the moment the process is started to
 * the reply (JVM start included), {@code shutdown} and {@code exit} at the end.
 */
final class ServerSession implements AutoCloseable {
    final Process process;
    final LanguageServer server;
    final LatencyHarness.DiagnosticsWatcher client;
    /** Process start to the {@code initialize} reply, in nanoseconds. */
    final long initializeNanos;

    private ServerSession(Process process, LanguageServer server, LatencyHarness.DiagnosticsWatcher client,
                          long initializeNanos) {
        this.process = process;
        this.server = server;
        this.client = client;
        this.initializeNanos = initializeNanos;
    }

    /** Starts {@code command} with {@code environment} added and waits for the {@code initialize} reply. */
    static ServerSession start(List<String> command, Map<String, String> environment, Map<String, Object> initOptions)
            throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().putAll(environment);
        long started = System.nanoTime();
        Process process = builder.start();
        LatencyHarness.DiagnosticsWatcher client = new LatencyHarness.DiagnosticsWatcher();
        Launcher<LanguageServer> launcher = LSPLauncher.createClientLauncher(client, process.getInputStream(),
                process.getOutputStream());
        launcher.startListening();
        LanguageServer server = launcher.getRemoteProxy();
        InitializeParams init = new InitializeParams();
        init.setProcessId((int) ProcessHandle.current().pid());
        init.setCapabilities(capabilities());
        init.setInitializationOptions(initOptions);
        server.initialize(init).get(120, TimeUnit.SECONDS);
        long initializeNanos = System.nanoTime() - started;
        server.initialized(new InitializedParams());
        return new ServerSession(process, server, client, initializeNanos);
    }

    long pid() {
        return process.pid();
    }

    /** {@code shutdown}, {@code exit}, and the process's end (a start-up archive is written then). */
    @Override
    public void close() throws IOException, InterruptedException {
        try {
            server.shutdown().get(60, TimeUnit.SECONDS);
            server.exit();
        } catch (Exception e) {
            process.destroy();
        }
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }

    /**
     * What the editor of the benchmarks supports, as VS Code declares it: hierarchical symbols, code
     * action literals, completion snippets, and completion lists whose items share an edit range and
     * an insert text format given once (LSP 3.17 item defaults).
     */
    static ClientCapabilities capabilities() {
        TextDocumentClientCapabilities text = new TextDocumentClientCapabilities();
        DocumentSymbolCapabilities symbols = new DocumentSymbolCapabilities();
        symbols.setHierarchicalDocumentSymbolSupport(true);
        text.setDocumentSymbol(symbols);
        text.setCodeAction(new CodeActionCapabilities(new CodeActionLiteralSupportCapabilities(
                new CodeActionKindCapabilities(List.of("quickfix", "source"))), false));
        CompletionCapabilities completion = new CompletionCapabilities(new CompletionItemCapabilities(true));
        CompletionListCapabilities list = new CompletionListCapabilities();
        list.setItemDefaults(List.of("commitCharacters", "editRange", "insertTextFormat", "insertTextMode", "data"));
        completion.setCompletionList(list);
        text.setCompletion(completion);
        ClientCapabilities caps = new ClientCapabilities();
        caps.setTextDocument(text);
        return caps;
    }
}
