package dev.neam.parser.workspace;

/**
 * A file of a project: its path as the caller names it, its '/'-separated path relative to the
 * project root (the folder of neam.toml), and its text. A file {@code named} by the user (not found
 * by searching) is a deploy file by its name alone, wherever it is.
 */
public record ProjectFile(String path, String relative, String text, boolean named) {
    public ProjectFile(String path, String relative, String text) {
        this(path, relative, text, false);
    }
}
