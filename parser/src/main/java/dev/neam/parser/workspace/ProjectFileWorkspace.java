package dev.neam.parser.workspace;

import dev.neam.parser.diagnostic.Diagnostic;
import dev.neam.parser.manifest.FileLookup;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The manifests and deploy files of the projects an editor works in, with the unsaved text of open
 * files in place of the saved one, analysed by the same {@link ProjectAnalyzer} as {@code lint}: a
 * project is analysed as a whole (cross-file rules see every file), once per change of any of its
 * files, and the result serves every file of the project. Also the source of each project's
 * {@code [tool.neam-lsp]} configuration, read from the unsaved manifest when it is open.
 * Thread-safe.
 */
public final class ProjectFileWorkspace {
    private final ProjectOptions options;
    /** Open manifests and deploy files: the editor's text wins over the disk's. */
    private final Map<Path, String> unsaved = new ConcurrentHashMap<>();
    private final Map<Path, ProjectState> projects = new ConcurrentHashMap<>();
    private final Map<Path, ToolConfig> configs = new ConcurrentHashMap<>();
    /** The manifests found under each folder asked about; searched again when a manifest appears or goes. */
    private final Map<Path, List<Path>> manifestsByFolder = new ConcurrentHashMap<>();

    /** One project: its files as on disk (read when first needed) and the last analysis. */
    private static final class ProjectState {
        Project onDisk;
        Map<Path, List<Diagnostic>> results;
        Map<Path, String> texts;
    }

    /** What changed when a file's text changed. */
    public record Change(boolean analysis, boolean config) {
        public static final Change NONE = new Change(false, false);
    }

    public ProjectFileWorkspace(ProjectOptions options) {
        this.options = options;
    }

    /** What the file is: a Neam source, a manifest, a deploy file of its project, or nothing to analyse. */
    public FileRole role(Path file) {
        return FileRoles.of(file, options, this::config);
    }

    /**
     * The {@code [tool.neam-lsp]} configuration of a project root: from its manifest's unsaved text
     * when it is open, else from disk.
     */
    public ToolConfig config(Path projectRoot) {
        Path root = key(projectRoot);
        return configs.computeIfAbsent(root, r -> {
            Path manifest = r.resolve(ProjectRoots.MANIFEST);
            String text = unsaved.get(manifest);
            return text == null ? ToolConfigReader.read(manifest) : ToolConfigReader.parse(manifest, text);
        });
    }

    /** The unsaved texts of the open files (to carry into a workspace with other options). */
    public Map<Path, String> unsavedTexts() {
        return Map.copyOf(unsaved);
    }

    /** An open manifest or deploy file has this text now. */
    public Change setText(Path file, String text) {
        Path path = key(file);
        String before = unsaved.put(path, text);
        return text.equals(before) ? Change.NONE : changed(path);
    }

    /** An open file was closed: its text on disk counts again. */
    public Change close(Path file) {
        Path path = key(file);
        return unsaved.remove(path) == null ? Change.NONE : changed(path);
    }

    /**
     * A file changed, appeared or disappeared on disk: the projects holding it read their files again
     * (any file may be one a rule looks for).
     */
    public Change diskChanged(Path file) {
        Path path = key(file);
        boolean analysis = false;
        for (Map.Entry<Path, ProjectState> project : projects.entrySet()) {
            if (path.startsWith(project.getKey())) {
                synchronized (project.getValue()) {
                    project.getValue().onDisk = null;
                    project.getValue().results = null;
                    project.getValue().texts = null;
                }
                analysis = true;
            }
        }
        boolean manifest = path.getFileName() != null && path.getFileName().toString().equals(ProjectRoots.MANIFEST);
        if (manifest) {
            manifestsByFolder.clear();
        }
        return new Change(analysis, manifest && forgetConfig(path.getParent()));
    }

