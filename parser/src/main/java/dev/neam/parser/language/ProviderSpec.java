package dev.neam.parser.language;

import java.util.List;
import java.util.Map;

/** An LLM provider usable as {@code provider: "name"} and the environment variables it reads. */
public record ProviderSpec(String name, List<String> credentials, CredentialsMode credentialsMode,
                           String defaultEndpoint, String support, String doc) {

    /** How the credential variables combine. */
    public enum CredentialsMode {
        /** Needs no credentials. */
        NONE,
        /** Any one of the variables is enough (a primary name and fallbacks). */
        ANY,
        /** Every variable is needed. */
        ALL,
        /** Not documented: nothing is checked. */
        UNKNOWN
    }

    public ProviderSpec {
        credentials = List.copyOf(credentials);
    }

    /** The credential variables missing from {@code environment}; empty when the provider can authenticate. */
    public List<String> missingCredentials(Map<String, String> environment) {
        List<String> missing = credentials.stream().filter(v -> isBlank(environment.get(v))).toList();
        return switch (credentialsMode) {
            case NONE, UNKNOWN -> List.of();
            case ANY -> missing.size() == credentials.size() ? List.of(credentials.get(0)) : List.of();
            case ALL -> missing;
        };
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
