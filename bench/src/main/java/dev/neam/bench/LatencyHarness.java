package dev.neam.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;

/**
 * Latency of the real server jar on a large file, generated and then library-style: opens the file, then in each round
 * types a few characters (one edit each, like a person typing), times every {@link RequestType}
 * right after each edit, and times how long the diagnostics of the round's last edit take to
 * arrive (debounce included). The first rounds warm the JIT up and are not counted.
 *
 * <p>Arguments: {@code --jar=PATH --lines=N --rounds=N --debounceMs=N --documents=generated,library-style
 * --profile=DIR} (the last records each server with Java Flight Recorder).
 */
public final class LatencyHarness {
    private static final int WARMUP_ROUNDS = 10;
    private static final int EDITS_PER_ROUND = 3;
    private static final String URI = "file:///tmp/neam-bench/generated.neam";
    /** p95 goals: the requests a person waits for while typing, then everything else. */
    private static final Set<String> TYPING = Set.of("completion", "hover", "definition", "signatureHelp");
    static final double GOAL_TYPING_MS = 10;
    static final double GOAL_OTHER_MS = 50;
    static final double GOAL_DIAGNOSTICS_AFTER_DEBOUNCE_MS = 50;

    public static void main(String[] args) throws Exception {
        Map<String, String> options = BenchSupport.options(args);
        Path jar = Path.of(options.getOrDefault("jar", "lsp/target/neam-lsp.jar"));
        int lines = Integer.parseInt(options.getOrDefault("lines", "5000"));
        int rounds = Integer.parseInt(options.getOrDefault("rounds", "60"));
        int debounce = Integer.parseInt(options.getOrDefault("debounceMs", "200"));
        // --profile=DIR records each server with Java Flight Recorder (jfr print --events jdk.ExecutionSample FILE)
        String profile = options.get("profile");
        String only = options.getOrDefault("documents", "generated,library-style");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("no server jar at " + jar + ": build it first (./mvnw -B package -pl lsp -am)");
        }
        StringBuilder out = new StringBuilder();
        out.append("\nneam-lsp latency harness: ").append(jar).append('\n');
        out.append("machine: ").append(BenchSupport.machine()).append('\n');
        for (String kind : only.split(",")) {
            String text = kind.equals("generated") ? NeamFileGenerator.generate(lines) : LibraryCorpusGenerator.largeFile(lines);
            Map<String, String> environment = profile == null ? Map.of() : Map.of("JAVA_TOOL_OPTIONS",
                    "-XX:StartFlightRecording=filename=" + Path.of(profile, kind + ".jfr").toAbsolutePath() + ",settings=profile");
            out.append(measure(jar, kind, text, rounds, debounce, environment));
        }
        System.out.print(out);
    }

    /** One server, one document: the table of one run. */
    private static String measure(Path jar, String kind, String text, int rounds, int debounce,
                                  Map<String, String> environment) throws Exception {
        int actualLines = NeamFileGenerator.count(text);
        String loadBefore = BenchSupport.loadAverage();
        Map<String, Percentiles> results = new LinkedHashMap<>();
        RequestType.ALL.forEach(r -> results.put(r.name(), new Percentiles()));
        Percentiles lastEditToDiagnostics = new Percentiles();
        long initializeNanos;
        long openNanos;
        PublishDiagnosticsParams first;
        try (ServerSession session = ServerSession.start(List.of(BenchSupport.java(), "-jar", jar.toString()), environment,
                Map.of("debounceMs", debounce))) {
            LanguageServer server = session.server;
            DiagnosticsWatcher diagnostics = session.client;
            initializeNanos = session.initializeNanos;
            TextDocumentIdentifier document = new TextDocumentIdentifier(URI);
            long openStarted = System.nanoTime();
            server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(URI, "neam", 1, text)));
            first = diagnostics.await(1);
            openNanos = System.nanoTime() - openStarted;

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
        }

        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%n%s document: %d lines, %d characters, %d diagnostics; %d measured rounds of %d edits "
                        + "(after %d warm-up rounds); debounce %d ms; load average before %s, after %s%n", kind, actualLines,
                text.length(), first.getDiagnostics().size(), rounds, EDITS_PER_ROUND, WARMUP_ROUNDS, debounce, loadBefore,
                BenchSupport.loadAverage()));
        out.append(String.format(Locale.ROOT, "initialize: %.1f ms (JVM start included); open to first diagnostics: %.1f ms%n",
                initializeNanos / 1e6, openNanos / 1e6));
        out.append(Percentiles.header()).append("   goal (p95)\n");
        results.forEach((name, p) -> {
            double goal = TYPING.contains(name) ? GOAL_TYPING_MS : GOAL_OTHER_MS;
            out.append(p.row(name)).append(String.format(Locale.ROOT, "   <= %.0f: %s%n", goal,
                    BenchSupport.verdict(p.percentile(95) <= goal)));
        });
        double goal = debounce + GOAL_DIAGNOSTICS_AFTER_DEBOUNCE_MS;
        out.append(lastEditToDiagnostics.row("last edit -> diagnostics")).append(String.format(Locale.ROOT,
                "   <= %.0f: %s%n", goal, BenchSupport.verdict(lastEditToDiagnostics.percentile(95) <= goal)));
        return out.toString();
    }

    /** The client side: records when each version's diagnostics arrive. */
    static final class DiagnosticsWatcher implements LanguageClient {
        private final Map<Integer, Long> arrivals = new ConcurrentHashMap<>();
        private final Map<Integer, PublishDiagnosticsParams> published = new ConcurrentHashMap<>();
        private final Map<String, PublishDiagnosticsParams> byUri = new ConcurrentHashMap<>();

        @Override
        public void publishDiagnostics(PublishDiagnosticsParams params) {
            long now = System.nanoTime();
            if (params.getVersion() != null) {
                arrivals.putIfAbsent(params.getVersion(), now);
                published.put(params.getVersion(), params);
            }
            byUri.put(params.getUri(), params);
            synchronized (this) {
                notifyAll();
            }
        }

        synchronized PublishDiagnosticsParams await(int version) throws InterruptedException {
            return await(() -> published.get(version), "version " + version);
        }

        /** The first diagnostics published for {@code uri}. */
        synchronized PublishDiagnosticsParams await(String uri) throws InterruptedException {
            return await(() -> byUri.get(uri), uri);
        }

        private synchronized PublishDiagnosticsParams await(Supplier<PublishDiagnosticsParams> published, String what)
                throws InterruptedException {
            long deadline = System.currentTimeMillis() + 120_000;
            PublishDiagnosticsParams found;
            while ((found = published.get()) == null) {
                long left = deadline - System.currentTimeMillis();
                if (left <= 0) {
                    throw new IllegalStateException("no diagnostics for " + what);
                }
                wait(left);
            }
            return found;
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
