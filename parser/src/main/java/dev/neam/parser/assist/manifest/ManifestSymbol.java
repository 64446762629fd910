package dev.neam.parser.assist.manifest;

import dev.neam.parser.text.Range;
import java.util.List;

/**
 * One entry of a neam.toml outline: a table (with its keys and nested tables) or a key (with its
 * value as detail).
 *
 * @param range          the whole table or {@code key = value}
 * @param selectionRange the header's name or the key
 */
public record ManifestSymbol(String name, String detail, Kind kind, Range range, Range selectionRange,
                             List<ManifestSymbol> children) {

    /** A table, or a key by the kind of its value. */
    public enum Kind {
        TABLE, STRING, NUMBER, BOOLEAN, ARRAY, INLINE_TABLE, OTHER
    }

    public ManifestSymbol {
        children = List.copyOf(children);
    }
}
