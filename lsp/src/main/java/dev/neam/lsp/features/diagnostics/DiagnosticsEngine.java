package dev.neam.lsp.features.diagnostics;

import dev.neam.lsp.documents.DocumentUris;
import dev.neam.lsp.settings.ServerSettings;
import dev.neam.parser.diagnostic.Diagnostic;
import dev.neam.parser.manifest.ManifestOptions;
import dev.neam.parser.semantic.Builtins;
import dev.neam.parser.syntax.ParseResult;
import dev.neam.parser.workspace.Analyzer;
import dev.neam.parser.workspace.Containment;
import dev.neam.parser.workspace.Document;
import dev.neam.parser.workspace.FileRole;
import dev.neam.parser.workspace.FileRoles;
import dev.neam.parser.workspace.ProjectFileWorkspace;
import dev.neam.parser.workspace.ProjectOptions;
import dev.neam.parser.workspace.ProjectRoots;
import dev.neam.parser.workspace.Workspace;
import dev.neam.parser.workspace.WorkspaceFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Diagnostics of every project file through the analyses `lint` also uses: Neam documents through
 * the parser's incremental {@link Workspace} (imports resolve across the files of a project; the
 * first time a project is met, its `.neam` files are read from disk), manifests and deploy files
 * through the {@link ProjectFileWorkspace} (each project analysed as a whole). Open documents
 * replace their file's saved text in both. What a document is comes from its path (see
 * {@link FileRoles}), never from its language id alone. Results are filtered by the categories the
 * settings enable.
 */
public final class DiagnosticsEngine {
    private record Configured(ServerSettings settings, Workspace workspace, ProjectFileWorkspace projectFiles,
                              Set<Path> loadedProjects, int generation, Map<Path, Parsing> parsing) {
    }

    /** A parse of a file's text under way: another thread wanting the same text waits for it instead of parsing too. */
    private record Parsing(String text, CompletableFuture<ParseResult> parse) {
        boolean of(String other) {
            return text == other || text.equals(other);
        }
    }

    /**
     * What a request feature (completion, hover, navigation…) reads: the workspace of the
     * document's project, holding the document's newest text under {@code file}.
     */
    public record Model(Workspace workspace, Path file, ServerSettings settings, ParseResult parse) {
    }

    /** How many neighbours of a file outside any project are read, at most. */
    private static final int LOOSE_FILES_LIMIT = 500;

    /** The newest text of the document the client has open under this uri (in the order of its messages), if open. */
    private final Function<String, Optional<String>> openText;
    private volatile Configured configured;

    /**
     * @param openText the newest text of an open document: only that text, or a file's
     *                     text on disk, may stand for the file in the workspace
     */
    public DiagnosticsEngine(Function<String, Optional<String>> openText) {
        this.openText = openText;
        this.configured = configure(ServerSettings.DEFAULT, 0, Map.of());
    }

    /** New settings: a fresh analysis, keeping the unsaved texts of open manifests and deploy files. */
    public void configure(ServerSettings settings) {
        Configured before = configured;
        configured = configure(settings, before.generation() + 1, before.projectFiles().unsavedTexts());
    }

    private Configured configure(ServerSettings settings, int generation, Map<Path, String> unsaved) {
        ProjectFileWorkspace projectFiles = new ProjectFileWorkspace(
                new ProjectOptions(ManifestOptions.DEFAULT, settings.deployGlobs()));
        unsaved.forEach(projectFiles::setText);
        Workspace workspace = new Workspace(settings.analysisOptions(), Builtins.standard(), ProjectRoots::of,
                projectFiles::config);
        // the trees of open documents beyond the ones used last are let go (parsed again when needed)
        workspace.keepTrees(settings.hotDocuments(), file -> openText.apply(DocumentUris.fromPath(file)).isPresent());
        return new Configured(settings, workspace, projectFiles, ConcurrentHashMap.newKeySet(), generation,
                new ConcurrentHashMap<>());
    }

    public ServerSettings settings() {
        return configured.settings();
    }

    /** Changes whenever the settings change, so cached results (pull result ids) can tell. */
    public int generation() {
        return configured.generation();
    }

    /**
     * What a document is: by its path for files; a buffer that is no file (untitled) is Neam when
     * the client says so; a file the client calls Neam is one unless its path makes it a manifest or
     * a deploy file.
     */
    public FileRole role(String uri, String languageId) {
        Optional<Path> file = DocumentUris.toPath(uri);
        boolean saysNeam = DocumentUris.isNeam(uri, languageId);
        if (file.isEmpty()) {
            return saysNeam ? FileRole.NEAM : FileRole.NONE;
        }
        FileRole role = configured.projectFiles().role(file.get());
        return role == FileRole.NONE && saysNeam ? FileRole.NEAM : role;
    }

