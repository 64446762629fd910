package dev.neam.parser.manifest;

import java.util.List;
import java.util.Map;

/**
 * One key of a table, as described by the schema data.
 *
 * @param type         {@code string}, {@code integer}, {@code number}, {@code boolean}, {@code string-array},
 *                     {@code array}, {@code table} or a union such as {@code string|table}
 * @param defaultValue the value neamc uses when the key is absent (String, Long, Double, Boolean or a list), or null
 * @param since        the version that introduced the key ({@code orig}, {@code 0.6.0}, {@code 0.6.8}, {@code 0.7.2})
 * @param versions     the neamc versions (profiles) that read it; empty when no neamc code does
 * @param enumValues   values offered by completion (the checks decide what is reported)
 * @param secret       whether the key holds a secret, so only a reference such as {@code env://NAME} belongs there
 * @param affects      generated files and fields the key ends up in (for hover)
 * @param enumDocs     what each of {@code enumValues} means, where the data says (completion and hover)
 */
public record SchemaKey(String name, String type, String doc, Object defaultValue, String since, List<String> versions,
        List<String> enumValues, List<SchemaCheck> checks, boolean secret, boolean required, List<String> examples,
        List<String> affects, Map<String, String> enumDocs) {

    public SchemaKey {
        versions = List.copyOf(versions);
        enumValues = List.copyOf(enumValues);
        checks = List.copyOf(checks);
        examples = List.copyOf(examples);
        affects = List.copyOf(affects);
        enumDocs = Map.copyOf(enumDocs);
    }

    /** The doc of one of {@code enumValues}, or an empty string. */
    public String enumDoc(String value) {
        return enumDocs.getOrDefault(value, "");
    }

    /** Whether a value of this TOML type fits: integers fit {@code number}, an array of strings fits {@code string-array}. */
    public boolean accepts(TomlValue value) {
        for (String alternative : type.split("\\|")) {
            if (fits(alternative, value)) {
                return true;
            }
        }
        return false;
    }

    private static boolean fits(String type, TomlValue value) {
        return switch (type) {
            case "string" -> value.kind().isString();
            case "integer" -> value.kind() == TomlValue.Kind.INTEGER;
            case "number" -> value.kind() == TomlValue.Kind.INTEGER || value.kind() == TomlValue.Kind.FLOAT;
            case "boolean" -> value.kind() == TomlValue.Kind.BOOLEAN;
            case "array" -> value.kind() == TomlValue.Kind.ARRAY;
            case "string-array" -> value.kind() == TomlValue.Kind.ARRAY && value.elements().stream().allMatch(e -> e.kind().isString());
            case "table" -> value.kind() == TomlValue.Kind.INLINE_TABLE;
            default -> true;
        };
    }

    /** {@code an integer}, {@code a string or an inline table}: the type for messages. */
    public String typeDescription() {
        List<String> parts = new java.util.ArrayList<>();
        for (String alternative : type.split("\\|")) {
            parts.add(switch (alternative) {
                case "string" -> "a string";
                case "integer" -> "an integer";
                case "number" -> "a number";
                case "boolean" -> "a boolean (true or false)";
                case "array" -> "an array";
                case "string-array" -> "an array of strings";
                case "table" -> "an inline table";
                default -> alternative;
            });
        }
        return String.join(" or ", parts);
    }
}