    /** The diagnostics of a manifest or deploy file, from the analysis of its whole project. */
    public List<Diagnostic> diagnostics(Path file) {
        Path path = key(file);
        return rootOf(path).map(root -> analysis(root).getOrDefault(path, List.of())).orElse(List.of());
    }

    /**
     * The diagnostics of a manifest or deploy file with exactly this text of it. When the project's
     * analysis holds another text of the file (an edit not yet put in place, or one newer than the
     * text asked about), this text is analysed on its own and the shared results are left alone.
     */
    public List<Diagnostic> diagnostics(Path file, String text) {
        Path path = key(file);
        Optional<Path> root = rootOf(path);
        if (root.isEmpty()) {
            return List.of();
        }
        ProjectState state = projects.computeIfAbsent(root.get(), r -> new ProjectState());
        synchronized (state) {
            Map<Path, List<Diagnostic>> results = analysis(root.get());
            String analysed = state.texts == null ? null : state.texts.get(path);
            if (analysed == null || analysed.equals(text)) {
                return results.getOrDefault(path, List.of());
            }
            Map<Path, String> texts = new HashMap<>(unsaved);
            texts.put(path, text);
            for (FileDiagnostics found : new ProjectAnalyzer(options).analyze(withTexts(root.get(), state.onDisk, texts))) {
                if (key(Path.of(found.path())).equals(path)) {
                    return found.diagnostics();
                }
            }
            return List.of();
        }
    }

    /**
     * An open file's text, unless one is already in place: the texts of open files are put in place
     * in the order of the editor's edits ({@link #setText}), never by an analysis of an older one.
     */
    public Change setTextIfAbsent(Path file, String text) {
        Path path = key(file);
        return unsaved.putIfAbsent(path, text) == null ? changed(path) : Change.NONE;
    }

