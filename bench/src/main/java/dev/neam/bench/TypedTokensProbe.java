package dev.neam.bench;

import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.FoldingRangeRequestParams;
import org.eclipse.lsp4j.SemanticTokensDeltaParams;
import org.eclipse.lsp4j.SemanticTokensParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.services.TextDocumentService;

/**
 * Semantic tokens (or completion) right after a keystroke, many times: the real server in this JVM
 * ({@link InProcessServer}) with a 5,000-line document open; each round types a character into a
 * comment line in the middle, awaits the new version's parse (a folding request) and times one
 * {@code semanticTokens/full} or {@code /full/delta} request (against the previous answer), or a
 * completion request at the document's request position. Prints
 * p50 and p95 of the second half of the rounds (the first half warms the JIT up). Short enough to
 * run under Java Flight Recorder to see what a keystroke costs the request.
 *
 * <p>Arguments: {@code --document=library-style|generated --rounds=N --request=full|delta|completion}.
 */
public final class TypedTokensProbe {
    private TypedTokensProbe() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = BenchSupport.options(args);
        String document = options.getOrDefault("document", Corpus.LIBRARY);
        int rounds = Integer.parseInt(options.getOrDefault("rounds", "300"));
        String request = options.getOrDefault("request", "full");
        boolean delta = request.equals("delta");
        RequestDocument text = RequestDocument.named(document);
        InProcessServer server = InProcessServer.open(RequestDocument.URI, text.text(), 10_000);
        TextDocumentIdentifier id = new TextDocumentIdentifier(RequestDocument.URI);
        TextDocumentService documents = server.server.getTextDocumentService();
        String loadBefore = BenchSupport.loadAverage();
        double[] ms = new double[rounds];
        String previous = null;
        for (int i = 0; i < rounds; i++) {
            server.type(text.typing(), "x");
            documents.foldingRange(new FoldingRangeRequestParams(id)).get(60, TimeUnit.SECONDS);
            long start = System.nanoTime();
            if (request.equals("completion")) {
                documents.completion(new CompletionParams(id, text.at())).get(60, TimeUnit.SECONDS);
            } else if (delta && previous != null) {
                var answer = documents.semanticTokensFullDelta(new SemanticTokensDeltaParams(id, previous)).get(60, TimeUnit.SECONDS);
                previous = answer.isLeft() ? answer.getLeft().getResultId() : answer.getRight().getResultId();
            } else {
                previous = documents.semanticTokensFull(new SemanticTokensParams(id)).get(60, TimeUnit.SECONDS).getResultId();
            }
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        double[] measured = Arrays.copyOfRange(ms, rounds / 2, rounds);
        Arrays.sort(measured);
        System.out.printf("%s, %d lines, %s after a keystroke: p50 %.1f ms, p95 %.1f ms (%d rounds measured);"
                        + " load average before %s, after %s%n", document, text.lines(), request.equals("completion") ? "completion" : delta ? "semanticTokens/full/delta" : "semanticTokens/full",
                measured[measured.length / 2], measured[(int) (measured.length * 0.95)], measured.length, loadBefore,
                BenchSupport.loadAverage());
        System.exit(0);
    }
}
