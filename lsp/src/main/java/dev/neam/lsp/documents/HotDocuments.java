package dev.neam.lsp.documents;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.IntSupplier;

/**
 * The open documents used last (opened, edited or asked about), at most a configured number of
 * them: only these keep what is cached for them (tree, highlighting, formatting). When a document
 * falls out, {@code cooled} drops its caches; its text and findings stay, and the next request on
 * it computes again what it needs and makes it hot again.
 *
 * <p>Keyed by the URI a document was opened with ({@link DocumentSnapshot#uri()}), as the caches are.
 */
public final class HotDocuments {
    private final LinkedHashSet<String> order = new LinkedHashSet<>();
    private final IntSupplier limit;
    private final Consumer<String> cooled;

    public HotDocuments(IntSupplier limit, Consumer<String> cooled) {
        this.limit = limit;
        this.cooled = cooled;
    }

    /** A document was used: it becomes the most recent, and the ones beyond the limit cool down. */
    public void used(String uri) {
        List<String> out = new ArrayList<>();
        synchronized (order) {
            order.remove(uri);
            order.add(uri);
            int keep = Math.max(1, limit.getAsInt());
            Iterator<String> eldest = order.iterator();
            while (order.size() > keep && eldest.hasNext()) {
                out.add(eldest.next());
                eldest.remove();
            }
        }
        out.forEach(cooled); // outside the lock: dropping caches takes their own locks
    }

    /** A closed document is no longer counted. */
    public void forget(String uri) {
        synchronized (order) {
            order.remove(uri);
        }
    }

    public boolean isHot(String uri) {
        synchronized (order) {
            return order.contains(uri);
        }
    }

    /** The hot documents, least recently used first. */
    public List<String> uris() {
        synchronized (order) {
            return List.copyOf(order);
        }
    }
}
