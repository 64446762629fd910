package dev.neam.parser.workspace;

import java.nio.file.Files;
import java.nio.file.Path;

/** A project is the nearest folder holding `neam.toml`, else the file's own folder. */
public final class ProjectRoots {
    public static final String MANIFEST = "neam.toml";

    private ProjectRoots() {
    }

    public static Path of(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        for (Path dir = absolute.getParent(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve(MANIFEST))) {
                return dir;
            }
        }
        Path parent = absolute.getParent();
        return parent == null ? absolute : parent;
    }
}
