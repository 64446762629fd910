package dev.neam.parser.deploy;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The deploy checks as data ({@code deploy-checks.json}): for each DEPLOY code its name, its
 * remediation and its parameters (ports, probe paths…), plus the default globs of deploy files.
 * Checks read their parameters here, so changing the contract is a data change.
 */
public final class DeployCatalog {

    /** One check's data. */
    public record Check(String code, String name, String remediation, JsonObject parameters) {
    }

    private static volatile DeployCatalog instance;

    private final Map<String, Check> checks;
    private final List<String> defaultGlobs;
    private final List<String> neamMarkers;

    private DeployCatalog(JsonObject root) {
        Map<String, Check> map = new LinkedHashMap<>();
        for (JsonElement e : root.getAsJsonArray("checks")) {
            JsonObject c = e.getAsJsonObject();
            map.put(c.get("code").getAsString(), new Check(c.get("code").getAsString(), c.get("name").getAsString(),
                    c.get("remediation").getAsString(), c.getAsJsonObject("parameters")));
        }
        this.checks = Map.copyOf(map);
        this.defaultGlobs = strings(root, "defaultGlobs");
        this.neamMarkers = strings(root, "neamMarkers");
    }

    public static DeployCatalog get() {
        DeployCatalog c = instance;
        if (c == null) {
            synchronized (DeployCatalog.class) {
                if (instance == null) {
                    instance = load();
                }
                c = instance;
            }
        }
        return c;
    }

    private static DeployCatalog load() {
        return new DeployCatalog(resource("deploy-checks.json"));
    }

    /** A JSON data file of this package. */
    static JsonObject resource(String name) {
        try (InputStream in = DeployCatalog.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return JsonParser.parseReader(new InputStreamReader(in, StandardCharsets.UTF_8)).getAsJsonObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Check check(String code) {
        return checks.get(code);
    }

    public List<Check> checks() {
        return List.copyOf(checks.values());
    }

    public List<String> defaultGlobs() {
        return defaultGlobs;
    }

    /** Words whose presence in a container's name, image or command marks it as running neam-api. */
    public List<String> neamMarkers() {
        return neamMarkers;
    }

    public String string(String code, String parameter) {
        return checks.get(code).parameters().get(parameter).getAsString();
    }

    public int integer(String code, String parameter) {
        return checks.get(code).parameters().get(parameter).getAsInt();
    }

    public List<String> strings(String code, String parameter) {
        List<String> out = new ArrayList<>();
        checks.get(code).parameters().getAsJsonArray(parameter).forEach(x -> out.add(x.getAsString()));
        return List.copyOf(out);
    }

    private static List<String> strings(JsonObject root, String key) {
        List<String> out = new ArrayList<>();
        root.getAsJsonArray(key).forEach(x -> out.add(x.getAsString()));
        return List.copyOf(out);
    }
}
