package dev.neam.parser.deploy;

import dev.neam.parser.diagnostic.Diagnostic;
import dev.neam.parser.manifest.FileLookup;
import dev.neam.parser.manifest.ManifestAnalyzer;
import dev.neam.parser.manifest.ManifestDocument;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks a project's deploy files against the Neam API server's contract, against each other, and
 * against neam.toml's settings. Kustomizations are rendered first, so that workload and
 * cross-object checks see what each overlay deploys. A check family that fails is skipped for that
 * run rather than failing the analysis. The analysis reads nothing but its arguments.
 */
public final class DeployAnalyzer {

    private static final List<DeployCheck> CHECKS = List.of(
            new KustomizeCheck(),
            new WorkloadCheck(),
            new ConfigDataCheck(),
            new ScalingCheck(),
            new ServiceCheck(),
            new SelectorCheck(),
            new ScaleTargetCheck(),
            new KedaCheck(),
            new ConfigReferenceCheck(),
            new ServiceAccountCheck(),
            new NetworkPolicyCheck(),
            new GitOpsCheck(),
            new HelmCheck(),
            new DockerfileCheck(),
            new ComposeCheck(),
            new ComposeDependsCheck(),
            new OtelCollectorCheck(),
            new OtlpEndpointCheck(),
            new PrometheusCheck(),
            new ManifestCrossCheck(),
            new ManifestTelemetryCheck());

    /** As {@link #analyze(List, ManifestDocument, String, FileLookup, boolean)} for all of a project's deploy files. */
    public Map<String, List<Diagnostic>> analyze(List<DeployInput> files, ManifestDocument manifest, String manifestPath,
            FileLookup lookup) {
        return analyze(files, manifest, manifestPath, lookup, true);
    }

    /**
     * @param files        the deploy files
     * @param manifest     the project's parsed neam.toml, or null
     * @param manifestPath its path as the caller names it (for related locations)
     * @param lookup       the project's files
     * @param wholeProject whether {@code files} are all the project's deploy files; when not (a file
     *                     named on its own), references to objects that are not among them are not reported
     * @return diagnostics per file path, in the order of {@code files}
     */
    public Map<String, List<Diagnostic>> analyze(List<DeployInput> files, ManifestDocument manifest, String manifestPath,
            FileLookup lookup, boolean wholeProject) {
        List<ParsedFile> parsed = new ArrayList<>();
        for (DeployInput input : files) {
            parsed.add(new ParsedFile(input));
        }
        DeployContext context = new DeployContext(parsed, new ManifestSettings(manifest, manifestPath), lookup, wholeProject);
        for (DeployCheck check : CHECKS) {
            int mark = context.findings.mark();
            try {
                check.check(context);
            } catch (RuntimeException | StackOverflowError e) {
                if (Boolean.getBoolean(ManifestAnalyzer.STRICT)) {
                    throw e;
                }
                context.findings.rollback(mark);
            }
        }
        context.findings.flush();
        Map<String, List<Diagnostic>> out = new LinkedHashMap<>();
        for (ParsedFile f : parsed) {
            List<Diagnostic> sorted = new ArrayList<>(f.diagnostics);
            sorted.sort(Comparator.comparing((Diagnostic d) -> d.range().start()).thenComparing(d -> d.code().id()));
            out.put(f.path(), List.copyOf(sorted));
        }
        return out;
    }
}
