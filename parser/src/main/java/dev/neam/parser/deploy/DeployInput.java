package dev.neam.parser.deploy;

/**
 * One deploy file to check.
 *
 * @param path     the path as the caller names it (printed, and used in related locations)
 * @param relative '/'-separated path relative to the project root
 * @param kind     what it is
 * @param text     its content
 */
public record DeployInput(String path, String relative, DeployFileKind kind, String text) {
}
