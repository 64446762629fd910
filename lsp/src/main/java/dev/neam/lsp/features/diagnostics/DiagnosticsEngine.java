package dev.neam.lsp.features.diagnostics;

import dev.neam.lsp.documents.DocumentUris;
import dev.neam.lsp.settings.ServerSettings;
import dev.neam.parser.diagnostic.Diagnostic;
import dev.neam.parser.syntax.ParseResult;
import dev.neam.parser.workspace.Analyzer;
import dev.neam.parser.workspace.Document;
import dev.neam.parser.workspace.FileDiagnostics;
import dev.neam.parser.workspace.Project;
import dev.neam.parser.workspace.ProjectAnalyzer;
import dev.neam.parser.workspace.ProjectFile;
import dev.neam.parser.workspace.ProjectFiles;
import dev.neam.parser.workspace.ProjectOptions;
import dev.neam.parser.workspace.ProjectRoots;
import dev.neam.parser.workspace.Workspace;
import dev.neam.parser.workspace.WorkspaceFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Diagnostics of Neam documents through the parser's incremental {@link Workspace} (the analysis
 * `lint` also uses), so that imports resolve across the files of a project. The first time a
 * project is met, its `.neam` files are read from disk; open documents then replace their file's
 * text. Results are filtered by the categories the settings enable.
 */
public final class DiagnosticsEngine {
    private record Configured(ServerSettings settings, Workspace workspace, Set<Path> loadedProjects,
                              int generation) {
    }

    /**
     * What a request feature (completion, hover, navigation…) reads: the workspace of the
     * document's project, holding the document's newest text under {@code file}.
     */
    public record Model(Workspace workspace, Path file, ServerSettings settings, ParseResult parse) {
    }

    /** How many neighbours of a file outside any project are read, at most. */
    private static final int LOOSE_FILES_LIMIT = 500;

    private volatile Configured configured = configure(ServerSettings.DEFAULT, 0);

    public void configure(ServerSettings settings) {
        configured = configure(settings, configured.generation() + 1);
    }

    private static Configured configure(ServerSettings settings, int generation) {
        return new Configured(settings, new Workspace(settings.analysisOptions()), ConcurrentHashMap.newKeySet(),
                generation);
    }

    public ServerSettings settings() {
        return configured.settings();
    }

    /** Changes whenever the settings change, so cached results (pull result ids) can tell. */
    public int generation() {
        return configured.generation();
    }

    public List<Diagnostic> diagnose(String uri, String text) {
        Configured c = configured;
        Optional<Path> file = DocumentUris.toPath(uri);
        List<Diagnostic> all;
        if (file.isPresent() && !file.get().toString().endsWith(WorkspaceFiles.NEAM_EXTENSION)) {
            all = projectFile(file.get().toAbsolutePath().normalize(), text);
        } else if (file.isPresent()) {
            Path path = file.get().toAbsolutePath().normalize();
            sync(c, path, uri, text);
            all = c.workspace().diagnostics(path);
        } else {
            // An untitled buffer: analysed on its own.
            all = new Analyzer(c.settings().analysisOptions())
                    .analyze(List.of(new Document(DocumentUris.displayPath(uri), text))).get(0).diagnostics();
        }
        return all.stream().filter(d -> c.settings().reports(d.category())).toList();
    }

    /**
     * The model for a request on a Neam document with this (newest) text; empty for documents that
     * are not Neam files on disk (untitled buffers, neam.toml…).
     */
    public Optional<Model> model(String uri, String text) {
        Configured c = configured;
        Optional<Path> file = DocumentUris.toPath(uri);
        if (file.isEmpty() || !file.get().toString().endsWith(WorkspaceFiles.NEAM_EXTENSION)) {
            return Optional.empty();
        }
        Path path = file.get().toAbsolutePath().normalize();
        ParseResult parse = sync(c, path, uri, text);
        return Optional.of(new Model(c.workspace(), path, c.settings(), parse));
    }

