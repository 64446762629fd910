package dev.neam.lsp.features.semantictokens;

import dev.neam.lsp.features.FeatureRequest;
import dev.neam.parser.semantic.highlight.SemanticToken;
import dev.neam.parser.text.Position;
import java.util.Arrays;
import java.util.List;
import org.eclipse.lsp4j.SemanticTokens;
import org.eclipse.lsp4j.SemanticTokensDelta;
import org.eclipse.lsp4j.jsonrpc.CancelChecker;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

/**
 * {@code textDocument/semanticTokens/full}, {@code /range} and {@code /full/delta}: the
 * highlighter's classification of the document's newest text, encoded for the protocol.
 */
public final class SemanticTokensFeature {
    private final TokenResults results = new TokenResults();

    public SemanticTokens full(FeatureRequest request, CancelChecker cancel) {
        int[] data = encode(request, tokens(request, cancel));
        TokenResults.Result result = results.remember(request.uri(), data);
        return new SemanticTokens(result.id(), boxed(data));
    }

    /** Only the tokens on the lines of {@code range} that overlap it; no result id (ranges are never diffed). */
    public SemanticTokens range(FeatureRequest request, org.eclipse.lsp4j.Range range, CancelChecker cancel) {
        Position from = request.position(range.getStart());
        Position to = request.position(range.getEnd());
        List<SemanticToken> inside = tokens(request, cancel).stream()
                .filter(t -> overlaps(t, from, to))
                .toList();
        return new SemanticTokens(boxed(encode(request, inside)));
    }

    /** An edit of the previous result when the client names the one we kept, else a full result. */
    public Either<SemanticTokens, SemanticTokensDelta> delta(FeatureRequest request, String previousId,
                                                             CancelChecker cancel) {
        TokenResults.Result previous = results.previous(request.uri(), previousId);
        int[] data = encode(request, tokens(request, cancel));
        TokenResults.Result result = results.remember(request.uri(), data);
        if (previous == null) {
            return Either.forLeft(new SemanticTokens(result.id(), boxed(data)));
        }
        return Either.forRight(new SemanticTokensDelta(TokenDelta.edits(previous.data(), data), result.id()));
    }

    public void forget(String uri) {
        results.forget(uri);
    }

    private static List<SemanticToken> tokens(FeatureRequest request, CancelChecker cancel) {
        cancel.checkCanceled();
        List<SemanticToken> tokens;
        synchronized (request.workspace()) { // resolving names fills the workspace's caches
            tokens = request.workspace().semanticTokens(request.file());
        }
        cancel.checkCanceled();
        return tokens;
    }

    private static int[] encode(FeatureRequest request, List<SemanticToken> tokens) {
        return TokenEncoder.encode(tokens, request.text(), request.positions());
    }

    private static boolean overlaps(SemanticToken t, Position from, Position to) {
        Position start = new Position(t.line(), t.start());
        Position end = new Position(t.line(), t.start() + t.length());
        return end.compareTo(from) > 0 && start.compareTo(to) < 0;
    }

    private static List<Integer> boxed(int[] data) {
        return Arrays.stream(data).boxed().toList();
    }
}
