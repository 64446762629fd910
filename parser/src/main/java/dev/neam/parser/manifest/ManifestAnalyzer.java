package dev.neam.parser.manifest;

import dev.neam.parser.diagnostic.Diagnostic;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Checks one {@code neam.toml}: TOML syntax first, then every rule family over what is readable.
 * A rule family that fails is skipped rather than failing the analysis.
 */
public final class ManifestAnalyzer {

    private static final List<ManifestCheck> CHECKS = List.of(
            new StructureCheck(),
            new CompatibilityCheck(),
            new PackageCheck(),
            new DependencyCheck(),
            new AgentsCheck(),
            new TestSettingsCheck(),
            new KubernetesSettingsCheck(),
            new CloudSettingsCheck(),
            new SecretsCheck());

    /** System property that makes a failing rule family throw instead of being skipped (tests set it to see bugs). */
    public static final String STRICT = "neam.analysis.strict";

    private final ManifestOptions options;

    public ManifestAnalyzer(ManifestOptions options) {
        this.options = options;
    }

    /** Parses and checks a manifest; {@code files} answers whether project paths it names exist. */
    public Result analyze(String text, FileLookup files) {
        ManifestDocument document = ManifestDocument.parse(text);
        return new Result(document, check(document, files));
    }

    /** The parsed manifest and its diagnostics in document order. */
    public record Result(ManifestDocument document, List<Diagnostic> diagnostics) {
        public Result {
            diagnostics = List.copyOf(diagnostics);
        }
    }

    public List<Diagnostic> check(ManifestDocument document, FileLookup files) {
        List<Diagnostic> all = new ArrayList<>(document.syntaxDiagnostics());
        ManifestContext context = new ManifestContext(document, ManifestSchema.get(), options, files);
        for (ManifestCheck check : CHECKS) {
            int before = context.diagnostics().size();
            try {
                check.check(context);
            } catch (RuntimeException | StackOverflowError e) {
                if (Boolean.getBoolean(STRICT)) {
                    throw e;
                }
                // a rule must never take the analysis down: drop what it reported half-way
                context.diagnostics().subList(before, context.diagnostics().size()).clear();
            }
        }
        all.addAll(context.diagnostics());
        all.sort(Comparator.comparing((Diagnostic d) -> d.range().start()).thenComparing(d -> d.code().id()));
        return all;
    }
}
