package dev.neam.parser.workspace;

import dev.neam.parser.deploy.DeployFiles;
import dev.neam.parser.manifest.FileLookup;
import java.io.IOException;
import java.nio.file.DirectoryIteratorException;
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
import java.util.function.Consumer;

/**
 * Finds projects under the paths given to lint (the server will use its workspace folders): every
 * {@code neam.toml} met while searching a folder (same skipping rules as {@link WorkspaceFiles}) is a
 * project whose root is the folder holding it; its deploy files are those under the root matched by
 * the deploy globs. A {@code neam.toml} or a deploy file named explicitly is analysed too: a deploy
 * file named alone gets the nearest {@code neam.toml} above it as context. Paths are kept "as found",
 * and a file reached twice is analysed once. A file that cannot be read or is binary is left out of
 * its project and handed to the caller, which reports it (a manifest without text leaves its project
 * without one).
 */
public final class ProjectFiles {

    public static final String MANIFEST = "neam.toml";

    private ProjectFiles() {
    }

    /** The projects under the given paths, in argument order; files without text are left out silently. */
    public static List<Project> find(Collection<Path> roots, ProjectOptions options) throws IOException {
        return find(roots, options, unreadable -> { });
    }

    /**
     * The projects under the given paths, in argument order; each manifest or deploy file that cannot
     * be read or is binary goes to {@code unreadable} instead, and so does a file or folder the search
     * refuses (a link leaving the project, a FIFO, a folder that cannot be listed).
     */
    public static List<Project> find(Collection<Path> roots, ProjectOptions options, Consumer<FileContent> unreadable)
            throws IOException {
        Reader reader = new Reader(unreadable);
        List<Project> projects = new ArrayList<>();
        Set<Path> seen = new HashSet<>();
        for (Path root : roots) {
            if (Files.isDirectory(root)) {
                List<Path> manifests = new ArrayList<>();
                findManifests(root, root, manifests, unreadable);
                for (Path manifest : manifests) {
                    if (seen.add(identity(manifest))) {
                        projects.add(project(manifest, options, seen, reader));
                    }
                }
            } else if (WorkspaceFiles.leavesProject(root, root)) {
                if (isProjectFile(root)) {
                    unreadable.accept(FileContent.linkLeavingProject(root));
                }
            } else if (Containment.isRegularFile(root) && seen.add(identity(root))) {
                Project named = named(root, reader);
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
     *
     * @throws IOException when the manifest cannot be read or is binary
     */
    public static Project of(Path manifest, ProjectOptions options) throws IOException {
        FileContent content = FileContent.read(manifest);
        if (!content.readable()) {
            throw new IOException("cannot read " + manifest + ": it " + content.problem());
        }
        return project(manifest, options, new HashSet<>(), new Reader(unreadable -> { }));
    }

    /** A project whose manifest has no text has none: its deploy files are checked without it. */
    private static Project project(Path manifest, ProjectOptions options, Set<Path> seen, Reader reader) throws IOException {
        Path root = manifest.getParent() == null ? Path.of("") : manifest.getParent();
        FileLookup lookup = lookup(root);
        Document document = reader.document(manifest, true);
        ToolConfig config = document == null ? ToolConfig.NONE : ToolConfigReader.parse(manifest, document.text());
        DeployFiles deployFiles = new DeployFiles(options.forProject(config).deployGlobs());
        List<ProjectFile> files = new ArrayList<>();
        collect(root, root, deployFiles, lookup, files, seen, reader);
        return new Project(document, true, files, lookup);
    }

    private static Project named(Path file, Reader reader) {
        Path absolute = file.toAbsolutePath().normalize();
        if (String.valueOf(file.getFileName()).equals(MANIFEST)) {
            Path root = file.getParent() == null ? Path.of("") : file.getParent();
            return new Project(reader.document(file, true), true, List.of(), lookup(root));
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
        Document context = Files.isRegularFile(manifest) ? reader.document(manifest, false) : null;
        Document named = reader.document(file, true);
        List<ProjectFile> files = named == null ? List.of() : List.of(new ProjectFile(file.toString(), relative, named.text(), true));
        return new Project(context, false, files, lookup(projectRoot));
    }

    /** Every {@code neam.toml} under a folder, skipping what lint skips, in name order. */
    public static void manifestsUnder(Path folder, List<Path> found) {
        findManifests(folder, folder, found, refused -> { });
    }

    private static void findManifests(Path top, Path folder, List<Path> found, Consumer<FileContent> refused) {
        for (Path entry : entries(folder, refused)) {
            String name = String.valueOf(entry.getFileName());
            if (Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
                if (!WorkspaceFiles.isSkippedFolder(name)) {
                    findManifests(top, entry, found, refused);
                }
            } else if (name.equals(MANIFEST) && accepted(top, entry, refused)) {
                found.add(entry);
            }
        }
    }

    /** Whether a file met while searching may be read: a regular file, not a link out of the project (refused with why). */
    private static boolean accepted(Path top, Path entry, Consumer<FileContent> refused) {
        if (WorkspaceFiles.leavesProject(top, entry)) {
            refused.accept(FileContent.linkLeavingProject(entry));
            return false;
        }
        if (Containment.isSpecialFile(entry)) {
            refused.accept(new FileContent(entry.toString(), null, FileContent.SPECIAL_FILE));
            return false;
        }
        return Containment.isRegularFile(entry);
    }

    private static void collect(Path root, Path folder, DeployFiles deployFiles, FileLookup lookup, List<ProjectFile> files,
            Set<Path> seen, Reader reader) {
        for (Path entry : entries(folder, reader.unreadable())) {
            String name = String.valueOf(entry.getFileName());
            if (Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
                if (!WorkspaceFiles.isSkippedFolder(name)) {
                    collect(root, entry, deployFiles, lookup, files, seen, reader);
                }
                continue;
            }
            String relative = root.relativize(entry).toString().replace('\\', '/');
            if (deployFiles.classify(relative, lookup) != null && accepted(root, entry, reader.unreadable())
                    && seen.add(identity(entry))) {
                Document document = reader.document(entry, true);
                if (document != null) {
                    files.add(new ProjectFile(entry.toString(), relative, document.text()));
                }
            }
        }
    }

    /** A folder's entries in name order; one that cannot be listed is refused with the OS's reason and has none. */
    private static List<Path> entries(Path folder, Consumer<FileContent> refused) {
        List<Path> entries = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder)) {
            stream.forEach(entries::add);
        } catch (IOException e) {
            refused.accept(FileContent.unlistedFolder(folder, e));
            return List.of();
        } catch (DirectoryIteratorException e) {
            refused.accept(FileContent.unlistedFolder(folder, e.getCause()));
            return List.of();
        }
        entries.sort(Comparator.comparing(p -> String.valueOf(p.getFileName())));
        return entries;
    }

    /** Which project-relative paths exist on disk under this root. */
    public static FileLookup lookup(Path root) {
        return relative -> {
            try {
                Path place = root.resolve(relative);
                return !relative.isEmpty() && Containment.inside(root, place) && Files.exists(place);
            } catch (RuntimeException e) {
                return false;
            }
        };
    }

    /** Reads project files, handing those without text to the caller (once, and only those to report). */
    private record Reader(Consumer<FileContent> unreadable) {
        /** The file's text as a document, or null when it has none. */
        Document document(Path file, boolean reported) {
            FileContent content = FileContent.read(file);
            if (content.readable()) {
                return content.document();
            }
            if (reported) {
                unreadable.accept(content);
            }
            return null;
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
