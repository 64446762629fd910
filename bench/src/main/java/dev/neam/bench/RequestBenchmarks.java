package dev.neam.bench;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.FoldingRangeRequestParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Each kind of request ({@link RequestType#ALL}: completion, hover, definition, signature help,
 * semantic tokens full and delta, document symbols, folding, formatting, references, rename,
 * selection range, highlights, code actions) on a 5,000-line document, answered by the real server
 * in this JVM ({@link InProcessServer}): the request goes through the text document service and the
 * request runner's thread, the benchmark waits for the answer.
 *
 * <p>Two states of the document ({@code version}):
 * <ul>
 *   <li>{@code unchanged}: the same version again and again, what a request costs once the server
 *   has everything for the version; requests that keep results per version (semantic tokens,
 *   formatting's edits) answer from what they kept;</li>
 *   <li>{@code typed}: before each request, outside the timing, a character is typed into a comment
 *   line in the middle of the file and the server's parse of the new version is awaited (a folding
 *   request waits for it); the request then pays for everything else a keystroke invalidates
 *   (name resolution, checks, kept results), as the first request of its kind after an edit does.
 *   The re-parse itself and the time from a keystroke to an answer over stdio are the latency
 *   harness's ({@link LatencyHarness}). The bytes allocated per request do include the re-parse:
 *   JMH's GC profiler counts every allocation of an iteration, set-up included (compare with the
 *   code actions, which allocate almost nothing themselves).</li>
 * </ul>
 * The diagnostics wait 10 s after an edit, so that no analysis for diagnostics runs beside the
 * timed requests.
 *
 * <p>The request benchmarks run in the JVM that runs JMH ({@code @Fork(0)}), one server per document
 * for all of them: opening and analysing the document once instead of once per kind and state
 * keeps the run to minutes, and the server's code is compiled by the JIT for every kind of request
 * at once, as in an editor's session. Warm-up iterations absorb the switch from one benchmark to the
 * next (the first request after a {@code typed} benchmark pays for the last keystroke).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(0)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
public class RequestBenchmarks {
    static final String UNCHANGED = "unchanged";
    static final String TYPED = "typed";
    private static final int DEBOUNCE_MS = 10_000;
    private static final Map<String, InProcessServer> SERVERS = new ConcurrentHashMap<>();

    @Param({Corpus.LIBRARY, Corpus.GENERATED})
    public String document;

    @Param({UNCHANGED, TYPED})
    public String version;

    @Param({"completion", "hover", "definition", "signatureHelp", "semanticTokens/full", "semanticTokens/delta",
            "documentSymbol", "foldingRange", "formatting", "references", "rename", "selectionRange", "documentHighlight",
            "codeAction"})
    public String kind;

    private InProcessServer server;
    private RequestDocument text;
    private RequestType request;
    private final TextDocumentIdentifier id = new TextDocumentIdentifier(RequestDocument.URI);

    @Setup(Level.Trial)
    public void open() throws Exception {
        request = RequestType.ALL.stream().filter(r -> r.name().equals(kind)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no request kind " + kind));
        text = RequestDocument.named(document);
        server = SERVERS.computeIfAbsent(document, d -> InProcessServer.open(RequestDocument.URI, text.text(), DEBOUNCE_MS));
    }

    @Setup(Level.Invocation)
    public void typeWhenAsked() throws Exception {
        if (version.equals(TYPED)) {
            server.type(text.typing(), "x");
            server.server.getTextDocumentService().foldingRange(new FoldingRangeRequestParams(id)).get(60, TimeUnit.SECONDS);
        }
    }

    @Benchmark
    public Object request() throws Exception {
        return request.sender().send(server.server, id, text.at()).get(60, TimeUnit.SECONDS);
    }
}
