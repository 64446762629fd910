package dev.neam.parser.assist;

import dev.neam.parser.ast.ModulePath;
import dev.neam.parser.semantic.symbols.ProjectIndex;
import dev.neam.parser.workspace.ProjectRoots;
import dev.neam.parser.workspace.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** The file an import's module path names, by the same rule the import check uses. */
public final class Modules {
    private Modules() {
    }

    public static Optional<Path> fileOf(Workspace workspace, Path importingFile, ModulePath module) {
        if (module == null || module.segments().isEmpty()) {
            return Optional.empty();
        }
        ProjectIndex rule = new ProjectIndex(ProjectRoots.of(importingFile));
        for (Path candidate : rule.candidates(module.segments())) {
            if (workspace.contains(candidate)) {
                return Optional.of(candidate);
            }
        }
        // a file the workspace has not loaded (outside the open folders) still is where the module lives
        return rule.candidates(module.segments()).stream().filter(Files::isRegularFile).findFirst();
    }

    /** A path as shown to users: relative to the project of {@code from} when inside it. */
    public static String relative(Path from, Path target) {
        Path root = ProjectRoots.of(from);
        Path t = target.toAbsolutePath().normalize();
        return (t.startsWith(root) ? root.relativize(t) : t).toString().replace('\\', '/');
    }
}
