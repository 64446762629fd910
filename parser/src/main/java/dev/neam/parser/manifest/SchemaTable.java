package dev.neam.parser.manifest;

import java.util.List;

/**
 * One table of the schema data.
 *
 * @param name     dotted name; a last segment {@code *} matches any name ({@code llm.rate-limits.*})
 * @param kind     {@code table} (a closed set of keys), {@code array} (an array of tables), {@code map}
 *                 (any key, each value described by {@code values}) or {@code open} (known keys, others accepted)
 * @param readBy   {@code neamc}, {@code stdlib} (the standard library's project tooling) or {@code docs} (no code reads it)
 * @param versions the neamc versions (profiles) that read it
 * @param values   for a map: the type and doc of every value
 */
public record SchemaTable(String name, String kind, String doc, String readBy, List<String> versions, String since,
        SchemaKey values, List<SchemaKey> keys) {

    public SchemaTable {
        versions = List.copyOf(versions);
        keys = List.copyOf(keys);
    }

    public SchemaKey key(String key) {
        for (SchemaKey k : keys) {
            if (k.name().equals(key)) {
                return k;
            }
        }
        return null;
    }

    public boolean isMap() {
        return kind.equals("map");
    }

    public boolean isOpen() {
        return kind.equals("open");
    }

    public boolean isArray() {
        return kind.equals("array");
    }

    public boolean matches(String tableName) {
        if (name.endsWith(".*")) {
            String prefix = name.substring(0, name.length() - 1);
            return tableName.startsWith(prefix) && tableName.length() > prefix.length()
                    && tableName.indexOf('.', prefix.length()) < 0;
        }
        return name.equals(tableName);
    }
}
