package dev.neam.parser.manifest;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import dev.neam.parser.diagnostic.Severity;
import java.util.List;

/**
 * Exports the schema data as a standard JSON Schema (draft-07) for other TOML tools such as taplo:
 * tables become nested objects, error-level checks become constraints (minimum, maximum, pattern,
 * enum), and what JSON Schema cannot say (versions, who reads a key, warnings) goes under
 * {@code x-neam}.
 */
public final class NeamTomlJsonSchema {

    private NeamTomlJsonSchema() {
    }

    /** The JSON Schema, pretty-printed, ending in a newline. */
    public static String generate() {
        return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(build(ManifestSchema.get())) + "\n";
    }

    static JsonObject build(ManifestSchema schema) {
        JsonObject root = new JsonObject();
        root.addProperty("$schema", "http://json-schema.org/draft-07/schema#");
        root.addProperty("$id", "urn:neam:schema:neam-toml");
        root.addProperty("title", "neam.toml");
        root.addProperty("description", "The Neam project manifest: package identity, dependencies, agents, tests and deploy "
                + "settings, as read by neamc 0.6 (lineage A), 0.6.8 and 0.7.2. Generated from neam-lsp's schema data; do not edit.");
        root.addProperty("type", "object");
        root.add("properties", new JsonObject());
        JsonObject xneam = new JsonObject();
        xneam.add("profiles", strings(schema.profiles()));
        root.add("x-neam", xneam);
        for (SchemaTable table : schema.tables()) {
            if (table.name().isEmpty()) {
                addKeys(schema, root, table);
                root.addProperty("additionalProperties", false);
                continue;
            }
            place(schema, root, table);
        }
        return root;
    }

    /** Puts a table's object schema at its dotted path, creating parent objects as needed. */
    private static void place(ManifestSchema schema, JsonObject root, SchemaTable table) {
        List<String> path = List.of(table.name().split("\\."));
        JsonObject parent = root;
        for (int i = 0; i < path.size() - 1; i++) {
            JsonObject props = parent.getAsJsonObject("properties");
            if (props == null) {
                props = new JsonObject();
                parent.add("properties", props);
            }
            JsonObject next = props.getAsJsonObject(path.get(i));
            if (next == null) {
                next = new JsonObject();
                next.addProperty("type", "object");
                next.add("properties", new JsonObject());
                props.add(path.get(i), next);
            }
            parent = next;
        }
        String last = path.get(path.size() - 1);
        JsonObject object = tableSchema(schema, table);
        if (last.equals("*")) {
            if (!parent.has("additionalProperties")) { // a map's values (dependencies) already say it with anyOf
                parent.add("additionalProperties", object);
            }
            return;
        }
        JsonObject props = parent.getAsJsonObject("properties");
        if (props == null) {
            props = new JsonObject();
            parent.add("properties", props);
        }
        JsonObject existing = props.getAsJsonObject(last);
        if (existing != null && existing.has("properties")) { // a parent created earlier: keep its children
            JsonObject target = table.isArray() ? object.getAsJsonObject("items") : object;
            merge(existing, target);
        }
        props.add(last, object);
    }

    private static void merge(JsonObject from, JsonObject into) {
        JsonObject fromProps = from.getAsJsonObject("properties");
        if (fromProps == null) {
            return;
        }
        JsonObject props = into.getAsJsonObject("properties");
        if (props == null) {
            props = new JsonObject();
            into.add("properties", props);
        }
        for (String k : fromProps.keySet()) {
            if (!props.has(k)) {
                props.add(k, fromProps.get(k));
            }
        }
    }

