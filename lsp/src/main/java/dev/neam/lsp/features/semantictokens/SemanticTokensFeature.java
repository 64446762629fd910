package dev.neam.lsp.features.semantictokens;

import dev.neam.lsp.features.FeatureRequest;
import dev.neam.parser.semantic.highlight.Highlighter;
import dev.neam.parser.semantic.scope.Resolution;
import dev.neam.parser.syntax.ParseResult;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.lsp4j.SemanticTokens;
import org.eclipse.lsp4j.SemanticTokensDelta;
import org.eclipse.lsp4j.jsonrpc.CancelChecker;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

/**
 * {@code textDocument/semanticTokens/full}, {@code /range} and {@code /full/delta}: the
 * highlighter's classification of the document's newest text, encoded for the protocol.
 *
 * <p>Highlighting needs the document's parse and its names resolved, not the checks: it never
 * waits for the analysis of the file. The encoded result is kept per document with the parse and
 * the resolution it came from (compared by identity), so a range or delta request on an unchanged
 * version costs nothing; only the encoded array is kept, not the classified tokens.
 */
public final class SemanticTokensFeature {
    private final TokenResults results = new TokenResults();
    private final Map<String, Encoded> encoded = new ConcurrentHashMap<>();

    /** A document's tokens as sent, and what they were computed from. */
    private record Encoded(ParseResult parse, Resolution resolution, int[] data) {
    }

    public SemanticTokens full(FeatureRequest request, CancelChecker cancel) {
        int[] data = data(request, cancel);
        TokenResults.Result result = results.remember(request.uri(), data);
        return new SemanticTokens(result.id(), boxed(data));
    }

    /** Only the tokens on the lines of {@code range} that overlap it; no result id (ranges are never diffed). */
    public SemanticTokens range(FeatureRequest request, org.eclipse.lsp4j.Range range, CancelChecker cancel) {
        return new SemanticTokens(boxed(EncodedTokens.inside(data(request, cancel), range)));
    }

    /** An edit of the previous result when the client names the one we kept, else a full result. */
    public Either<SemanticTokens, SemanticTokensDelta> delta(FeatureRequest request, String previousId,
                                                             CancelChecker cancel) {
        TokenResults.Result previous = results.previous(request.uri(), previousId);
        int[] data = data(request, cancel);
        TokenResults.Result result = results.remember(request.uri(), data);
        if (previous == null) {
            return Either.forLeft(new SemanticTokens(result.id(), boxed(data)));
        }
        return Either.forRight(new SemanticTokensDelta(TokenDelta.edits(previous.data(), data), result.id()));
    }

    public void forget(String uri) {
        results.forget(uri);
        encoded.remove(uri);
    }

    private int[] data(FeatureRequest request, CancelChecker cancel) {
        cancel.checkCanceled();
        ParseResult parse = request.parse();
        Resolution resolution;
        synchronized (request.workspace()) { // resolving names fills the workspace's caches
            // another thread may have put a newer text in place meanwhile: its names are not this parse's
            boolean current = request.workspace().parse(request.file()) == parse;
            resolution = current ? request.workspace().resolution(request.file()).orElse(null) : null;
        }
        Encoded kept = encoded.get(request.uri());
        if (kept != null && kept.parse() == parse && kept.resolution() == resolution && resolution != null) {
            return kept.data();
        }
        cancel.checkCanceled();
        int[] data = TokenEncoder.encode(Highlighter.highlight(parse.text(), parse.tree(), resolution),
                request.text(), request.positions());
        if (resolution != null) {
            encoded.put(request.uri(), new Encoded(parse, resolution, data));
        }
        return data;
    }

    private static List<Integer> boxed(int[] data) {
        return Arrays.stream(data).boxed().toList();
    }
}
