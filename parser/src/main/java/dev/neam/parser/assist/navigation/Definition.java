package dev.neam.parser.assist.navigation;

import dev.neam.parser.text.Range;
import java.nio.file.Path;
import java.util.List;

/**
 * Where a name under the cursor is declared. {@code origin} is the word asked about; each target
 * has the whole declaration ({@code range}) and the part to select, its name ({@code selection}).
 */
public record Definition(Range origin, List<Target> targets) {

    public record Target(Path file, Range range, Range selection) {
    }
}
