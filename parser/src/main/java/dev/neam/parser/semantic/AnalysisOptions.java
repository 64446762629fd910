package dev.neam.parser.semantic;

/**
 * Settings that change what is checked, shared by the server (from client settings) and lint
 * (from flags): the language-version profile ({@code auto}, {@code 0.6}, {@code 1.x}).
 */
public record AnalysisOptions(String languageVersion) {
    public static final AnalysisOptions DEFAULT = new AnalysisOptions("auto");
}
