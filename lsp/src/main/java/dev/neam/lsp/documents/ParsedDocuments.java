package dev.neam.lsp.documents;

import dev.neam.parser.syntax.NeamSyntax;
import dev.neam.parser.syntax.ParseResult;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The syntax tree of each open document's newest snapshot, parsed at most once per version, for the
 * features that read the tree (symbols, folding, selection). A document of a project is parsed by
 * the analysis workspace ({@code shared}), so an edit costs one parse, not one per consumer; other
 * documents (untitled buffers) are parsed here. Only the documents {@code kept} accepts (the hot
 * ones) keep their tree here.
 */
public final class ParsedDocuments {
    private record Entry(DocumentSnapshot snapshot, ParseResult parse) {
    }

    private final Map<String, Entry> cache = new ConcurrentHashMap<>();
    private final Function<DocumentSnapshot, Optional<ParseResult>> shared;
    private final Predicate<String> kept;

    public ParsedDocuments(Function<DocumentSnapshot, Optional<ParseResult>> shared, Predicate<String> kept) {
        this.shared = shared;
        this.kept = kept;
    }

    public ParsedDocuments() {
        this(snapshot -> Optional.empty(), uri -> true);
    }

    public ParseResult parse(DocumentSnapshot snapshot) {
        Entry entry = cache.get(snapshot.uri());
        if (entry != null && entry.snapshot() == snapshot) {
            return entry.parse();
        }
        ParseResult parse = shared.apply(snapshot).orElseGet(() -> NeamSyntax.parse(snapshot.content()));
        if (kept.test(snapshot.uri())) {
            cache.put(snapshot.uri(), new Entry(snapshot, parse));
        } else {
            cache.remove(snapshot.uri(), entry);
        }
        return parse;
    }

    public void forget(String uri) {
        cache.remove(uri);
    }
}
