package dev.neam.lsp.documents;

import dev.neam.parser.text.SourceText;

/**
 * One version of an open document, immutable: work started on a snapshot can always tell whether
 * the document has moved on since (compare {@link #version()}).
 */
public record DocumentSnapshot(String uri, String languageId, int version, SourceText text) {

    public String content() {
        return text.text();
    }

    /** Whether the Neam analysis applies (the client also sends neam.toml and deploy files). */
    public boolean isNeam() {
        return DocumentUris.isNeam(uri, languageId);
    }

    /**
     * Whether the document gets diagnostics: a Neam source, or a neam.toml or deploy file recognised
     * by its path (clients open those as {@code toml}, {@code yaml}, {@code dockerfile}…).
     */
    public boolean isChecked() {
        return isNeam() || DocumentUris.isProjectFile(uri);
    }
}
