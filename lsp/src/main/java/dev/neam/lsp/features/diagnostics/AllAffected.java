package dev.neam.lsp.features.diagnostics;

import dev.neam.lsp.documents.DocumentSnapshot;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Several cross-file rules at once: a document affected by any of them is re-checked, once. */
public final class AllAffected implements AffectedDocuments {
    private final List<AffectedDocuments> rules;

    public AllAffected(List<AffectedDocuments> rules) {
        this.rules = List.copyOf(rules);
    }

    @Override
    public List<DocumentSnapshot> affectedBy(DocumentSnapshot analysed, Collection<DocumentSnapshot> open) {
        return union(rule -> rule.affectedBy(analysed, open));
    }

    @Override
    public List<DocumentSnapshot> affectedByFiles(Collection<String> uris, Collection<DocumentSnapshot> open) {
        return union(rule -> rule.affectedByFiles(uris, open));
    }

    private List<DocumentSnapshot> union(Function<AffectedDocuments, List<DocumentSnapshot>> each) {
        Map<String, DocumentSnapshot> byUri = new LinkedHashMap<>();
        for (AffectedDocuments rule : rules) {
            each.apply(rule).forEach(d -> byUri.putIfAbsent(d.uri(), d));
        }
        return List.copyOf(byUri.values());
    }
}
