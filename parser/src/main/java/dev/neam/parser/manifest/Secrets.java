package dev.neam.parser.manifest;

import dev.neam.parser.diagnostic.Credentials;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What a secret looks like, what a secret reference looks like, and how a secret is shown: never
 * in full, only its first characters and its length.
 */
public final class Secrets {

    /** The schemes the neamc secrets resolver understands (spec §5). */
    public static final List<String> REFERENCE_SCHEMES = List.of("env", "aws-sm", "azure-kv", "gcp-sm", "vault", "k8s");

    private static final Pattern REFERENCE = Pattern.compile("^(env|aws-sm|azure-kv|gcp-sm|vault|k8s)://\\S+$");
    private static final Pattern SECRET_NAME = Pattern.compile("(?i)(key|secret|token|password|passwd|credential)");

    private Secrets() {
    }

    public static boolean isReference(String value) {
        return REFERENCE.matcher(value).matches();
    }

    /** Whether the text contains something that looks like a real credential (an OpenAI key, an AWS key id, a password in a URL…). */
    public static boolean looksLikeCredential(String value) {
        return Credentials.looksLikeCredential(value);
    }

    /** Whether a key or variable name says it holds a secret ({@code api-key-ref}, {@code OPENAI_API_KEY}, {@code DB_PASSWORD}). */
    public static boolean isSecretName(String name) {
        return SECRET_NAME.matcher(name).find();
    }

    /** A long string of mixed characters without spaces: a password or token rather than a word. */
    public static boolean looksRandom(String value) {
        if (value.length() < 16 || value.chars().anyMatch(Character::isWhitespace)) {
            return false;
        }
        boolean upper = value.chars().anyMatch(Character::isUpperCase);
        boolean lower = value.chars().anyMatch(Character::isLowerCase);
        boolean digit = value.chars().anyMatch(Character::isDigit);
        return (upper ? 1 : 0) + (lower ? 1 : 0) + (digit ? 1 : 0) >= 2 && value.chars().distinct().count() >= 10;
    }

    /** {@code 'sk-l…' (51 characters)}: enough to recognise, never the secret itself. */
    public static String mask(String value) {
        return Credentials.shown(value);
    }

    /** An environment variable name for a key: {@code api-key-ref} of provider openai gives {@code OPENAI_API_KEY}. */
    public static String environmentName(String key, String provider) {
        if (provider != null && !provider.isBlank() && key.toLowerCase(Locale.ROOT).contains("key")) {
            return provider.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_") + "_API_KEY";
        }
        String name = key.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_").replaceAll("_REF$", "");
        return name.isEmpty() ? "SECRET" : name;
    }
}
