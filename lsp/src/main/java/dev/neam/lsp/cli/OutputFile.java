package dev.neam.lsp.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Why a report file cannot be written, in words a person acts on (not an exception's class name). */
final class OutputFile {
    private OutputFile() {
    }

    /** What certainly prevents writing {@code file}, checked before any work; null when nothing does. */
    static String problem(Path file) {
        if (Files.isDirectory(file)) {
            return "it is a folder";
        }
        Path folder = file.toAbsolutePath().getParent();
        if (folder != null && !Files.isDirectory(folder)) {
            return "the folder " + displayed(file.getParent(), folder) + " does not exist";
        }
        if (Files.exists(file) && !Files.isWritable(file)) {
            return "permission denied";
        }
        if (folder != null && !Files.exists(file) && !Files.isWritable(folder)) {
            return "permission denied in the folder " + displayed(file.getParent(), folder);
        }
        return null;
    }

    /** Why writing failed after all. */
    static String reason(Path file, IOException e) {
        String before = problem(file);
        if (before != null) {
            return before;
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "the folder does not exist";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        return e.getMessage() == null ? "the file system refused it" : e.getMessage();
    }

    private static String displayed(Path given, Path absolute) {
        return given != null ? given.toString() : absolute.toString();
    }
}