    /**
     * An open manifest or deploy file has new text: it counts at once for every file of its project
     * (their next analysis sees it). Neam documents are synced when they are analysed.
     */
    public ProjectFileWorkspace.Change textChanged(String uri, String languageId, String text) {
        FileRole role = role(uri, languageId);
        if (role != FileRole.MANIFEST && role != FileRole.DEPLOY) {
            return ProjectFileWorkspace.Change.NONE;
        }
        return projectFileText(configured, DocumentUris.toPath(uri).orElseThrow(), text);
    }

    /** The diagnostics of a file whose role is decided by its path (a file of the workspace index). */
    public List<Diagnostic> diagnose(String uri, String text) {
        return diagnose(uri, null, text);
    }

    public List<Diagnostic> diagnose(String uri, String languageId, String text) {
        Configured c = configured;
        Optional<Path> file = DocumentUris.toPath(uri);
        List<Diagnostic> all = switch (role(uri, languageId)) {
            case NEAM -> {
                if (file.isEmpty()) { // an untitled buffer: analysed on its own
                    yield new Analyzer(c.settings().analysisOptions())
                            .analyze(List.of(new Document(DocumentUris.displayPath(uri), text))).get(0).diagnostics();
                }
                Path path = file.get().toAbsolutePath().normalize();
                // Another thread may sync another text in between: the findings must be this text's.
                List<Diagnostic> found = List.of();
                for (int attempt = 0; attempt < 3; attempt++) {
                    // not kept: an older version (its findings are dropped) or a closed document
                    boolean notKept = put(c, path, uri, text) != null;
                    found = c.workspace().diagnostics(path);
                    if (notKept || text.equals(c.workspace().text(path))) {
                        break;
                    }
                }
                yield found;
            }
            case MANIFEST, DEPLOY -> {
                // The texts of open files are put in place in the order of the client's messages
                // (textChanged); an analysis of an older snapshot must not put its text back.
                configChanged(c, file.get(), c.projectFiles().setTextIfAbsent(file.get(), text));
                yield c.projectFiles().diagnostics(file.get(), text);
            }
            case NONE -> List.of();
        };
        return all.stream().filter(d -> c.settings().reports(d.category())).toList();
    }

    /**
     * The diagnostics of a manifest or deploy file that is not open (its text as analysed: the
     * disk's), for workspace-wide reports.
     */
    public List<Diagnostic> diagnoseProjectFile(Path file) {
        Configured c = configured;
        return c.projectFiles().diagnostics(file).stream().filter(d -> c.settings().reports(d.category())).toList();
    }

    /** The manifests and deploy files of the projects under these folders. */
    public List<Path> projectFilesUnder(List<Path> folders) {
        return configured.projectFiles().filesUnder(folders);
    }

    /** The text a manifest or deploy file is analysed with (unsaved, else saved). */
    public Optional<String> projectFileText(Path file) {
        return configured.projectFiles().text(file);
    }

