package dev.neam.lsp.features.diagnostics;

import dev.neam.lsp.documents.DocumentSnapshot;
import dev.neam.lsp.documents.DocumentUris;
import dev.neam.parser.workspace.FileRole;
import dev.neam.parser.workspace.ProjectRoots;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * A project's manifest and deploy files are analysed together, so a change to one may change the
 * findings of the others (a deployment's replicas against neam.toml's, DEPLOY9xxx): after one is
 * analysed, the other open ones of its project are checked again. A manifest whose
 * {@code [tool.neam-lsp]} rules changed also re-checks the project's open Neam documents: at once
 * when its text changes ({@link #neamDocumentsOfProject}), and when it changes on disk.
 */
public final class ProjectFilesAffected implements AffectedDocuments {
    private final DiagnosticsEngine engine;

    public ProjectFilesAffected(DiagnosticsEngine engine) {
        this.engine = engine;
    }

    @Override
    public List<DocumentSnapshot> affectedBy(DocumentSnapshot analysed, Collection<DocumentSnapshot> open) {
        FileRole role = engine.role(analysed.uri(), analysed.languageId());
        if (role != FileRole.MANIFEST && role != FileRole.DEPLOY) {
            return List.of();
        }
        Optional<Path> root = engine.projectRoot(analysed.uri());
        if (root.isEmpty()) {
            return List.of();
        }
        return open.stream().filter(d -> !d.uri().equals(analysed.uri()) && inProject(d, root.get(), false)).toList();
    }

    /** The open Neam documents of the project a file belongs to (its configuration changed). */
    public List<DocumentSnapshot> neamDocumentsOfProject(String uri, Collection<DocumentSnapshot> open) {
        Optional<Path> root = engine.projectRoot(uri);
        if (root.isEmpty()) {
            return List.of();
        }
        return open.stream().filter(d -> engine.role(d.uri(), d.languageId()) == FileRole.NEAM
                && engine.projectRoot(d.uri()).filter(root.get()::equals).isPresent()).toList();
    }

    @Override
    public List<DocumentSnapshot> affectedByFiles(Collection<String> uris, Collection<DocumentSnapshot> open) {
        List<Path> roots = uris.stream().map(engine::projectRoot).flatMap(Optional::stream).distinct().toList();
        boolean manifestChanged = uris.stream().map(DocumentUris::toPath).flatMap(Optional::stream)
                .anyMatch(p -> String.valueOf(p.getFileName()).equals(ProjectRoots.MANIFEST));
        return open.stream().filter(d -> !uris.contains(d.uri())
                && roots.stream().anyMatch(root -> inProject(d, root, manifestChanged))).toList();
    }

    /** Whether an open document is a manifest or deploy file (or, with {@code neamToo}, a Neam file) of the project. */
    private boolean inProject(DocumentSnapshot document, Path root, boolean neamToo) {
        FileRole role = engine.role(document.uri(), document.languageId());
        boolean wanted = role == FileRole.MANIFEST || role == FileRole.DEPLOY || (neamToo && role == FileRole.NEAM);
        return wanted && engine.projectRoot(document.uri()).filter(root::equals).isPresent();
    }
}
