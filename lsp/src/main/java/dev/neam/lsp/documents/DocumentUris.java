package dev.neam.lsp.documents;

import dev.neam.parser.deploy.DeployFiles;
import dev.neam.parser.manifest.FileLookup;
import dev.neam.parser.workspace.ProjectRoots;
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

    /**
     * Whether a document is a Neam source: a {@code .neam} file, or a document the client calls
     * {@code neam} whose name does not make it a manifest or a deploy file (the path wins).
     */
    public static boolean isNeam(String uri, String languageId) {
        String lower = uri.toLowerCase(Locale.ROOT);
        int query = lower.indexOf('?');
        String path = query < 0 ? lower : lower.substring(0, query);
        if (path.endsWith(WorkspaceFiles.NEAM_EXTENSION)) {
            return true;
        }
        String name = path.substring(path.lastIndexOf('/') + 1);
        return "neam".equals(languageId) && !name.equals(ProjectRoots.MANIFEST)
                && DeployFiles.classifyByName(name, FileLookup.NONE) == null;
    }
}
