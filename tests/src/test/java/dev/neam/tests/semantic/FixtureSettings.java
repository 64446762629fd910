package dev.neam.tests.semantic;

import dev.neam.parser.language.ProviderSpec;
import dev.neam.parser.language.Vocabulary;
import dev.neam.parser.semantic.AnalysisOptions;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Analysis options a semantic fixture asks for with directive comments (anywhere in the fixture):
 * <ul>
 *   <li>{@code // language-version: 0.6} — the profile (default {@code auto});</li>
 *   <li>{@code // environment: NAME=value, OTHER=value} or {@code // environment: none} — exactly these
 *       environment variables. Without it every credential variable of every provider is set, so that
 *       fixtures about other things are not cluttered with "key not set" information.</li>
 * </ul>
 * The machine's real environment is never used: results must not depend on where tests run.
 */
final class FixtureSettings {
    private static final Pattern VERSION = Pattern.compile("(?m)^\\s*// language-version: *(\\S+)\\s*$");
    private static final Pattern ENVIRONMENT = Pattern.compile("(?m)^\\s*// environment:(.*)$");

    private FixtureSettings() {
    }

    static AnalysisOptions of(String fixtureText) {
        Matcher version = VERSION.matcher(fixtureText);
        String languageVersion = version.find() ? version.group(1) : "auto";
        Matcher env = ENVIRONMENT.matcher(fixtureText);
        return new AnalysisOptions(languageVersion, env.find() ? parse(env.group(1)) : allCredentials());
    }

    /** Every credential variable of every provider, set to a dummy value. */
    static Map<String, String> allCredentials() {
        Map<String, String> all = new LinkedHashMap<>();
        for (ProviderSpec provider : Vocabulary.load().providers()) {
            provider.credentials().forEach(v -> all.put(v, "fixture-value"));
        }
        return all;
    }

    private static Map<String, String> parse(String spec) {
        Map<String, String> out = new LinkedHashMap<>();
        String trimmed = spec.trim();
        if (trimmed.equals("none") || trimmed.isEmpty()) {
            return out;
        }
        for (String pair : trimmed.split(",")) {
            String[] kv = pair.trim().split("=", 2);
            out.put(kv[0].trim(), kv.length > 1 ? kv[1].trim() : "");
        }
        return out;
    }
}