    private static JsonObject tableSchema(ManifestSchema schema, SchemaTable table) {
        JsonObject object = new JsonObject();
        object.addProperty("type", "object");
        object.addProperty("description", table.doc());
        object.add("properties", new JsonObject());
        addKeys(schema, object, table);
        if (table.isMap() && table.values() != null) {
            JsonObject values = keySchema(schema, table.values());
            SchemaTable wildcard = schema.table(table.name() + ".x");
            if (wildcard != null && table.values().type().contains("table")) {
                JsonArray anyOf = new JsonArray();
                JsonObject string = new JsonObject();
                string.addProperty("type", "string");
                anyOf.add(string);
                anyOf.add(tableSchema(schema, wildcard));
                values = new JsonObject();
                values.addProperty("description", table.values().doc());
                values.add("anyOf", anyOf);
            }
            object.add("additionalProperties", values);
        } else if (!table.isOpen() && !table.readBy().equals("docs")) {
            object.addProperty("additionalProperties", false);
        }
        object.add("x-neam", xneam(table.since(), table.versions(), table.readBy(), false, List.of()));
        if (!table.isArray()) {
            return object;
        }
        JsonArray required = new JsonArray();
        table.keys().stream().filter(SchemaKey::required).forEach(k -> required.add(k.name()));
        if (!required.isEmpty()) {
            object.add("required", required);
        }
        JsonObject array = new JsonObject();
        array.addProperty("type", "array");
        array.addProperty("description", table.doc());
        array.add("items", object);
        return array;
    }

    private static void addKeys(ManifestSchema schema, JsonObject object, SchemaTable table) {
        JsonObject props = object.getAsJsonObject("properties");
        for (SchemaKey key : table.keys()) {
            props.add(key.name(), keySchema(schema, key));
        }
    }

    private static JsonObject keySchema(ManifestSchema schema, SchemaKey key) {
        JsonObject k = new JsonObject();
        String[] types = key.type().split("\\|");
        if (types.length == 1) {
            type(k, types[0]);
        } else {
            JsonArray anyOf = new JsonArray();
            for (String t : types) {
                JsonObject alternative = new JsonObject();
                type(alternative, t);
                anyOf.add(alternative);
            }
            k.add("anyOf", anyOf);
        }
        if (!key.doc().isEmpty()) {
            k.addProperty("description", key.doc());
        }
        if (key.defaultValue() != null) {
            k.add("default", json(key.defaultValue()));
        }
        for (SchemaCheck check : key.checks()) {
            if (check.effectiveSeverity() != Severity.ERROR) {
                continue;
            }
            if (check.min() != null) {
                k.add("minimum", number(check.min()));
            }
            if (check.max() != null) {
                k.add("maximum", number(check.max()));
            }
            if (check.format() != null && schema.format(check.format()) != null) {
                SchemaFormat format = schema.format(check.format());
                k.addProperty("pattern", format.pattern().pattern());
                if (format.maxLength() != null) {
                    k.addProperty("maxLength", format.maxLength());
                }
            }
            if (check.oneOf() != null) {
                k.add("enum", strings(check.oneOf()));
            }
        }
        if (!k.has("enum") && !key.enumValues().isEmpty()) {
            k.add("examples", strings(key.enumValues()));
        } else if (!key.examples().isEmpty()) {
            k.add("examples", strings(key.examples()));
        }
        k.add("x-neam", xneam(key.since(), key.versions(), null, key.secret(), key.affects()));
        return k;
    }

    private static void type(JsonObject k, String type) {
        switch (type) {
            case "string-array" -> {
                k.addProperty("type", "array");
                JsonObject items = new JsonObject();
                items.addProperty("type", "string");
                k.add("items", items);
            }
            case "table" -> k.addProperty("type", "object");
            default -> k.addProperty("type", type);
        }
    }

    private static JsonObject xneam(String since, List<String> versions, String readBy, boolean secret, List<String> affects) {
        JsonObject x = new JsonObject();
        x.addProperty("since", since);
        x.add("versions", strings(versions));
        if (readBy != null) {
            x.addProperty("readBy", readBy);
        }
        if (secret) {
            x.addProperty("secret", true);
        }
        if (!affects.isEmpty()) {
            x.add("affects", strings(affects));
        }
        return x;
    }

    private static JsonPrimitive number(double d) {
        return d == Math.rint(d) ? new JsonPrimitive((long) d) : new JsonPrimitive(d);
    }

    private static com.google.gson.JsonElement json(Object value) {
        if (value instanceof List<?> list) {
            JsonArray a = new JsonArray();
            list.forEach(v -> a.add(json(v)));
            return a;
        }
        if (value instanceof Boolean b) {
            return new JsonPrimitive(b);
        }
        if (value instanceof Number n) {
            return new JsonPrimitive(n);
        }
        return new JsonPrimitive(String.valueOf(value));
    }

    private static JsonArray strings(List<String> values) {
        JsonArray a = new JsonArray();
        values.forEach(a::add);
        return a;
    }
}
