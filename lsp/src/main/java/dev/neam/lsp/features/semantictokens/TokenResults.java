package dev.neam.lsp.features.semantictokens;

import dev.neam.parser.semantic.highlight.PackedInts;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The last full result sent for each document, kept so that {@code semanticTokens/full/delta}
 * can answer with an edit. Only the newest result per document is kept: a client always asks
 * relative to the last answer it received.
 */
final class TokenResults {
    record Result(String id, PackedInts tokens) {
    }

    private final Map<String, Result> byUri = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong();

    Result remember(String uri, PackedInts tokens) {
        Result result = new Result(Long.toString(ids.incrementAndGet()), tokens);
        byUri.put(uri, result);
        return result;
    }

    /** The previous result with that id, or null when it is not the one kept. */
    Result previous(String uri, String id) {
        Result r = byUri.get(uri);
        return r != null && r.id().equals(id) ? r : null;
    }

    void forget(String uri) {
        byUri.remove(uri);
    }
}