    /** The text a file is analysed with: the unsaved text, else the disk's; empty when unknown. */
    public Optional<String> text(Path file) {
        Path path = key(file);
        String open = unsaved.get(path);
        if (open != null) {
            return Optional.of(open);
        }
        Optional<Path> root = rootOf(path);
        if (root.isPresent()) {
            analysis(root.get());
            ProjectState state = projects.get(root.get());
            synchronized (state) {
                if (state.texts != null && state.texts.containsKey(path)) {
                    return Optional.of(state.texts.get(path));
                }
            }
        }
        try {
            return Files.isRegularFile(path) ? Optional.of(WorkspaceFiles.read(path)) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The project root a file belongs to (the folder of the nearest {@code neam.toml}), if any. */
    public Optional<Path> rootOf(Path file) {
        Path path = key(file);
        if (String.valueOf(path.getFileName()).equals(ProjectRoots.MANIFEST) && path.getParent() != null
                && (unsaved.containsKey(path) || Files.isRegularFile(path))) {
            return Optional.of(path.getParent());
        }
        return FileRoles.manifestOf(path).map(Path::getParent);
    }

    /** The manifest and deploy files of every project under these folders (for a workspace-wide report). */
    public List<Path> filesUnder(List<Path> folders) {
        Set<Path> out = new LinkedHashSet<>();
        for (Path folder : folders) {
            for (Path manifest : manifestsByFolder.computeIfAbsent(key(folder), ProjectFileWorkspace::manifestsUnder)) {
                Path root = key(manifest).getParent();
                analysis(root);
                ProjectState state = projects.get(root);
                synchronized (state) {
                    if (state.results != null) {
                        out.addAll(state.results.keySet());
                    }
                }
            }
        }
        return List.copyOf(out);
    }

    private static List<Path> manifestsUnder(Path folder) {
        List<Path> manifests = new ArrayList<>();
        try {
            ProjectFiles.manifestsUnder(folder, manifests);
        } catch (RuntimeException e) {
            // an unreadable folder: what was found before it counts; the rest is reported once opened
        }
        return List.copyOf(manifests);
    }

    private Change changed(Path path) {
        Optional<Path> root = rootOf(path);
        root.map(projects::get).ifPresent(state -> {
            synchronized (state) {
                state.results = null;
                state.texts = null;
            }
        });
        boolean config = String.valueOf(path.getFileName()).equals(ProjectRoots.MANIFEST) && forgetConfig(path.getParent());
        return new Change(root.isPresent(), config);
    }

    /** Drops a root's configuration; whether what it says changed (not only where its problems are). */
    private boolean forgetConfig(Path root) {
        if (root == null) {
            return false;
        }
        ToolConfig before = configs.remove(key(root));
        return before == null || !sameRules(before, config(root));
    }

    private static boolean sameRules(ToolConfig a, ToolConfig b) {
        return a.severities().equals(b.severities()) && a.off().equals(b.off()) && a.exclude().equals(b.exclude())
                && a.deployGlobs().equals(b.deployGlobs()) && Objects.equals(a.languageVersion(), b.languageVersion());
    }

    /** The project's diagnostics by file, analysed now if anything changed since the last time. */
    private Map<Path, List<Diagnostic>> analysis(Path root) {
        ProjectState state = projects.computeIfAbsent(root, r -> new ProjectState());
        synchronized (state) {
            if (state.results == null) {
                if (state.onDisk == null) {
                    state.onDisk = readProject(root);
                }
                Project project = withTexts(root, state.onDisk, unsaved);
                Map<Path, List<Diagnostic>> results = new HashMap<>();
                for (FileDiagnostics file : new ProjectAnalyzer(options).analyze(project)) {
                    results.put(key(Path.of(file.path())), file.diagnostics());
                }
                Map<Path, String> texts = new HashMap<>();
                if (project.manifest() != null) {
                    texts.put(key(Path.of(project.manifest().path())), project.manifest().text());
                }
                project.files().forEach(f -> texts.put(key(Path.of(f.path())), f.text()));
                state.results = results;
                state.texts = texts;
            }
            return state.results;
        }
    }

    /** The project as saved; a manifest that cannot be read gives a project of its unsaved files only. */
    private Project readProject(Path root) {
        Path manifest = root.resolve(ProjectRoots.MANIFEST);
        try {
            return ProjectFiles.of(manifest, options);
        } catch (IOException | RuntimeException e) {
            return new Project(null, true, List.of(), ProjectFiles.lookup(root));
        }
    }

    /** The saved project with the open files' texts in place, and open deploy files it did not list. */
    private Project withTexts(Path root, Project onDisk, Map<Path, String> unsaved) {
        Path manifestPath = root.resolve(ProjectRoots.MANIFEST);
        Document manifest = onDisk.manifest();
        String openManifest = unsaved.get(manifestPath);
        if (openManifest != null) {
            manifest = new Document(manifestPath.toString(), openManifest);
        }
        List<ProjectFile> files = new ArrayList<>();
        Set<Path> listed = new LinkedHashSet<>();
        for (ProjectFile file : onDisk.files()) {
            Path path = key(Path.of(file.path()));
            listed.add(path);
            String open = unsaved.get(path);
            files.add(open == null ? file : new ProjectFile(file.path(), file.relative(), open, file.named()));
        }
        for (Map.Entry<Path, String> open : unsaved.entrySet()) {
            Path path = open.getKey();
            if (!listed.contains(path) && path.startsWith(root) && !path.equals(manifestPath)
                    && rootOf(path).filter(root::equals).isPresent() && role(path) == FileRole.DEPLOY) {
                String relative = root.relativize(path).toString().replace('\\', '/');
                files.add(new ProjectFile(path.toString(), relative, open.getValue(), true));
            }
        }
        FileLookup disk = onDisk.lookup();
        FileLookup lookup = relative -> disk.exists(relative) || unsaved.containsKey(key(root.resolve(relative)));
        return new Project(manifest, true, files, lookup);
    }

    private static Path key(Path file) {
        return file.toAbsolutePath().normalize();
    }
}
