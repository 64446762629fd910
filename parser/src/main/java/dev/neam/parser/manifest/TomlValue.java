package dev.neam.parser.manifest;

import dev.neam.parser.text.Range;
import java.util.List;

/**
 * A value as written, with its range: the token kind, the raw text, the decoded value (String,
 * Long, Double, Boolean or the raw text of a date), and for arrays and inline tables their parts.
 * {@code decoded} is null when the token is malformed (the TOML syntax check reports it).
 */
public record TomlValue(Kind kind, Range range, String raw, Object decoded, List<TomlValue> elements,
        List<TomlEntry> entries, boolean multiline) {

    /** Token kinds; the string kinds are distinguished because neamc reads them differently. */
    public enum Kind {
        BASIC_STRING, LITERAL_STRING, MULTILINE_BASIC_STRING, MULTILINE_LITERAL_STRING,
        INTEGER, FLOAT, BOOLEAN, DATETIME, ARRAY, INLINE_TABLE, INVALID;

        public boolean isString() {
            return this == BASIC_STRING || this == LITERAL_STRING || this == MULTILINE_BASIC_STRING
                    || this == MULTILINE_LITERAL_STRING;
        }
    }

    public TomlValue {
        elements = List.copyOf(elements);
        entries = List.copyOf(entries);
    }

    public boolean isString() {
        return kind.isString() && decoded instanceof String;
    }

    public String asString() {
        return decoded instanceof String s ? s : null;
    }

    public Long asLong() {
        return decoded instanceof Long l ? l : null;
    }

    /** A number of either kind, as a double. */
    public Double asNumber() {
        return decoded instanceof Number n ? n.doubleValue() : null;
    }

    public Boolean asBoolean() {
        return decoded instanceof Boolean b ? b : null;
    }

    /** The type name used in messages and by the schema: string, integer, float, boolean, datetime, array, table. */
    public String typeName() {
        return switch (kind) {
            case BASIC_STRING, LITERAL_STRING, MULTILINE_BASIC_STRING, MULTILINE_LITERAL_STRING -> "string";
            case INTEGER -> "integer";
            case FLOAT -> "float";
            case BOOLEAN -> "boolean";
            case DATETIME -> "datetime";
            case ARRAY -> "array";
            case INLINE_TABLE -> "table";
            case INVALID -> "invalid";
        };
    }

    /** The inline-table entry of this name, or null. */
    public TomlEntry entry(String name) {
        for (TomlEntry e : entries) {
            if (!e.key().dotted() && e.key().name().equals(name)) {
                return e;
            }
        }
        return null;
    }
}
