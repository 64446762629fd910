package dev.neam.lsp.settings;

import dev.neam.parser.diagnostic.Category;
import dev.neam.parser.semantic.AnalysisOptions;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What the client may configure: the object the VS Code extension sends as
 * {@code initializationOptions} and, on change, as {@code settings.neam} (see
 * {@code vscode-extension/src/settings.ts}).
 *
 * @param providerCredentials whether agents are checked for provider credentials missing from the
 *                            server's environment (NEAM2015); off by default, since the environment of
 *                            the editor is rarely the one the program runs in
 * @param hotDocuments        how many open documents keep their tree, resolved names and cached
 *                            results (the ones edited or asked about last); the others keep their
 *                            text and findings and are parsed again when next asked about
 */
public record ServerSettings(String languageVersion, Set<Category> enabledCategories, int debounceMs,
                             List<String> deployGlobs, boolean providerCredentials, int hotDocuments) {

    /** The server's own default debounce (the extension sends its own default, 300 ms). */
    public static final int DEFAULT_DEBOUNCE_MS = 200;
    public static final int MAX_DEBOUNCE_MS = 10_000;
    public static final List<String> DEFAULT_DEPLOY_GLOBS =
            List.of("deploy/**", "gitops/**", "k8s/**", "kubernetes/**", "manifests/**", "helm/**", "charts/**");

    public static final int DEFAULT_HOT_DOCUMENTS = 6;
    public static final int MAX_HOT_DOCUMENTS = 1_000;

    public static final ServerSettings DEFAULT = new ServerSettings(AnalysisOptions.DEFAULT.languageVersion(),
            EnumSet.allOf(Category.class), DEFAULT_DEBOUNCE_MS, DEFAULT_DEPLOY_GLOBS, false, DEFAULT_HOT_DOCUMENTS);

    public ServerSettings(String languageVersion, Set<Category> enabledCategories, int debounceMs, List<String> deployGlobs) {
        this(languageVersion, enabledCategories, debounceMs, deployGlobs, false);
    }

    public ServerSettings(String languageVersion, Set<Category> enabledCategories, int debounceMs, List<String> deployGlobs,
                          boolean providerCredentials) {
        this(languageVersion, enabledCategories, debounceMs, deployGlobs, providerCredentials, DEFAULT_HOT_DOCUMENTS);
    }

    public ServerSettings {
        enabledCategories = enabledCategories.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(enabledCategories));
        deployGlobs = List.copyOf(deployGlobs);
    }

    public AnalysisOptions analysisOptions() {
        AnalysisOptions options = new AnalysisOptions(languageVersion);
        return providerCredentials ? options.withEnvironment(System.getenv()) : options;
    }

    public boolean reports(Category category) {
        return enabledCategories.contains(category);
    }
}
