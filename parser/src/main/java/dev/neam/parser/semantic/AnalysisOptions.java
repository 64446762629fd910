package dev.neam.parser.semantic;

import java.util.Map;

/**
 * Settings that change what is checked, shared by the server (from client settings) and lint
 * (from flags): the language-version profile ({@code auto}, {@code 0.6}, {@code 1.x}) and, only when
 * asked for, the environment variables visible to the program.
 *
 * <p>Without an environment (null, the default) no finding depends on the machine that runs the
 * analysis: lint gives the same report for the same files everywhere. With one, agents whose
 * provider credentials it lacks are reported (NEAM2015), which the editor offers behind a setting.
 */
public record AnalysisOptions(String languageVersion, Map<String, String> environment) {
    public static final AnalysisOptions DEFAULT = new AnalysisOptions("auto");

    public AnalysisOptions {
        environment = environment == null ? null : Map.copyOf(environment);
    }

    /** Options with this profile that look at no environment. */
    public AnalysisOptions(String languageVersion) {
        this(languageVersion, null);
    }

    /** Whether provider credentials are checked against {@link #environment}. */
    public boolean checksCredentials() {
        return environment != null;
    }

    /** These options checking credentials against {@code variables} (null: not at all). */
    public AnalysisOptions withEnvironment(Map<String, String> variables) {
        return new AnalysisOptions(languageVersion, variables);
    }

    public AnalysisOptions withLanguageVersion(String version) {
        return new AnalysisOptions(version, environment);
    }
}
