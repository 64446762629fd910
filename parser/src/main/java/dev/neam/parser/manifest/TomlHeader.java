package dev.neam.parser.manifest;

import dev.neam.parser.text.Range;
import java.util.List;

/**
 * A table header {@code [a.b]} or {@code [[a]]}.
 *
 * @param path          the decoded segments
 * @param range         the whole header, brackets included
 * @param nameRange     the text between the brackets, without surrounding spaces
 * @param arrayOfTables {@code [[…]]}
 * @param index         for {@code [[…]]}: which entry of the array (0-based); otherwise 0
 * @param comment       a trailing {@code # comment}, or null
 * @param spaced        whitespace just inside the brackets ({@code [ deploy ]}), which neamc does not trim
 * @param quoted        a quoted segment, which neamc does not understand
 */
public record TomlHeader(List<String> path, Range range, Range nameRange, boolean arrayOfTables, int index, Range comment,
        boolean spaced, boolean quoted) {
    public TomlHeader {
        path = List.copyOf(path);
    }

    public String name() {
        return String.join(".", path);
    }

    /** {@code [deploy]} or {@code [[agents]]}, for messages. */
    public String display() {
        return arrayOfTables ? "[[" + name() + "]]" : "[" + name() + "]";
    }
}
