package dev.neam.parser.workspace;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The {@link ToolConfig} of each project root, read once and shared by file discovery and
 * analysis (thread-safe). The server calls {@link #forget} when a {@code neam.toml} changes.
 */
public final class ToolConfigs {
    private final Map<Path, ToolConfig> byRoot = new ConcurrentHashMap<>();

    /** The configuration of the project rooted at this folder (its {@code neam.toml}, if any). */
    public ToolConfig forRoot(Path projectRoot) {
        Path root = projectRoot.toAbsolutePath().normalize();
        return byRoot.computeIfAbsent(root, r -> ToolConfigReader.read(r.resolve(ProjectRoots.MANIFEST)));
    }

    /** The configuration that applies to a file: its project's. */
    public ToolConfig forFile(Path file) {
        return forRoot(ProjectRoots.of(file));
    }

    /** Drops what was read for this project root, so the next request reads the manifest again. */
    public void forget(Path projectRoot) {
        byRoot.remove(projectRoot.toAbsolutePath().normalize());
    }

    /** Every configuration read so far that came from a manifest. */
    public List<ToolConfig> loaded() {
        return byRoot.values().stream().filter(c -> c.manifest() != null)
                .sorted(java.util.Comparator.comparing(c -> c.manifest().toString())).toList();
    }
}
