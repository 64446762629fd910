package dev.neam.lsp.cli;

import dev.neam.parser.workspace.DiscoveryFilter;
import dev.neam.parser.workspace.Document;
import dev.neam.parser.workspace.FileContent;
import dev.neam.parser.workspace.Project;
import dev.neam.parser.workspace.ProjectFiles;
import dev.neam.parser.workspace.ProjectLocator;
import dev.neam.parser.workspace.ProjectOptions;
import dev.neam.parser.workspace.WorkspaceFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What one {@code lint} run reads: the Neam files to report (searched for in folders, or named),
 * the other sources of their projects (read so imports and references resolve, but not reported),
 * the projects' manifests and deploy files, and the files that have no text (each one a finding).
 *
 * @param documents  the Neam files to report, paths as found
 * @param context    the other sources of their projects, paths relative to the working folder when inside it
 * @param projects   the neam.toml projects to report
 * @param unreadable files to report that cannot be read or are binary, each once
 */
record LintFiles(List<Document> documents, List<Document> context, List<Project> projects, List<FileContent> unreadable) {

    /**
     * @throws IOException when a folder cannot be listed (a path that does not exist is the caller's
     *                     usage error, checked before)
     */
    static LintFiles read(List<Path> roots, DiscoveryFilter filter, ProjectOptions options, Path workingFolder)
            throws IOException {
        Map<String, FileContent> unreadable = new LinkedHashMap<>();
        List<Document> documents = new ArrayList<>();
        for (FileContent content : WorkspaceFiles.contents(roots, filter)) {
            if (content.readable()) {
                documents.add(content.document());
            } else {
                unreadable.putIfAbsent(content.path(), content);
            }
        }
        List<Project> projects = ProjectFiles.find(roots, options, content -> unreadable.putIfAbsent(content.path(), content));
        List<Document> context = context(documents, searchedFolders(roots), filter, workingFolder);
        return new LintFiles(documents, context, projects, List.copyOf(unreadable.values()));
    }

    /** The folders among the roots, absolute and normalised. */
    private static Set<Path> searchedFolders(List<Path> roots) {
        Set<Path> folders = new HashSet<>();
        for (Path root : roots) {
            if (Files.isDirectory(root)) {
                folders.add(root.toAbsolutePath().normalize());
            }
        }
        return folders;
    }

    /**
     * The sources of the projects the Neam documents belong to, minus the documents themselves. A
     * project whose folder was itself searched has none left: that search, with the same filter,
     * found every file the project's own search would (the common {@code lint .} at a project's
     * root), so its folder is not walked a second time.
     */
    private static List<Document> context(List<Document> documents, Set<Path> searchedFolders, DiscoveryFilter filter,
                                          Path workingFolder) throws IOException {
        Set<Path> known = new HashSet<>();
        Set<Path> projectRoots = new LinkedHashSet<>();
        for (Document document : documents) {
            Path file = Path.of(document.path());
            known.add(file.toAbsolutePath().normalize());
            if (!ProjectFiles.isProjectFile(file)) {
                projectRoots.add(ProjectLocator.root(file));
            }
        }
        List<Document> context = new ArrayList<>();
        for (Path root : projectRoots) {
            if (searchedFolders.contains(root.toAbsolutePath().normalize())) {
                continue;
            }
            for (Path source : ProjectLocator.sources(root, filter)) {
                if (known.add(source.toAbsolutePath().normalize())) {
                    FileContent content = FileContent.read(source);
                    if (content.readable()) { // an unreadable neighbour is that file's finding, when it is linted
                        context.add(new Document(shown(source, workingFolder), content.text()));
                    }
                }
            }
        }
        return context;
    }

    /** Relative to the working folder when inside it (the report must not depend on where the checkout is). */
    private static String shown(Path file, Path workingFolder) {
        Path absolute = file.toAbsolutePath().normalize();
        return absolute.startsWith(workingFolder) ? workingFolder.relativize(absolute).toString() : absolute.toString();
    }
}
