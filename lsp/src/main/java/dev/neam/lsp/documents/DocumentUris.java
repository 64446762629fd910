package dev.neam.lsp.documents;

import dev.neam.parser.workspace.ProjectFiles;
import dev.neam.parser.workspace.WorkspaceFiles;
import java.net.URI;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** Between document URIs and file paths, and which documents are Neam sources. */
public final class DocumentUris {
    private DocumentUris() {
    }

    /** The file behind a {@code file:} URI; empty for other schemes ({@code untitled:}) or a malformed URI. */
    public static Optional<Path> toPath(String uri) {
        try {
            URI parsed = URI.create(uri);
            if (!"file".equalsIgnoreCase(parsed.getScheme())) {
                return Optional.empty();
            }
            return Optional.of(Path.of(parsed));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The canonical {@code file:} URI of a path (the form the index and diagnostics use). */
    public static String fromPath(Path path) {
        return path.toAbsolutePath().normalize().toUri().toString();
    }

    /**
     * The same URI in the canonical form, so that {@code file:///a%20b} and {@code file:///a b}
     * name one document; other schemes are kept as given.
     */
    public static String normalize(String uri) {
        return toPath(uri).map(DocumentUris::fromPath).orElse(uri);
    }

    /** What to call a document in diagnostics and logs: its path when it is a file, else the URI. */
    public static String displayPath(String uri) {
        return toPath(uri).map(Path::toString).orElse(uri);
    }

    /** Whether the file is a neam.toml or a deploy file (YAML, Dockerfile, compose file), by its path. */
    public static boolean isProjectFile(String uri) {
        return toPath(uri).map(ProjectFiles::isProjectFile).orElse(false);
    }

    public static boolean isNeam(String uri, String languageId) {
        if ("neam".equals(languageId)) {
            return true;
        }
        String lower = uri.toLowerCase(Locale.ROOT);
        int query = lower.indexOf('?');
        return (query < 0 ? lower : lower.substring(0, query)).endsWith(WorkspaceFiles.NEAM_EXTENSION);
    }
}
