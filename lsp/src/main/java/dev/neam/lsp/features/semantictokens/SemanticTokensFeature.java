package dev.neam.lsp.features.semantictokens;

import dev.neam.lsp.features.FeatureRequest;
import dev.neam.parser.semantic.highlight.IncrementalHighlighter;
import dev.neam.parser.semantic.highlight.PackedInts;
import dev.neam.parser.semantic.highlight.SemanticToken;
import dev.neam.parser.semantic.scope.FileScope;
import dev.neam.parser.semantic.scope.Resolution;
import dev.neam.parser.syntax.ParseResult;
import java.lang.ref.WeakReference;
import java.util.AbstractList;
import java.util.LinkedHashMap;
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
 * waits for the analysis of the file, nor resolves the names of the whole file after an edit when
 * they were not resolved yet (only those of the items the edit touched, see
 * {@link IncrementalHighlighter}). The encoded result is kept per document with the parse and
 * the resolution it came from (compared by identity), or with the kinds the file's top-level names
 * resolved to when only its scope was at hand, so a range or delta request on an unchanged
 * version costs little; only the encoded array is kept, not the classified tokens. A new version
 * is classified by the document's {@link IncrementalHighlighter}: only the top-level items an edit
 * touched (and those whose names now resolve differently) are classified again.
 */
public final class SemanticTokensFeature {
    private final TokenResults results = new TokenResults();
    private final Map<String, Encoded> encoded = new ConcurrentHashMap<>();
    /**
     * The incremental state (each item's tokens again, by part) of the document highlighted last
     * only: a person types in one document at a time, and every other open document would hold a
     * second copy of its tokens for nothing (with 40 documents open that copy took the heap per
     * document over 100 KB). A document that lost it is classified whole once, at its next edit,
     * and incrementally again from then on.
     */
    private final Map<String, IncrementalHighlighter> highlighters = new LinkedHashMap<>(4, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, IncrementalHighlighter> eldest) {
            return size() > INCREMENTAL_DOCUMENTS;
        }
    };
    private static final int INCREMENTAL_DOCUMENTS = 1;

    /**
     * A document's tokens as sent, and what they were computed from (weakly: an old version's tree
     * is not kept alive for this).
     */
    private record Encoded(WeakReference<ParseResult> parse, WeakReference<Resolution> resolution, Map<String, String> kinds,
                           PackedInts tokens) {
        /** Whether these tokens came from this parse with these names resolved. */
        boolean from(ParseResult p, Resolution r) {
            return parse.get() == p && r != null && resolution.get() == r;
        }

        /** Whether these tokens came from this parse whose top-level names resolved to these kinds. */
        boolean from(ParseResult p, FileScope scope) {
            return parse.get() == p && scope != null && kinds != null && kinds.equals(scope.kinds());
        }
    }

    public SemanticTokens full(FeatureRequest request, CancelChecker cancel) {
        PackedInts tokens = tokens(request, cancel);
        TokenResults.Result result = results.remember(request.uri(), tokens);
        return new SemanticTokens(result.id(), boxed(tokens.data()));
    }

    /** Only the tokens on the lines of {@code range} that overlap it; no result id (ranges are never diffed). */
    public SemanticTokens range(FeatureRequest request, org.eclipse.lsp4j.Range range, CancelChecker cancel) {
        return new SemanticTokens(boxed(EncodedTokens.inside(tokens(request, cancel).data(), range)));
    }

    /** An edit of the previous result when the client names the one we kept, else a full result. */
    public Either<SemanticTokens, SemanticTokensDelta> delta(FeatureRequest request, String previousId,
                                                             CancelChecker cancel) {
        TokenResults.Result previous = results.previous(request.uri(), previousId);
        PackedInts tokens = tokens(request, cancel);
        TokenResults.Result result = results.remember(request.uri(), tokens);
        int[] data = tokens.data();
        if (previous == null) {
            return Either.forLeft(new SemanticTokens(result.id(), boxed(data)));
        }
        return Either.forRight(new SemanticTokensDelta(TokenDelta.edits(previous.tokens().data(), data), result.id()));
    }

    public void forget(String uri) {
        results.forget(uri);
        encoded.remove(uri);
        synchronized (highlighters) {
            highlighters.remove(uri);
        }
    }

    private PackedInts tokens(FeatureRequest request, CancelChecker cancel) {
        cancel.checkCanceled();
        ParseResult parse = request.parse();
        Resolution resolution = null;
        FileScope scope = null;
        synchronized (request.workspace()) { // the file's scope reads (and fills) the workspace's caches
            ParseResult current = request.workspace().parse(request.file());
            if (current != parse && current != null && current.text().text().equals(parse.text().text())) {
                // the same text parsed again by another thread meanwhile: its names are this text's, and
                // without them the references would go unpainted in this answer
                parse = current;
            }
            // another thread may have put a newer text in place meanwhile: its names are not this parse's
            if (current == parse) {
                resolution = request.workspace().keptResolution(request.file()).orElse(null);
                scope = resolution != null ? null : request.workspace().fileScope(request.file()).orElse(null);
            }
        }
        Encoded kept = encoded.get(request.uri());
        if (kept != null && (kept.from(parse, resolution) || kept.from(parse, scope))) {
            return kept.tokens();
        }
        cancel.checkCanceled();
        IncrementalHighlighter highlighter;
        synchronized (highlighters) {
            highlighter = highlighters.computeIfAbsent(request.uri(), uri -> new IncrementalHighlighter());
        }
        // after an edit the names are usually not resolved yet: only those of the items it touched are
        List<SemanticToken> highlighted = scope != null ? highlighter.highlight(parse, scope) : highlighter.highlight(parse, resolution);
        PackedInts tokens = new PackedInts(TokenEncoder.encode(highlighted, request.text(), request.positions()));
        if (resolution != null || scope != null) {
            // kept with what tells whether the names still resolve alike: the resolution itself, or
            // the kinds of the top-level names (another file's change may alter either)
            encoded.put(request.uri(), new Encoded(new WeakReference<>(parse), new WeakReference<>(resolution),
                    scope == null ? null : scope.kinds(), tokens));
        }
        return tokens;
    }

    /** The ints as the list LSP4J sends, boxed one at a time as they are written (no copy of the whole array). */
    private static List<Integer> boxed(int[] data) {
        return new AbstractList<>() {
            @Override
            public Integer get(int index) {
                return data[index];
            }

            @Override
            public int size() {
                return data.length;
            }
        };
    }
}