    /** The project root of a file (the folder of the nearest neam.toml), if it is in a project. */
    public Optional<Path> projectRoot(String uri) {
        return DocumentUris.toPath(uri).flatMap(configured.projectFiles()::rootOf);
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
     * An open document was closed: the text of its file on disk counts again. Returns what changed
     * for the other files (a manifest's configuration, its project's analysis).
     */
    public ProjectFileWorkspace.Change closed(String uri) {
        Optional<Path> file = DocumentUris.toPath(uri);
        if (file.isEmpty()) {
            return ProjectFileWorkspace.Change.NONE;
        }
        Configured c = configured;
        ProjectFileWorkspace.Change change = c.projectFiles().close(file.get());
        configChanged(c, file.get(), change);
        boolean reloaded = reloadFromDisk(file.get());
        return new ProjectFileWorkspace.Change(change.analysis() || reloaded, change.config());
    }

    /**
     * A file changed, appeared or disappeared on disk: the projects holding it are analysed again
     * (an open file keeps its unsaved text); a Neam file that is not open is read again. Returns
     * what changed.
     */
    public ProjectFileWorkspace.Change changedOnDisk(Path file, boolean open) {
        Configured c = configured;
        ProjectFileWorkspace.Change change = c.projectFiles().diskChanged(file);
        configChanged(c, file, change);
        boolean reloaded = !open && reloadFromDisk(file);
        return new ProjectFileWorkspace.Change(change.analysis() || reloaded, change.config());
    }

    /**
     * A file's text on disk is what counts again (it was closed, or changed or deleted outside the
     * editor while not open). Returns whether the workspace changed.
     */
    private boolean reloadFromDisk(Path file) {
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
                if (text.equals(c.workspace().text(path))) {
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

    private static ProjectFileWorkspace.Change projectFileText(Configured c, Path file, String text) {
        ProjectFileWorkspace.Change change = c.projectFiles().setText(file, text);
        configChanged(c, file, change);
        return change;
    }

    /** A manifest's [tool.neam-lsp] changed: the project's Neam files are checked again under it. */
    private static void configChanged(Configured c, Path file, ProjectFileWorkspace.Change change) {
        if (change.config() && file.toAbsolutePath().normalize().getParent() != null) {
            synchronized (c.workspace()) {
                c.workspace().configChanged(file.toAbsolutePath().normalize().getParent());
            }
        }
    }

    /**
     * Puts the text into the workspace unless it is already there (features and diagnostics share
     * one parse) and returns the parse of exactly this text. A file whose tree the workspace let go
     * (not among the documents used last) is parsed again here.
     */
    private ParseResult sync(Configured c, Path path, String uri, String text) {
        for (int attempt = 0; attempt < 3; attempt++) {
            ParseResult notKept = put(c, path, uri, text);
            if (notKept != null) {
                return notKept;
            }
            ParseResult current = c.workspace().parse(path);
            if (current != null && current.text().text().equals(text)) {
                return current;
            }
            // another thread put another version in place meanwhile: put this one back
        }
        return parseOnce(c, path, text);
    }

    /**
     * Puts the text into the workspace unless it is already there, under the lock, so that a
     * concurrent sync of another version cannot slip in between. Returns the parse made for a
     * text that may not be kept (its document was closed meanwhile), else null.
     */
    private ParseResult put(Configured c, Path path, String uri, String text) {
        loadProject(c, path);
        if (text.equals(c.workspace().text(path))) {
            return null;
        }
        // parsed outside the lock: a long parse of one file must not hold up requests on the others
        ParseResult parsed = parseOnce(c, path, text);
        synchronized (c.workspace()) {
            if (!text.equals(c.workspace().text(path))) {
                Optional<String> newest = openText.apply(uri);
                if (newest.isPresent() ? !newest.get().equals(text) : !isOnDisk(path, text)) {
                    // work on a document that was closed meanwhile (an analysis, a request, a parse
                    // ahead): its text must not come back, or a file that is not saved would stay
                    // declared, and held in memory, after its editor is closed. Work on an older
                    // version (an analysis or a parse ahead overtaken by an edit) must not put its
                    // text back either: a request on the newest version would find another text's
                    // names in the workspace
                    return parsed;
                }
                c.workspace().update(path, DocumentUris.displayPath(uri), parsed);
            }
            return null;
        }
    }

    /** Whether {@code text} is what the file holds on disk (a file of the workspace that is not open). */
    private static boolean isOnDisk(Path path, String text) {
        try {
            return Containment.isRegularFile(path) && WorkspaceFiles.read(path).equals(text);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /**
     * The parse of this text of the file, made once however many threads ask at the same time (the
     * parse started when the edit arrived, a request, the diagnostics): the others wait for it.
     */
    private static ParseResult parseOnce(Configured c, Path path, String text) {
        Parsing mine = new Parsing(text, new CompletableFuture<>());
        Parsing running = c.parsing().compute(path, (key, other) -> other != null && other.of(text) ? other : mine);
        if (running != mine) {
            try {
                return running.parse().join();
            } catch (CompletionException | CancellationException e) { // that parse failed: try on our own
                return c.workspace().parseOf(path, text);
            }
        }
        try {
            ParseResult parsed = c.workspace().parseOf(path, text);
            mine.parse().complete(parsed);
            return parsed;
        } catch (RuntimeException | Error e) {
            mine.parse().completeExceptionally(e);
            throw e;
        } finally {
            c.parsing().remove(path, mine);
        }
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
            return listing.filter(p -> p.toString().endsWith(WorkspaceFiles.NEAM_EXTENSION) && Containment.isRegularFile(p)
                            && !Containment.leaves(root, p))
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
