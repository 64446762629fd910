package dev.neam.lsp.documents;

import dev.neam.parser.syntax.NeamSyntax;
import dev.neam.parser.syntax.ParseResult;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The syntax tree of each open document's newest snapshot, parsed at most once per version, for the
 * features that read the tree (symbols, folding, selection).
 */
public final class ParsedDocuments {
    private record Entry(DocumentSnapshot snapshot, ParseResult parse) {
    }

    private final Map<String, Entry> cache = new ConcurrentHashMap<>();

    public ParseResult parse(DocumentSnapshot snapshot) {
        Entry entry = cache.get(snapshot.uri());
        if (entry != null && entry.snapshot() == snapshot) {
            return entry.parse();
        }
        ParseResult parse = NeamSyntax.parse(snapshot.content());
        cache.put(snapshot.uri(), new Entry(snapshot, parse));
        return parse;
    }

    public void forget(String uri) {
        cache.remove(uri);
    }
}
