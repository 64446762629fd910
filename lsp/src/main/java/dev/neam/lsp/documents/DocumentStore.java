package dev.neam.lsp.documents;

import dev.neam.lsp.protocol.PositionConverter;
import dev.neam.parser.text.SourceText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;

/**
 * The documents the client has open, each as its newest {@link DocumentSnapshot}. Updates come from
 * the protocol thread in the order the client sent them, so no edit is lost or reordered.
 *
 * <p>{@link #whileCurrent} runs an action only if a snapshot is still the newest, holding the same
 * lock as the updates: a result computed for an old version can never be published after a newer
 * version has arrived.
 */
public final class DocumentStore {
    private final Object lock = new Object();
    private final Map<String, DocumentSnapshot> open = new LinkedHashMap<>();
    private final PositionConverter positions;

    public DocumentStore(PositionConverter positions) {
        this.positions = positions;
    }

    public DocumentSnapshot open(String uri, String languageId, int version, String text) {
        DocumentSnapshot snapshot = new DocumentSnapshot(uri, languageId, version, new SourceText(text));
        synchronized (lock) {
            open.put(uri, snapshot);
        }
        return snapshot;
    }

    /** Applies a {@code didChange}; empty when the document is not open (the change is ignored). */
    public Optional<DocumentSnapshot> change(String uri, int version, List<TextDocumentContentChangeEvent> changes) {
        synchronized (lock) {
            DocumentSnapshot current = open.get(uri);
            if (current == null) {
                return Optional.empty();
            }
            SourceText text = TextChanges.apply(current.text(), changes, positions);
            DocumentSnapshot next = new DocumentSnapshot(uri, current.languageId(), version, text);
            open.put(uri, next);
            return Optional.of(next);
        }
    }

    public Optional<DocumentSnapshot> close(String uri) {
        synchronized (lock) {
            return Optional.ofNullable(open.remove(uri));
        }
    }

    public Optional<DocumentSnapshot> get(String uri) {
        synchronized (lock) {
            return Optional.ofNullable(open.get(uri));
        }
    }

    public List<DocumentSnapshot> all() {
        synchronized (lock) {
            return new ArrayList<>(open.values());
        }
    }

    /** Runs {@code action} if {@code snapshot} is still the newest version; says whether it ran. */
    public boolean whileCurrent(DocumentSnapshot snapshot, Runnable action) {
        synchronized (lock) {
            if (open.get(snapshot.uri()) != snapshot) {
                return false;
            }
            action.run();
            return true;
        }
    }

    public void forEach(Consumer<DocumentSnapshot> action) {
        all().forEach(action);
    }
}
