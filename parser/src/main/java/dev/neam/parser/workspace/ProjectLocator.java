package dev.neam.parser.workspace;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The project a file belongs to, and that project's Neam sources: what the file's imports and
 * cross-file references resolve against, whether the file was found by searching a folder or named
 * on its own ({@code lint FILE}, a pre-commit hook's staged files, a file opened in an editor).
 *
 * <p>The project of a file is, in this order:
 * <ol>
 *   <li>the nearest folder above it holding {@code neam.toml};</li>
 *   <li>else, when the file lies in a folder named {@code src} or {@code tests} (the layout
 *       {@code neamc new} creates, and where {@code import a.b} looks: {@code src/a/b.neam}), the folder
 *       holding the nearest such folder, searched no higher than the top of a git repository;</li>
 *   <li>else the file's own folder.</li>
 * </ol>
 * Its sources are the {@code .neam} files whose project it is, found with the folder search's rules
 * ({@link WorkspaceFiles}: hidden and build folders skipped, plus what the {@link DiscoveryFilter}
 * skips): for a project with {@code neam.toml}, every file below it outside nested projects; for one
 * without, its own files and those under its {@code src} and {@code tests} folders.
 */
public final class ProjectLocator {

    /** Folders whose parent is a project root even without {@code neam.toml}. */
    public static final Set<String> SOURCE_FOLDERS = Set.of("src", "tests");

    private ProjectLocator() {
    }

    /** The root of the project a file (or, for a path that does not exist yet, the file it names) belongs to. */
    public static Path root(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        Path folder = absolute.getParent() == null ? absolute : absolute.getParent();
        for (Path dir = folder; dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve(ProjectRoots.MANIFEST))) {
                return dir;
            }
        }
        for (Path dir = folder; dir != null && dir.getParent() != null; dir = dir.getParent()) {
            if (SOURCE_FOLDERS.contains(String.valueOf(dir.getFileName()))) {
                return dir.getParent();
            }
            if (Files.exists(dir.resolve(".git"))) {
                break;
            }
        }
        return folder;
    }

    /**
     * The Neam sources of the project rooted at {@code root} (a folder {@link #root} returned), in the
     * deterministic order of {@link WorkspaceFiles#discover}.
     */
    public static List<Path> sources(Path root, DiscoveryFilter filter) throws IOException {
        Path project = root.toAbsolutePath().normalize();
        boolean manifest = Files.isRegularFile(project.resolve(ProjectRoots.MANIFEST));
        List<Path> sources = new ArrayList<>();
        for (Path file : WorkspaceFiles.discover(List.of(project), new Within(project, manifest, filter))) {
            if (root(file).equals(project)) { // the filter prunes most other projects; this settles the rest
                sources.add(file);
            }
        }
        return sources;
    }

    /** Keeps a project's search inside it: no nested projects, and without a manifest only src/ and tests/. */
    private record Within(Path project, boolean manifest, DiscoveryFilter inner) implements DiscoveryFilter {
        @Override
        public DiscoveryFilter startAt(Path root) {
            return new Within(project, manifest, inner.startAt(root));
        }

        @Override
        public DiscoveryFilter enter(Path folder) {
            return new Within(project, manifest, inner.enter(folder));
        }

        @Override
        public boolean skips(Path entry, boolean folder) {
            if (folder) {
                Path dir = entry.toAbsolutePath().normalize();
                if (Files.isRegularFile(dir.resolve(ProjectRoots.MANIFEST))) {
                    return true; // a nested project
                }
                if (!manifest && project.equals(dir.getParent()) && !SOURCE_FOLDERS.contains(String.valueOf(dir.getFileName()))) {
                    return true;
                }
            }
            return inner.skips(entry, folder);
        }
    }
}
