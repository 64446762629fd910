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
 * <p>Documents are keyed by their canonical URI ({@link DocumentUris#normalize}): one file opened or
 * asked about under two spellings ({@code %3A} or {@code :}, {@code ..} segments) is one document,
 * which keeps the spelling it was opened with for everything sent back.
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
            open.put(key(uri), snapshot);
        }
        return snapshot;
    }

    /** Applies a {@code didChange}; empty when the document is not open (the change is ignored). */
    public Optional<DocumentSnapshot> change(String uri, int version, List<TextDocumentContentChangeEvent> changes) {
        synchronized (lock) {
            DocumentSnapshot current = open.get(key(uri));
            if (current == null) {
                return Optional.empty();
            }
            SourceText text = TextChanges.apply(current.text(), changes, positions);
            DocumentSnapshot next = new DocumentSnapshot(current.uri(), current.languageId(), version, text);
            open.put(key(uri), next);
            return Optional.of(next);
        }
    }

    public Optional<DocumentSnapshot> close(String uri) {
        synchronized (lock) {
            return Optional.ofNullable(open.remove(key(uri)));
        }
    }

    public Optional<DocumentSnapshot> get(String uri) {
        synchronized (lock) {
            return Optional.ofNullable(open.get(key(uri)));
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
            if (open.get(key(snapshot.uri())) != snapshot) {
                return false;
            }
            action.run();
            return true;
        }
    }

    private static String key(String uri) {
        return DocumentUris.normalize(uri);
    }

    public void forEach(Consumer<DocumentSnapshot> action) {
        all().forEach(action);
    }
}
