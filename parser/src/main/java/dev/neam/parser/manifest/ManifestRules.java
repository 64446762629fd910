package dev.neam.parser.manifest;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The neam.toml rules as data ({@code manifest-rules.json}): for each TOML code its short name, the
 * spec rule it implements and its remediation; read by the generated docs (and later code actions).
 */
public final class ManifestRules {

    /** One rule's data. */
    public record Rule(String code, String name, String specRule, String remediation) {
    }

    private static volatile Map<String, Rule> rules;

    private ManifestRules() {
    }

    public static List<Rule> all() {
        return List.copyOf(load().values());
    }

    public static Rule rule(String code) {
        return load().get(code);
    }

    private static Map<String, Rule> load() {
        Map<String, Rule> r = rules;
        if (r != null) {
            return r;
        }
        try (InputStream in = ManifestRules.class.getResourceAsStream("manifest-rules.json")) {
            if (in == null) {
                throw new IllegalStateException("missing resource manifest-rules.json");
            }
            JsonObject root = JsonParser.parseReader(new InputStreamReader(in, StandardCharsets.UTF_8)).getAsJsonObject();
            Map<String, Rule> map = new LinkedHashMap<>();
            for (JsonElement e : root.getAsJsonArray("rules")) {
                JsonObject o = e.getAsJsonObject();
                map.put(o.get("code").getAsString(), new Rule(o.get("code").getAsString(), o.get("name").getAsString(),
                        o.get("rule").getAsString(), o.get("remediation").getAsString()));
            }
            rules = Map.copyOf(map);
            return rules;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
