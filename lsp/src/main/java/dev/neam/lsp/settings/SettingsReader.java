package dev.neam.lsp.settings;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import dev.neam.parser.diagnostic.Category;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads {@link ServerSettings} from the JSON a client sends. Fault tolerant: a missing or malformed
 * value falls back to its default, and the problems are returned so they can be logged, never
 * thrown (a typo in a settings file must not break the server).
 */
public final class SettingsReader {
    private static final Pattern V06 = Pattern.compile("0\\.6(\\.\\d+)?");
    private static final Pattern V1 = Pattern.compile("1(\\.\\d+|\\.x)*");
    /** The key below {@code diagnostics} that turns on the credentials check (NEAM2015). */
    public static final String PROVIDER_CREDENTIALS = "providerCredentials";

    /** The settings read, and what was wrong with the input. */
    public record Result(ServerSettings settings, List<String> problems) {
    }

    private SettingsReader() {
    }

    /** From {@code initializationOptions}: the settings object itself (null means defaults). */
    public static Result fromInitializationOptions(Object options) {
        JsonElement json = Json.toElement(options);
        if (json == null || json.isJsonNull()) {
            return new Result(ServerSettings.DEFAULT, List.of());
        }
        return read(json);
    }

    /**
     * From {@code workspace/didChangeConfiguration}: {@code { settings: { neam: {...} } }}; empty
     * when the notification carries no Neam settings (then the current ones stay).
     */
    public static Optional<Result> fromConfigurationChange(Object settings) {
        JsonElement json = Json.toElement(settings);
        if (json == null || !json.isJsonObject()) {
            return Optional.empty();
        }
        JsonElement neam = json.getAsJsonObject().get("neam");
        if (neam == null || !neam.isJsonObject()) {
            return Optional.empty();
        }
        return Optional.of(read(neam));
    }

    static Result read(JsonElement json) {
        List<String> problems = new ArrayList<>();
        if (!json.isJsonObject()) {
            problems.add("settings must be an object, got " + json);
            return new Result(ServerSettings.DEFAULT, problems);
        }
        JsonObject o = json.getAsJsonObject();
        String languageVersion = languageVersion(o.get("languageVersion"), problems);
        Set<Category> categories = categories(o.get("diagnostics"), problems);
        int debounce = debounce(o.get("debounceMs"), problems);
        List<String> globs = globs(o.get("deploy"), problems);
        boolean credentials = providerCredentials(o.get("diagnostics"), problems);
        int hot = hotDocuments(o.get("hotDocuments"), problems);
        return new Result(new ServerSettings(languageVersion, categories, debounce, globs, credentials, hot),
                List.copyOf(problems));
    }

    private static String languageVersion(JsonElement value, List<String> problems) {
        String fallback = ServerSettings.DEFAULT.languageVersion();
        if (value == null || value.isJsonNull()) {
            return fallback;
        }
        if (!(value instanceof JsonPrimitive p) || p.isBoolean()) {
            problems.add("languageVersion must be \"auto\", \"0.6\" or \"1.x\", got " + value);
            return fallback;
        }
        String v = p.getAsString().trim().toLowerCase(Locale.ROOT);
        if (v.equals("auto") || v.equals("0.6") || v.equals("1.x")) {
            return v;
        }
        if (V06.matcher(v).matches()) {
            return "0.6";
        }
        if (V1.matcher(v).matches()) {
            return "1.x";
        }
        problems.add("languageVersion must be \"auto\", \"0.6\" or \"1.x\", got " + value);
        return fallback;
    }

    private static Set<Category> categories(JsonElement value, List<String> problems) {
        Set<Category> enabled = EnumSet.allOf(Category.class);
        if (value == null || value.isJsonNull()) {
            return enabled;
        }
        if (!value.isJsonObject()) {
            problems.add("diagnostics must be an object like {\"syntax\": true}, got " + value);
            return enabled;
        }
        for (Category category : Category.values()) {
            JsonElement flag = value.getAsJsonObject().get(category.id());
            if (flag == null || flag.isJsonNull()) {
                continue;
            }
            if (flag instanceof JsonPrimitive p && p.isBoolean()) {
                if (!p.getAsBoolean()) {
                    enabled.remove(category);
                }
            } else {
                problems.add("diagnostics." + category.id() + " must be true or false, got " + flag);
            }
        }
        return enabled;
    }

    /** {@code diagnostics.providerCredentials}: opt-in, false unless it is exactly true. */
    private static boolean providerCredentials(JsonElement diagnostics, List<String> problems) {
        if (diagnostics == null || !diagnostics.isJsonObject()) {
            return false;
        }
        JsonElement flag = diagnostics.getAsJsonObject().get(PROVIDER_CREDENTIALS);
        if (flag == null || flag.isJsonNull()) {
            return false;
        }
        if (flag instanceof JsonPrimitive p && p.isBoolean()) {
            return p.getAsBoolean();
        }
        problems.add("diagnostics." + PROVIDER_CREDENTIALS + " must be true or false, got " + flag);
        return false;
    }

    private static int debounce(JsonElement value, List<String> problems) {
        return wholeNumber(value, 0, ServerSettings.MAX_DEBOUNCE_MS, ServerSettings.DEFAULT_DEBOUNCE_MS,
                "debounceMs must be a number of milliseconds", problems);
    }

    private static int hotDocuments(JsonElement value, List<String> problems) {
        return wholeNumber(value, 1, ServerSettings.MAX_HOT_DOCUMENTS, ServerSettings.DEFAULT_HOT_DOCUMENTS,
                "hotDocuments must be a number of documents", problems);
    }

    /** A number rounded and kept within {@code min..max}; the default when missing or not a number. */
    private static int wholeNumber(JsonElement value, int min, int max, int fallback, String expected,
                                   List<String> problems) {
        if (value == null || value.isJsonNull()) {
            return fallback;
        }
        try {
            double number = value.getAsJsonPrimitive().getAsDouble();
            if (Double.isFinite(number)) {
                return (int) Math.max(min, Math.min(max, Math.round(number)));
            }
        } catch (RuntimeException e) {
            // reported below
        }
        problems.add(expected + ", got " + value);
        return fallback;
    }

    private static List<String> globs(JsonElement deploy, List<String> problems) {
        if (deploy == null || deploy.isJsonNull()) {
            return ServerSettings.DEFAULT_DEPLOY_GLOBS;
        }
        JsonElement value = deploy.isJsonObject() ? deploy.getAsJsonObject().get("globs") : deploy;
        if (value == null || value.isJsonNull()) {
            return ServerSettings.DEFAULT_DEPLOY_GLOBS;
        }
        if (!value.isJsonArray()) {
            problems.add("deploy.globs must be a list of folder globs, got " + value);
            return ServerSettings.DEFAULT_DEPLOY_GLOBS;
        }
        List<String> globs = new ArrayList<>();
        for (JsonElement item : (JsonArray) value) {
            if (item instanceof JsonPrimitive p && p.isString() && !p.getAsString().isBlank()) {
                String glob = p.getAsString().trim().replace('\\', '/');
                if (!globs.contains(glob)) {
                    globs.add(glob);
                }
            } else {
                problems.add("deploy.globs: ignoring " + item);
            }
        }
        return globs;
    }
}
