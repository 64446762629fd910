package dev.neam.parser.diagnostic;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * How to fix the neam.toml and deploy findings: the {@code remediation} of each rule in the
 * manifest and deploy rule data, so those texts live in one place.
 */
final class RemediationTexts {
    private static final String[] RESOURCES = {
        "/dev/neam/parser/manifest/manifest-rules.json", "/dev/neam/parser/deploy/deploy-checks.json"
    };
    private static volatile Map<String, String> byCode;

    private RemediationTexts() {
    }

    static String of(String code) {
        Map<String, String> texts = byCode;
        if (texts == null) {
            texts = load();
            byCode = texts;
        }
        return texts.getOrDefault(code, "");
    }

    private static Map<String, String> load() {
        Map<String, String> out = new HashMap<>();
        for (String resource : RESOURCES) {
            try (InputStream in = RemediationTexts.class.getResourceAsStream(resource)) {
                if (in == null) {
                    continue;
                }
                JsonObject root = JsonParser.parseReader(new InputStreamReader(in, StandardCharsets.UTF_8)).getAsJsonObject();
                JsonArray entries = root.has("rules") ? root.getAsJsonArray("rules") : root.getAsJsonArray("checks");
                for (JsonElement e : entries) {
                    JsonObject o = e.getAsJsonObject();
                    if (o.has("code") && o.has("remediation")) {
                        out.putIfAbsent(o.get("code").getAsString(), o.get("remediation").getAsString());
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return Map.copyOf(out);
    }
}
