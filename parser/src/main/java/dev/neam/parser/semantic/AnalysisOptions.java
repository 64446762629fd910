package dev.neam.parser.semantic;

import java.util.Map;

/**
 * Settings that change what is checked, shared by the server (from client settings) and lint
 * (from flags): the language-version profile ({@code auto}, {@code 0.6}, {@code 1.x}) and the
 * environment variables visible to the program (injectable so that tests do not depend on the
 * machine's environment).
 */
public record AnalysisOptions(String languageVersion, Map<String, String> environment) {
    public static final AnalysisOptions DEFAULT = new AnalysisOptions("auto");

    public AnalysisOptions {
        environment = Map.copyOf(environment);
    }

    /** Options with this profile and the environment of the running process. */
    public AnalysisOptions(String languageVersion) {
        this(languageVersion, System.getenv());
    }

    public AnalysisOptions withEnvironment(Map<String, String> variables) {
        return new AnalysisOptions(languageVersion, variables);
    }

    public AnalysisOptions withLanguageVersion(String version) {
        return new AnalysisOptions(version, environment);
    }
}
