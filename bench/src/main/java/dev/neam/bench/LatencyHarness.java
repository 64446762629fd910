package dev.neam.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DocumentSymbolCapabilities;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentClientCapabilities;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;

/**
 * Latency of the real server jar on a large file: opens a generated Neam file, then in each round
 * types a few characters (one edit each, like a person typing), times every {@link RequestType}
 * right after each edit, and times how long the diagnostics of the round's last edit take to
 * arrive (debounce included). The first rounds warm the JIT up and are not counted.
 */
public final class LatencyHarness {
    private static final int WARMUP_ROUNDS = 10;
    private static final int EDITS_PER_ROUND = 3;
    private static final String URI = "file:///tmp/neam-bench/generated.neam";

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        Path jar = Path.of(options.getOrDefault("jar", "lsp/target/neam-lsp.jar"));
        int lines = Integer.parseInt(options.getOrDefault("lines", "5000"));
        int rounds = Integer.parseInt(options.getOrDefault("rounds", "60"));
        int debounce = Integer.parseInt(options.getOrDefault("debounceMs", "200"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("no server jar at " + jar + ": build it first (./mvnw -B package -pl lsp -am)");
        }
        String text = NeamFileGenerator.generate(lines);
        int actualLines = NeamFileGenerator.count(text);

        Process process = new ProcessBuilder(javaExecutable(), "-jar", jar.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        DiagnosticsWatcher diagnostics = new DiagnosticsWatcher();
        Launcher<LanguageServer> launcher = LSPLauncher.createClientLauncher(diagnostics, process.getInputStream(),
                process.getOutputStream());
        launcher.startListening();
        LanguageServer server = launcher.getRemoteProxy();

        long started = System.nanoTime();
        InitializeParams init = new InitializeParams();
        init.setProcessId((int) ProcessHandle.current().pid());
        init.setCapabilities(capabilities());
        init.setInitializationOptions(Map.of("debounceMs", debounce));
        server.initialize(init).get(60, TimeUnit.SECONDS);
        long initializeNanos = System.nanoTime() - started;
        server.initialized(new InitializedParams());

        TextDocumentIdentifier document = new TextDocumentIdentifier(URI);
        long openStarted = System.nanoTime();
        server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(URI, "neam", 1, text)));
        PublishDiagnosticsParams first = diagnostics.await(1);
        long openNanos = System.nanoTime() - openStarted;

        Map<String, Percentiles> results = new LinkedHashMap<>();
        RequestType.ALL.forEach(r -> results.put(r.name(), new Percentiles()));
        Percentiles lastEditToDiagnostics = new Percentiles();
        int version = 1;
        int editLine = actualLines / 2;
        for (int round = 0; round < WARMUP_ROUNDS + rounds; round++) {
            boolean measured = round >= WARMUP_ROUNDS;
            long lastEdit = 0;
            for (int e = 0; e < EDITS_PER_ROUND; e++) {
                version++;
                // a new comment line in the middle of the file, then typing into it: every version stays valid
                Position where = new Position(editLine, e == 0 ? 0 : 4);
                server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
                        new VersionedTextDocumentIdentifier(URI, version),
                        List.of(new TextDocumentContentChangeEvent(new Range(where, where), e == 0 ? "// x\n" : "x"))));
                lastEdit = System.nanoTime();
                Position at = new Position(editLine + 1, 2);
                for (RequestType request : RequestType.ALL) {
                    long t = System.nanoTime();
                    CompletableFuture<?> answer = request.sender().send(server, document, at);
                    answer.get(60, TimeUnit.SECONDS);
                    if (measured) {
                        results.get(request.name()).add(System.nanoTime() - t);
                    }
                }
            }
            diagnostics.await(version);
            if (measured) {
                lastEditToDiagnostics.add(diagnostics.arrival(version) - lastEdit);
            }
            editLine += 1;
        }

        server.shutdown().get(30, TimeUnit.SECONDS);
        server.exit();
        process.waitFor(30, TimeUnit.SECONDS);

        System.out.println();
        System.out.println("neam-lsp latency harness: " + jar);
        System.out.printf("machine: %d cores, %s %s, Java %s%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("os.name"), System.getProperty("os.arch"), System.getProperty("java.version"));
        System.out.printf("document: %d lines, %d characters, %d diagnostics; %d measured rounds of %d edits "
                + "(after %d warm-up rounds); debounce %d ms%n", actualLines, text.length(), first.getDiagnostics().size(),
                rounds, EDITS_PER_ROUND, WARMUP_ROUNDS, debounce);
        System.out.printf("initialize: %.1f ms (JVM start included); open to first diagnostics: %.1f ms%n",
                initializeNanos / 1e6, openNanos / 1e6);
        System.out.println(Percentiles.header());
        results.forEach((name, p) -> System.out.println(p.row(name)));
        System.out.println(lastEditToDiagnostics.row("last edit -> diagnostics"));
    }

    private static ClientCapabilities capabilities() {
        TextDocumentClientCapabilities text = new TextDocumentClientCapabilities();
        DocumentSymbolCapabilities symbols = new DocumentSymbolCapabilities();
        symbols.setHierarchicalDocumentSymbolSupport(true);
        text.setDocumentSymbol(symbols);
        text.setCodeAction(new org.eclipse.lsp4j.CodeActionCapabilities(new org.eclipse.lsp4j.CodeActionLiteralSupportCapabilities(
                new org.eclipse.lsp4j.CodeActionKindCapabilities(List.of("quickfix", "source"))), false));
        ClientCapabilities caps = new ClientCapabilities();
        caps.setTextDocument(text);
        return caps;
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (String arg : args) {
            if (arg.startsWith("--") && arg.contains("=")) {
                options.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
            }
        }
        return options;
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** The client side: records when each version's diagnostics arrive. */
    static final class DiagnosticsWatcher implements LanguageClient {
        private final Map<Integer, Long> arrivals = new ConcurrentHashMap<>();
        private final Map<Integer, PublishDiagnosticsParams> published = new ConcurrentHashMap<>();

        @Override
        public void publishDiagnostics(PublishDiagnosticsParams params) {
            long now = System.nanoTime();
            if (params.getVersion() != null) {
                arrivals.putIfAbsent(params.getVersion(), now);
                published.put(params.getVersion(), params);
            }
            synchronized (this) {
                notifyAll();
            }
        }

        synchronized PublishDiagnosticsParams await(int version) throws InterruptedException {
            long deadline = System.currentTimeMillis() + 60_000;
            while (!published.containsKey(version)) {
                long left = deadline - System.currentTimeMillis();
                if (left <= 0) {
                    throw new IllegalStateException("no diagnostics for version " + version);
                }
                wait(left);
            }
            return published.get(version);
        }

        long arrival(int version) {
            return arrivals.get(version);
        }

        @Override
        public void telemetryEvent(Object object) {
        }

        @Override
        public void showMessage(MessageParams messageParams) {
        }

        @Override
        public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams requestParams) {
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public void logMessage(MessageParams message) {
        }
    }

}
