package dev.neam.parser.manifest;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.neam.parser.diagnostic.DiagnosticCode;
import dev.neam.parser.diagnostic.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The neam.toml schema, loaded from the data file {@code neam-toml-schema.json} beside this class:
 * every table and key with type, default, checks, versions and docs. Validation, completion, hover,
 * the JSON Schema export and the generated docs all read this one description.
 */
public final class ManifestSchema {

    public static final String RESOURCE = "neam-toml-schema.json";

    private static volatile ManifestSchema instance;

    private final List<SchemaTable> tables;
    private final Map<String, SchemaFormat> formats;
    private final Map<String, List<String>> targets;
    private final Map<String, String> unsupportedTargets;
    private final List<String> profiles;
    private final JsonObject raw;

    private ManifestSchema(JsonObject root) {
        this.raw = root;
        Map<String, SchemaFormat> fmts = new LinkedHashMap<>();
        for (Map.Entry<String, JsonElement> e : root.getAsJsonObject("formats").entrySet()) {
            JsonObject f = e.getValue().getAsJsonObject();
            fmts.put(e.getKey(), new SchemaFormat(e.getKey(), Pattern.compile(f.get("pattern").getAsString()),
                    f.has("maxLength") ? f.get("maxLength").getAsInt() : null, f.get("description").getAsString()));
        }
        this.formats = Map.copyOf(fmts);
        List<SchemaTable> list = new ArrayList<>();
        for (JsonElement t : root.getAsJsonArray("tables")) {
            list.add(table(t.getAsJsonObject()));
        }
        this.tables = List.copyOf(list);
        Map<String, List<String>> tgts = new LinkedHashMap<>();
        for (Map.Entry<String, JsonElement> e : root.getAsJsonObject("targets").entrySet()) {
            tgts.put(e.getKey(), strings(e.getValue().getAsJsonArray()));
        }
        this.targets = Map.copyOf(tgts);
        Map<String, String> unsupported = new LinkedHashMap<>();
        root.getAsJsonObject("unsupportedTargets").entrySet().forEach(e -> unsupported.put(e.getKey(), e.getValue().getAsString()));
        this.unsupportedTargets = Map.copyOf(unsupported);
        List<String> ids = new ArrayList<>();
        root.getAsJsonArray("profiles").forEach(p -> ids.add(p.getAsJsonObject().get("id").getAsString()));
        this.profiles = List.copyOf(ids);
    }

    /** The schema shipped with this library (loaded once). */
    public static ManifestSchema get() {
        ManifestSchema s = instance;
        if (s == null) {
            synchronized (ManifestSchema.class) {
                if (instance == null) {
                    instance = load();
                }
                s = instance;
            }
        }
        return s;
    }

