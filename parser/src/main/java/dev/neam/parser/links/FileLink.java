package dev.neam.parser.links;

import dev.neam.parser.text.Range;
import java.nio.file.Path;

/** A span of a document that names an existing file: a path value, or the module of an import. */
public record FileLink(Range range, Path target) {
}
