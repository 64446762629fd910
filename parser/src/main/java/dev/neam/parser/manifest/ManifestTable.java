package dev.neam.parser.manifest;

import java.util.ArrayList;
import java.util.List;

/**
 * One instance of a table: made by a header, or implicitly by dotted keys; an array of tables has
 * one instance per {@code [[…]]} header.
 *
 * @param path       the table's dotted path
 * @param header     its own header, or for an instance below {@code [[agents]]} that header; null for
 *                   the top level and for tables made only by dotted keys
 * @param implicitBy the first entry whose dotted key made this table, when it has no own header
 * @param entries    its entries in order
 */
public record ManifestTable(List<String> path, TomlHeader header, TomlEntry implicitBy, List<TomlEntry> entries) {
    public ManifestTable {
        path = List.copyOf(path);
        entries = List.copyOf(entries);
    }

    public String name() {
        return String.join(".", path);
    }

    /** The entry of this name (its own key, not a dotted one reaching further down), or null. */
    public TomlEntry entry(String key) {
        for (TomlEntry e : entries) {
            if (e.name().equals(key)) {
                return e;
            }
        }
        return null;
    }

    public TomlValue value(String key) {
        TomlEntry e = entry(key);
        return e == null ? null : e.value();
    }

    /** Whether this instance has its own {@code [header]}. */
    public boolean hasOwnHeader() {
        return header != null && header.path().equals(path);
    }

    static final class Builder {
        final List<String> path;
        TomlHeader header;
        TomlEntry implicitBy;
        final List<TomlEntry> entries = new ArrayList<>();

        Builder(List<String> path, TomlHeader header) {
            this.path = List.copyOf(path);
            this.header = header;
        }

        ManifestTable build() {
            return new ManifestTable(path, header, header != null && header.path().equals(path) ? null : implicitBy, entries);
        }
    }
}