    private static ManifestSchema load() {
        try (InputStream in = ManifestSchema.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                return new ManifestSchema(JsonParser.parseReader(reader).getAsJsonObject());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<SchemaTable> tables() {
        return tables;
    }

    /** The table description for a concrete table name (exact names win over wildcards), or null. */
    public SchemaTable table(String name) {
        SchemaTable wildcard = null;
        for (SchemaTable t : tables) {
            if (t.name().equals(name)) {
                return t;
            }
            if (wildcard == null && t.name().endsWith(".*") && t.matches(name)) {
                wildcard = t;
            }
        }
        return wildcard;
    }

    public SchemaFormat format(String name) {
        return formats.get(name);
    }

    public Map<String, SchemaFormat> formats() {
        return formats;
    }

    /** Deploy targets each profile's CLI accepts. */
    public List<String> targets(String profile) {
        if (targets.containsKey(profile)) {
            return targets.get(profile);
        }
        List<String> union = new ArrayList<>();
        targets.values().forEach(list -> list.stream().filter(t -> !union.contains(t)).forEach(union::add));
        return union;
    }

    /** Target names from the docs that no CLI accepts, each with the target that does what it means. */
    public Map<String, String> unsupportedTargets() {
        return unsupportedTargets;
    }

    public List<String> profiles() {
        return profiles;
    }

    /** The data as read, for exporters. */
    JsonObject raw() {
        return raw.deepCopy();
    }

    private static SchemaTable table(JsonObject t) {
        List<String> versions = strings(t.getAsJsonArray("versions"));
        String since = t.has("since") ? t.get("since").getAsString() : "orig";
        List<SchemaKey> keys = new ArrayList<>();
        for (JsonElement k : t.getAsJsonArray("keys")) {
            keys.add(key(k.getAsJsonObject(), versions, since));
        }
        SchemaKey values = t.has("values") ? key(withName(t.getAsJsonObject("values"), "*"), versions, since) : null;
        return new SchemaTable(t.get("name").getAsString(), t.get("kind").getAsString(), t.get("doc").getAsString(),
                t.get("readBy").getAsString(), versions, since, values, keys);
    }

    private static JsonObject withName(JsonObject o, String name) {
        JsonObject copy = o.deepCopy();
        copy.addProperty("name", name);
        return copy;
    }

    private static SchemaKey key(JsonObject k, List<String> tableVersions, String tableSince) {
        List<SchemaCheck> checks = new ArrayList<>();
        if (k.has("checks")) {
            for (JsonElement c : k.getAsJsonArray("checks")) {
                checks.add(check(c.getAsJsonObject()));
            }
        }
        return new SchemaKey(k.get("name").getAsString(), k.get("type").getAsString(),
                k.has("doc") ? k.get("doc").getAsString() : "",
                k.has("default") ? value(k.get("default")) : null,
                k.has("since") ? k.get("since").getAsString() : tableSince,
                k.has("versions") ? strings(k.getAsJsonArray("versions")) : tableVersions,
                k.has("enum") ? strings(k.getAsJsonArray("enum")) : List.of(),
                checks,
                k.has("secret") && k.get("secret").getAsBoolean(),
                k.has("required") && k.get("required").getAsBoolean(),
                k.has("examples") ? strings(k.getAsJsonArray("examples")) : List.of(),
                k.has("affects") ? strings(k.getAsJsonArray("affects")) : List.of(),
                k.has("enumDocs") ? stringMap(k.getAsJsonObject("enumDocs")) : Map.of());
    }

    private static SchemaCheck check(JsonObject c) {
        String id = c.get("code").getAsString();
        DiagnosticCode code = null;
        for (DiagnosticCode d : DiagnosticCode.values()) {
            if (d.id().equals(id)) {
                code = d;
            }
        }
        if (code == null) {
            throw new IllegalStateException("schema data names an unknown diagnostic code " + id);
        }
        return new SchemaCheck(code,
                c.has("severity") ? Severity.valueOf(c.get("severity").getAsString().toUpperCase(Locale.ROOT)) : null,
                c.has("min") ? c.get("min").getAsDouble() : null,
                c.has("max") ? c.get("max").getAsDouble() : null,
                c.has("format") ? c.get("format").getAsString() : null,
                c.has("oneOf") ? strings(c.getAsJsonArray("oneOf")) : null,
                c.has("notIn") ? strings(c.getAsJsonArray("notIn")) : null,
                c.has("message") ? c.get("message").getAsString() : null,
                c.has("when") ? c.get("when").getAsString() : null,
                c.has("unless") ? c.get("unless").getAsString() : null);
    }

    private static Object value(JsonElement e) {
        if (e.isJsonArray()) {
            List<Object> list = new ArrayList<>();
            e.getAsJsonArray().forEach(x -> list.add(value(x)));
            return List.copyOf(list);
        }
        if (e.isJsonPrimitive() && e.getAsJsonPrimitive().isBoolean()) {
            return e.getAsBoolean();
        }
        if (e.isJsonPrimitive() && e.getAsJsonPrimitive().isNumber()) {
            String text = e.getAsString();
            return text.contains(".") ? (Object) e.getAsDouble() : (Object) e.getAsLong();
        }
        return e.getAsString();
    }

    private static Map<String, String> stringMap(JsonObject object) {
        Map<String, String> map = new LinkedHashMap<>();
        object.entrySet().forEach(e -> map.put(e.getKey(), e.getValue().getAsString()));
        return map;
    }

    private static List<String> strings(JsonArray array) {
        List<String> list = new ArrayList<>();
        array.forEach(x -> list.add(x.getAsString()));
        return List.copyOf(list);
    }
}
