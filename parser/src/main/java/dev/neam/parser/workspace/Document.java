package dev.neam.parser.workspace;

/** One file to analyse: its path as the caller names it, and its text. */
public record Document(String path, String text) {
}
