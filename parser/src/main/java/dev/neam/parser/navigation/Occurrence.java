package dev.neam.parser.navigation;

import dev.neam.parser.text.Range;
import java.nio.file.Path;

/**
 * A place a symbol is written: the file (display path and path), the name's range, whether it is
 * the declaration, and whether it writes the symbol (a declaration, an assignment) rather than
 * reading it.
 */
public record Occurrence(String path, Path file, Range range, boolean declaration, boolean write) {
}
