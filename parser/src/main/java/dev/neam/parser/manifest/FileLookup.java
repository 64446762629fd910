package dev.neam.parser.manifest;

/**
 * Whether a file or folder exists in the project, by a '/'-separated path relative to the project
 * root. Lint answers from the disk, the server from the disk and its open documents, fixture tests
 * from the fixture's files.
 */
@FunctionalInterface
public interface FileLookup {
    boolean exists(String relativePath);

    /** Nothing exists: for text analysed without a project around it. */
    FileLookup NONE = path -> false;
}
