package dev.neam.lsp.features.semantictokens;

import dev.neam.lsp.features.FeatureRequest;
import dev.neam.parser.semantic.highlight.SemanticToken;
import dev.neam.parser.text.Position;
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
 */
public final class SemanticTokensFeature {
    private final TokenResults results = new TokenResults();
    private final Map<String, List<SemanticToken>> classified = new ConcurrentHashMap<>();
    private final Map<String, ClassifiedVersion> classifiedAt = new ConcurrentHashMap<>();

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
        classified.remove(uri);
        classifiedAt.remove(uri);
    }

    private List<SemanticToken> tokens(FeatureRequest request, CancelChecker cancel) {
        cancel.checkCanceled();
        List<SemanticToken> tokens;
        synchronized (request.workspace()) { // resolving names fills the workspace's caches
            request.workspace().diagnostics(request.file()); // analyses the file now if anything made it stale
            ClassifiedVersion key = new ClassifiedVersion(request.workspace(), request.parse(),
                    request.workspace().analysisCount());
            tokens = classified.get(request.uri());
            if (tokens == null || !key.sameAs(classifiedAt.get(request.uri()))) {
                tokens = request.workspace().semanticTokens(request.file());
                classified.put(request.uri(), tokens);
                classifiedAt.put(request.uri(), key);
            }
        }
        cancel.checkCanceled();
        return tokens;
    }

    /**
     * What a classification was computed from: the same parse with no analysis since means the same
     * names resolve the same way, so a range or delta request right after a full one reuses it.
     */
    private record ClassifiedVersion(Object workspace, Object parse, long analyses) {
        /** By identity: comparing two parses by value would walk both trees. */
        boolean sameAs(ClassifiedVersion other) {
            return other != null && workspace == other.workspace && parse == other.parse && analyses == other.analyses;
        }
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