    /**
     * A file's text on disk is what counts again (it was closed, or changed or deleted outside the
     * editor while not open). Returns whether the workspace changed.
     */
    public boolean reloadFromDisk(Path file) {
        Configured c = configured;
        Path path = file.toAbsolutePath().normalize();
        if (!path.toString().endsWith(WorkspaceFiles.NEAM_EXTENSION)) {
            return false;
        }
        synchronized (c.workspace()) {
            if (!Files.isRegularFile(path)) {
                return !c.workspace().remove(path).isEmpty();
            }
            if (!c.loadedProjects().contains(ProjectRoots.of(path)) && !c.workspace().contains(path)) {
                return false; // a project nobody looked at yet: read when it is first needed
            }
            try {
                String text = WorkspaceFiles.read(path);
                ParseResult current = c.workspace().parse(path);
                if (current != null && current.text().text().equals(text)) {
                    return false;
                }
                c.workspace().update(path, path.toString(), text);
                return true;
            } catch (IOException | RuntimeException e) {
                return false;
            }
        }
    }

    /** Other files appeared or disappeared on disk: findings about missing files are computed again. */
    public void diskChanged() {
        configured.workspace().diskChanged();
    }

    /**
     * Puts the text into the workspace unless it is already there (features and diagnostics share
     * one parse) and returns the parse of exactly this text: under the lock, so a concurrent sync of
     * another version cannot slip in between.
     */
    private static ParseResult sync(Configured c, Path path, String uri, String text) {
        loadProject(c, path);
        synchronized (c.workspace()) {
            ParseResult current = c.workspace().parse(path);
            if (current == null || !current.text().text().equals(text)) {
                c.workspace().update(path, DocumentUris.displayPath(uri), text);
                current = c.workspace().parse(path);
            }
            return current;
        }
    }

    /**
     * neam.toml and deploy files (the extension sends them too): checked by the project analysis
     * with the editor's text in place of the saved one; any other file gets nothing.
     */
    private static List<Diagnostic> projectFile(Path path, String text) {
        if (!ProjectFiles.isProjectFile(path)) {
            return List.of();
        }
        try {
            ProjectAnalyzer analyzer = new ProjectAnalyzer(ProjectOptions.DEFAULT);
            for (Project project : ProjectFiles.find(List.of(path), ProjectOptions.DEFAULT)) {
                Project edited = withText(project, path, text);
                for (FileDiagnostics result : analyzer.analyze(edited)) {
                    if (Path.of(result.path()).toAbsolutePath().normalize().equals(path)) {
                        return result.diagnostics();
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            // An unreadable project: nothing to report for this file.
        }
        return List.of();
    }

    private static Project withText(Project project, Path path, String text) {
        Document manifest = project.manifest();
        if (manifest != null && Path.of(manifest.path()).toAbsolutePath().normalize().equals(path)) {
            manifest = new Document(manifest.path(), text);
        }
        List<ProjectFile> files = project.files().stream()
                .map(f -> Path.of(f.path()).toAbsolutePath().normalize().equals(path)
                        ? new ProjectFile(f.path(), f.relative(), text, f.named()) : f)
                .toList();
        return new Project(manifest, project.reportManifest(), files, project.lookup());
    }

    /** Reads the project's files once, so that a file's imports find their modules. */
    private static void loadProject(Configured c, Path file) {
        Path root = ProjectRoots.of(file);
        if (c.loadedProjects().contains(root)) {
            return;
        }
        synchronized (c.workspace()) {
            if (!c.loadedProjects().add(root)) {
                return;
            }
            loadFiles(c, root, file);
        }
    }

    /**
     * A project's Neam files; for a file outside any project (no neam.toml above it) only its
     * neighbours: its folder may be a home or temporary folder holding thousands of unrelated files.
     */
    private static List<Path> filesOf(Path root) throws IOException {
        if (Files.isRegularFile(root.resolve(ProjectRoots.MANIFEST))) {
            return WorkspaceFiles.discover(List.of(root));
        }
        try (var listing = Files.list(root)) {
            return listing.filter(p -> p.toString().endsWith(WorkspaceFiles.NEAM_EXTENSION) && Files.isRegularFile(p))
                    .sorted().limit(LOOSE_FILES_LIMIT).toList();
        }
    }

    private static void loadFiles(Configured c, Path root, Path file) {
        try {
            for (Path p : filesOf(root)) {
                Path absolute = p.toAbsolutePath().normalize();
                if (!absolute.equals(file) && !c.workspace().contains(absolute)) {
                    String text = WorkspaceFiles.read(absolute);
                    c.workspace().update(absolute, absolute.toString(), text);
                }
            }
        } catch (IOException | RuntimeException e) {
            // A project that cannot be read is analysed file by file; the open file still gets its diagnostics.
        }
    }
}
