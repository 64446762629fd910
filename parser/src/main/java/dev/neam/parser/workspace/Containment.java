package dev.neam.parser.workspace;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Keeps reading, existence checks, links and path completion inside a project. A checked-out
 * repository is untrusted input: a {@code .neam} file that is a symbolic link to a credentials file,
 * a path property naming {@code /root/.ssh/id_rsa}, or a FIFO that blocks whoever opens it must not
 * make the tools read, reveal or wait on anything outside the folder they were pointed at.
 *
 * <p>Symbolic links are resolved before deciding: a place is inside a root when its real path
 * (every link followed) lies below the root's real path. A path that does not exist yet is judged by
 * its nearest existing folder.
 */
public final class Containment {

    private Containment() {
    }

    /** Whether {@code path}, every link resolved, lies inside {@code root} (or is the root). */
    public static boolean inside(Path root, Path path) {
        Path realRoot = real(root.toAbsolutePath().normalize());
        Path realPath = real(path.toAbsolutePath().normalize());
        return realRoot != null && realPath != null && realPath.startsWith(realRoot);
    }

    /** Whether {@code path}, every link resolved, is a regular file (not a FIFO, device, socket or folder). */
    public static boolean isRegularFile(Path path) {
        try {
            return Files.readAttributes(path, BasicFileAttributes.class).isRegularFile();
        } catch (IOException | SecurityException e) {
            return false;
        }
    }

    /** Whether {@code path} exists and is neither a regular file nor a folder: a FIFO, a device or a socket. */
    public static boolean isSpecialFile(Path path) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
            return attributes.isOther();
        } catch (IOException | SecurityException e) {
            return false;
        }
    }

    /** Whether {@code path} is a symbolic link whose target lies outside {@code root}. */
    public static boolean leaves(Path root, Path path) {
        return Files.isSymbolicLink(path) && !inside(root, path);
    }

    /**
     * The real path of a place: its nearest existing ancestor resolved, the rest appended; null when
     * not even that can be resolved.
     */
    private static Path real(Path absolute) {
        Path existing = absolute;
        Path rest = null;
        while (existing != null && !Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) {
            Path name = existing.getFileName();
            rest = rest == null ? name : name.resolve(rest);
            existing = existing.getParent();
        }
        if (existing == null) {
            return null;
        }
        try {
            Path resolved = existing.toRealPath();
            return rest == null ? resolved : resolved.resolve(rest).normalize();
        } catch (IOException | SecurityException e) {
            return null; // a dangling link or a loop: nothing known to be inside
        }
    }
}
