package dev.neam.parser.manifest;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import dev.neam.parser.diagnostic.DiagnosticCode;
import dev.neam.parser.diagnostic.Severity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Exports the schema data as a standard JSON Schema (draft-07) for other TOML tools such as taplo.
 * It is the contract of the rules a schema can express: tables become nested objects, closed ones
 * with {@code additionalProperties: false}; the value checks lint reports as errors or warnings
 * become constraints ({@link ValueConstraints}); a check that holds only when a table is present
 * becomes an {@code if}/{@code then}; closed value lists and diagnostic codes ([tool.neam-lsp]) become
 * enums. A manifest the schema accepts gets no error or warning from those rules, and one it rejects
 * gets one. What JSON Schema cannot say (versions, who reads a key) goes under {@code x-neam}.
 */
public final class NeamTomlJsonSchema {

    static final String ENUM_CLOSED = "enumClosed";
    static final String KEY_NAMES = "keyNames";
    static final String ITEM_NAMES = "itemNames";
    static final String DIAGNOSTIC_CODE = "diagnostic-code";

    private final ManifestSchema schema;
    /** The data of each table as written, for the fields only this export reads. */
    private final Map<String, JsonObject> rawTables = new HashMap<>();

    private NeamTomlJsonSchema(ManifestSchema schema) {
        this.schema = schema;
        for (JsonElement t : schema.raw().getAsJsonArray("tables")) {
            rawTables.put(t.getAsJsonObject().get("name").getAsString(), t.getAsJsonObject());
        }
    }

    /** The JSON Schema, pretty-printed, ending in a newline. */
    public static String generate() {
        return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(build(ManifestSchema.get())) + "\n";
    }

    static JsonObject build(ManifestSchema schema) {
        return new NeamTomlJsonSchema(schema).root();
    }

