package dev.neam.parser.manifest;

import dev.neam.parser.text.Range;
import java.util.List;

/**
 * One {@code key = value} line (or one pair inside an inline table).
 *
 * @param key       the key as written
 * @param value     the value as written
 * @param comment   a trailing {@code # comment} on the same line, or null
 * @param header    the table header it stands under, or null (top level or inside an inline table)
 * @param tablePath the full path of the table holding the key: the header's path plus the key's
 *                  leading segments
 */
public record TomlEntry(TomlKey key, TomlValue value, Range comment, TomlHeader header, List<String> tablePath) {
    public TomlEntry {
        tablePath = List.copyOf(tablePath);
    }

    /** The key's name inside its table. */
    public String name() {
        return key.name();
    }

    public String tableName() {
        return String.join(".", tablePath);
    }

    /** {@code deploy.kubernetes.replicas}. */
    public String qualifiedName() {
        return tablePath.isEmpty() ? name() : tableName() + "." + name();
    }
}
