package dev.neam.lsp.features.diagnostics;

import dev.neam.lsp.documents.DocumentSnapshot;
import java.util.Collection;
import java.util.List;

/**
 * The hook for cross-file checks: which other open documents may have different diagnostics after
 * one document was analysed, or after files changed on disk. Their diagnostics are re-published
 * (push) or the client is asked to pull again (pull).
 */
public interface AffectedDocuments {

    /** Open documents (other than {@code analysed}) whose diagnostics may change because of it. */
    List<DocumentSnapshot> affectedBy(DocumentSnapshot analysed, Collection<DocumentSnapshot> open);

    /** Open documents whose diagnostics may change because the files at {@code uris} changed on disk. */
    List<DocumentSnapshot> affectedByFiles(Collection<String> uris, Collection<DocumentSnapshot> open);
}