    private JsonObject root() {
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
                addKeys(root, table);
                root.addProperty("additionalProperties", false);
                continue;
            }
            place(root, table);
        }
        JsonArray conditions = conditions();
        if (!conditions.isEmpty()) {
            root.add("allOf", conditions);
        }
        return root;
    }

    /**
     * The checks that hold only when a table is present (or absent), as {@code if}/{@code then}
     * clauses: {@code package.name} must be DNS-safe when the manifest has [deploy].
     */
    private JsonArray conditions() {
        JsonArray all = new JsonArray();
        for (SchemaTable table : schema.tables()) {
            for (SchemaKey key : table.keys()) {
                for (SchemaCheck check : key.checks()) {
                    if ((check.when() == null && check.unless() == null) || !reported(check)) {
                        continue;
                    }
                    if (table.isArray() || table.name().contains("*") || table.name().isEmpty()) {
                        throw new IllegalStateException("a conditional check must be in a plain table: " + table.name());
                    }
                    JsonObject present = new JsonObject();
                    present.add("required", strings(List.of(check.when() != null ? check.when() : check.unless())));
                    JsonObject condition = present;
                    if (check.when() == null) {
                        condition = new JsonObject();
                        condition.add("not", present);
                    }
                    JsonObject value = new JsonObject();
                    ValueConstraints.of(schema, List.of(check)).addTo(value);
                    JsonObject then = value;
                    List<String> path = new ArrayList<>(List.of(table.name().split("\\.")));
                    path.add(key.name());
                    for (int i = path.size() - 1; i >= 0; i--) {
                        JsonObject properties = new JsonObject();
                        properties.add(path.get(i), then);
                        then = new JsonObject();
                        then.add("properties", properties);
                    }
                    JsonObject clause = new JsonObject();
                    clause.add("if", condition);
                    clause.add("then", then);
                    all.add(clause);
                }
            }
        }
        return all;
    }

    /** Puts a table's object schema at its dotted path, creating parent objects as needed. */
    private void place(JsonObject root, SchemaTable table) {
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
        JsonObject object = tableSchema(table);
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

    private JsonObject tableSchema(SchemaTable table) {
        JsonObject raw = rawTables.get(table.name());
        JsonObject object = new JsonObject();
        object.addProperty("type", "object");
        object.addProperty("description", table.doc());
        object.add("properties", new JsonObject());
        addKeys(object, table);
        if (names(raw, KEY_NAMES)) {
            object.add("propertyNames", diagnosticCodes());
        }
        if (table.isMap() && table.values() != null) {
            JsonObject values = keySchema(table.values(), raw.getAsJsonObject("values"));
            SchemaTable wildcard = schema.table(table.name() + ".x");
            if (wildcard != null && table.values().type().contains("table")) {
                JsonArray anyOf = new JsonArray();
                JsonObject string = new JsonObject();
                string.addProperty("type", "string");
                ValueConstraints.of(schema, table.values().checks().stream().filter(NeamTomlJsonSchema::expressedAlways).toList())
                        .addTo(string);
                anyOf.add(string);
                anyOf.add(tableSchema(wildcard));
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

    private void addKeys(JsonObject object, SchemaTable table) {
        JsonObject props = object.getAsJsonObject("properties");
        JsonObject raw = rawTables.get(table.name());
        Map<String, JsonObject> rawKeys = new HashMap<>();
        if (raw != null) {
            raw.getAsJsonArray("keys").forEach(k -> rawKeys.put(k.getAsJsonObject().get("name").getAsString(), k.getAsJsonObject()));
        }
        for (SchemaKey key : table.keys()) {
            props.add(key.name(), keySchema(key, rawKeys.get(key.name())));
        }
    }

    private JsonObject keySchema(SchemaKey key, JsonObject raw) {
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
        ValueConstraints.of(schema, key.checks().stream().filter(NeamTomlJsonSchema::expressedAlways).toList()).addTo(k);
        boolean closed = raw != null && raw.has(ENUM_CLOSED) && raw.get(ENUM_CLOSED).getAsBoolean();
        if (closed && key.type().equals("table")) {
            JsonObject values = new JsonObject();
            values.add("enum", strings(key.enumValues()));
            k.add("additionalProperties", values);
        } else if (closed) {
            k.add("enum", strings(key.enumValues()));
        } else if (!k.has("enum") && !key.enumValues().isEmpty()) {
            k.add("examples", strings(key.enumValues()));
        } else if (!key.examples().isEmpty()) {
            k.add("examples", strings(key.examples()));
        }
        if (names(raw, KEY_NAMES)) {
            k.add("propertyNames", diagnosticCodes());
        }
        if (names(raw, ITEM_NAMES)) {
            k.add("items", diagnosticCodes());
        }
        k.add("x-neam", xneam(key.since(), key.versions(), null, key.secret(), key.affects()));
        return k;
    }

    /**
     * Whether a check becomes part of a key's schema wherever the key is: it holds in every manifest,
     * and lint reports it as an error or a warning (information is advice, not a rejection).
     */
    private static boolean expressedAlways(SchemaCheck check) {
        return check.when() == null && check.unless() == null && reported(check);
    }

    static boolean reported(SchemaCheck check) {
        return check.effectiveSeverity() == Severity.ERROR || check.effectiveSeverity() == Severity.WARNING;
    }

    /** Whether the raw data says that a table's keys (or an array's items) are diagnostic codes. */
    private static boolean names(JsonObject raw, String field) {
        return raw != null && raw.has(field) && raw.get(field).getAsString().equals(DIAGNOSTIC_CODE);
    }

    /** {@code {"enum": [every code]}}: what [tool.neam-lsp] accepts as a code. */
    private static JsonObject diagnosticCodes() {
        JsonObject codes = new JsonObject();
        codes.addProperty("type", "string");
        JsonArray ids = new JsonArray();
        for (DiagnosticCode code : DiagnosticCode.values()) {
            ids.add(code.id());
        }
        codes.add("enum", ids);
        return codes;
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

    private static JsonElement json(Object value) {
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
