package dev.neam.parser.assist.manifest;

/** A foldable run of whole lines of a neam.toml (0-based, both included); {@code comment} for a run of comment lines. */
public record ManifestFold(int startLine, int endLine, boolean comment) {
}
