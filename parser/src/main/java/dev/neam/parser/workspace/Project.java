package dev.neam.parser.workspace;

import dev.neam.parser.manifest.FileLookup;
import java.util.List;

/**
 * A Neam project's non-source files to analyse: its {@code neam.toml} and its deploy files.
 *
 * @param manifest         the manifest (path as the caller names it, and text), or null when there is none
 * @param reportManifest   whether the manifest's own diagnostics are wanted (false when it is only
 *                         context for a deploy file named on its own)
 * @param files            candidate deploy files; those that are not deploy files are ignored
 * @param lookup           which project-relative paths exist
 */
public record Project(Document manifest, boolean reportManifest, List<ProjectFile> files, FileLookup lookup) {
    public Project {
        files = List.copyOf(files);
    }
}
