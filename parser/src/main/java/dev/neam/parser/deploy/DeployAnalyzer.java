package dev.neam.parser.deploy;

import dev.neam.parser.diagnostic.Diagnostic;
import dev.neam.parser.manifest.FileLookup;
import dev.neam.parser.manifest.ManifestDocument;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks a project's deploy files against the Neam API server's contract, against each other, and
 * against neam.toml's [deploy.*] settings. A check family that fails is skipped for that run rather
 * than failing the analysis.
 */
public final class DeployAnalyzer {

    private static final List<DeployCheck> CHECKS = List.of(
            new KustomizeCheck(), // first: it marks patch files, which the workload checks treat as partial
            new WorkloadCheck(),
            new ConfigDataCheck(),
            new ScalingCheck(),
            new HelmCheck(),
            new DockerfileCheck(),
            new ComposeCheck(),
            new ManifestCrossCheck());

    /**
     * @param files        the deploy files
     * @param manifest     the project's parsed neam.toml, or null
     * @param manifestPath its path as the caller names it (for related locations)
     * @param lookup       the project's files
     * @return diagnostics per file path, in the order of {@code files}
     */
    public Map<String, List<Diagnostic>> analyze(List<DeployInput> files, ManifestDocument manifest, String manifestPath,
            FileLookup lookup) {
        List<ParsedFile> parsed = new ArrayList<>();
        for (DeployInput input : files) {
            parsed.add(new ParsedFile(input));
        }
        DeployContext context = new DeployContext(parsed, new ManifestSettings(manifest, manifestPath), lookup);
        for (DeployCheck check : CHECKS) {
            Map<ParsedFile, Integer> before = new LinkedHashMap<>();
            parsed.forEach(f -> before.put(f, f.diagnostics.size()));
            try {
                check.check(context);
            } catch (RuntimeException | StackOverflowError e) {
                if (Boolean.getBoolean(dev.neam.parser.manifest.ManifestAnalyzer.STRICT)) {
                    throw e;
                }
                parsed.forEach(f -> f.diagnostics.subList(before.get(f), f.diagnostics.size()).clear());
            }
        }
        Map<String, List<Diagnostic>> out = new LinkedHashMap<>();
        for (ParsedFile f : parsed) {
            List<Diagnostic> sorted = new ArrayList<>(f.diagnostics);
            sorted.sort(Comparator.comparing((Diagnostic d) -> d.range().start()).thenComparing(d -> d.code().id()));
            out.put(f.path(), List.copyOf(sorted));
        }
        return out;
    }
}
