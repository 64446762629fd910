package dev.neam.parser.workspace;

import dev.neam.parser.deploy.DeployFiles;
import dev.neam.parser.manifest.FileLookup;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds projects under the paths given to lint (the server will use its workspace folders): every
 * {@code neam.toml} met while searching a folder (same skipping rules as {@link WorkspaceFiles}) is a
 * project whose root is the folder holding it; its deploy files are those under the root matched by
 * the deploy globs. A {@code neam.toml} or a deploy file named explicitly is analysed too: a deploy
 * file named alone gets the nearest {@code neam.toml} above it as context. Paths are kept "as found",
 * and a file reached twice is analysed once.
 */
public final class ProjectFiles {

    public static final String MANIFEST = "neam.toml";

    private ProjectFiles() {
    }

    /** The projects under the given paths, in argument order. */
    public static List<Project> find(Collection<Path> roots, ProjectOptions options) throws IOException {
        List<Project> projects = new ArrayList<>();
        Set<Path> seen = new HashSet<>();
        for (Path root : roots) {
            if (Files.isDirectory(root)) {
                List<Path> manifests = new ArrayList<>();
                findManifests(root, manifests);
                for (Path manifest : manifests) {
                    if (seen.add(identity(manifest))) {
                        projects.add(project(manifest, options, seen));
                    }
                }
            } else if (Files.isRegularFile(root) && seen.add(identity(root))) {
                Project named = named(root);
                if (named != null) {
                    projects.add(named);
                }
            }
        }
        return projects;
    }

    /** Whether lint must leave a file named explicitly to project analysis instead of reading it as Neam source. */
    public static boolean isProjectFile(Path file) {
        String name = String.valueOf(file.getFileName());
        return name.equals(MANIFEST) || DeployFiles.classifyByName(name, FileLookup.NONE) != null;
    }

    /**
     * The project of this manifest as it is on disk: the manifest and the deploy files under the
     * project's deploy globs (its own {@code [tool.neam-lsp] deploy-globs} unless the options' are explicit).
     */
    public static Project of(Path manifest, ProjectOptions options) throws IOException {
        return project(manifest, options, new HashSet<>());
    }

    private static Project project(Path manifest, ProjectOptions options, Set<Path> seen) throws IOException {
        Path root = manifest.getParent() == null ? Path.of("") : manifest.getParent();
        FileLookup lookup = lookup(root);
        Document document = new Document(manifest.toString(), read(manifest));
        ToolConfig config = ToolConfigReader.parse(manifest, document.text());
        DeployFiles deployFiles = new DeployFiles(options.forProject(config).deployGlobs());
        List<ProjectFile> files = new ArrayList<>();
        collect(root, root, deployFiles, lookup, files, seen);
        return new Project(document, true, files, lookup);
    }

    private static Project named(Path file) throws IOException {
        Path absolute = file.toAbsolutePath().normalize();
        if (String.valueOf(file.getFileName()).equals(MANIFEST)) {
            Path root = file.getParent() == null ? Path.of("") : file.getParent();
            return new Project(new Document(file.toString(), read(file)), true, List.of(), lookup(root));
        }
        if (!isProjectFile(file)) {
            return null;
        }
        Path projectRoot = absolute.getParent();
        for (Path dir = absolute.getParent(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve(MANIFEST))) {
                projectRoot = dir;
                break;
            }
        }
        String relative = projectRoot.relativize(absolute).toString().replace('\\', '/');
        Path manifest = projectRoot.resolve(MANIFEST);
        Document context = Files.isRegularFile(manifest) ? new Document(manifest.toString(), read(manifest)) : null;
        return new Project(context, false, List.of(new ProjectFile(file.toString(), relative, read(file), true)), lookup(projectRoot));
    }

    /** Every {@code neam.toml} under a folder, skipping what lint skips, in name order. */
    public static void manifestsUnder(Path folder, List<Path> found) throws IOException {
        findManifests(folder, found);
    }

    private static void findManifests(Path folder, List<Path> found) throws IOException {
        for (Path entry : entries(folder)) {
            String name = String.valueOf(entry.getFileName());
            if (Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
                if (!WorkspaceFiles.isSkippedFolder(name)) {
                    findManifests(entry, found);
                }
            } else if (name.equals(MANIFEST) && Files.isRegularFile(entry)) {
                found.add(entry);
            }
        }
    }

    private static void collect(Path root, Path folder, DeployFiles deployFiles, FileLookup lookup, List<ProjectFile> files,
            Set<Path> seen) throws IOException {
        for (Path entry : entries(folder)) {
            String name = String.valueOf(entry.getFileName());
            if (Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
                if (!WorkspaceFiles.isSkippedFolder(name)) {
                    collect(root, entry, deployFiles, lookup, files, seen);
                }
                continue;
            }
            String relative = root.relativize(entry).toString().replace('\\', '/');
            if (Files.isRegularFile(entry) && deployFiles.classify(relative, lookup) != null && seen.add(identity(entry))) {
                files.add(new ProjectFile(entry.toString(), relative, read(entry)));
            }
        }
    }

    private static List<Path> entries(Path folder) throws IOException {
        List<Path> entries = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder)) {
            stream.forEach(entries::add);
        }
        entries.sort(Comparator.comparing(p -> String.valueOf(p.getFileName())));
        return entries;
    }

    /** Which project-relative paths exist on disk under this root. */
    public static FileLookup lookup(Path root) {
        return relative -> {
            try {
                return !relative.isEmpty() && Files.exists(root.resolve(relative));
            } catch (RuntimeException e) {
                return false;
            }
        };
    }

    private static String read(Path file) throws IOException {
        try {
            return WorkspaceFiles.read(file);
        } catch (IOException e) {
            throw new IOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static Path identity(Path file) {
        try {
            return file.toRealPath();
        } catch (IOException | SecurityException e) {
            return file.toAbsolutePath().normalize();
        }
    }
}
