package dev.neam.parser.workspace;

import dev.neam.parser.deploy.DeployFileKind;
import dev.neam.parser.deploy.DeployFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;

/**
 * Which {@link FileRole} a file has: {@code *.neam} files are Neam sources; a file named
 * {@code neam.toml} is a manifest; inside a project (a folder with {@code neam.toml} at or above the
 * file), Dockerfiles and compose files anywhere, and YAML under the project's deploy globs (its own
 * {@code [tool.neam-lsp] deploy-globs}, else the options'), are deploy files. YAML elsewhere, Helm
 * templates and files outside any project have no role: an editor may send every YAML file it
 * opens, and unrelated ones must not be claimed.
 */
public final class FileRoles {
    private FileRoles() {
    }

    /**
     * @param configOf the {@code [tool.neam-lsp]} configuration of a project root (its deploy globs)
     */
    public static FileRole of(Path file, ProjectOptions options, Function<Path, ToolConfig> configOf) {
        Path absolute = file.toAbsolutePath().normalize();
        String name = String.valueOf(absolute.getFileName());
        if (WorkspaceFiles.isNeamFile(name)) {
            return FileRole.NEAM;
        }
        if (name.equals(ProjectRoots.MANIFEST)) {
            return FileRole.MANIFEST;
        }
        DeployFileKind byName = DeployFiles.classifyByName(name, relative -> false);
        if (byName == null) {
            return FileRole.NONE;
        }
        Optional<Path> manifest = manifestOf(absolute);
        if (manifest.isEmpty()) {
            return FileRole.NONE;
        }
        if (byName == DeployFileKind.DOCKERFILE || byName == DeployFileKind.COMPOSE) {
            return FileRole.DEPLOY;
        }
        Path root = manifest.get().getParent();
        String relative = root.relativize(absolute).toString().replace('\\', '/');
        DeployFiles globs = new DeployFiles(options.forProject(configOf.apply(root)).deployGlobs());
        return globs.classify(relative, ProjectFiles.lookup(root)) != null ? FileRole.DEPLOY : FileRole.NONE;
    }

    /** The {@code neam.toml} that governs a file: the nearest one in its folder or above. */
    public static Optional<Path> manifestOf(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        for (Path dir = absolute.getParent(); dir != null; dir = dir.getParent()) {
            Path manifest = dir.resolve(ProjectRoots.MANIFEST);
            if (Files.isRegularFile(manifest)) {
                return Optional.of(manifest);
            }
        }
        return Optional.empty();
    }
}
