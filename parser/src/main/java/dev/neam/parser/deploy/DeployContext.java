package dev.neam.parser.deploy;

import dev.neam.parser.diagnostic.Diagnostic;
import dev.neam.parser.diagnostic.DiagnosticCode;
import dev.neam.parser.diagnostic.RelatedInformation;
import dev.neam.parser.diagnostic.Severity;
import dev.neam.parser.manifest.FileLookup;
import dev.neam.parser.manifest.ManifestAnalyzer;
import dev.neam.parser.text.Range;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/**
 * What the deploy checks see: the parsed files, the deployment units (Kustomize builds rendered,
 * manifests of plain folders), the manifest settings and the project's files; and where they
 * report. A finding is reported on a node and lands in the file and range the node came from.
 */
final class DeployContext {
    final List<ParsedFile> files;
    final ManifestSettings manifest;
    final FileLookup lookup;
    final DeployCatalog catalog = DeployCatalog.get();
    final KubernetesFacts facts = KubernetesFacts.get();
    final Origins origins;
    final Findings findings = new Findings();
    /** Whether the files are all the project's deploy files (not a few files named on their own). */
    final boolean wholeProject;
    private final Map<String, ParsedFile> byRelative = new LinkedHashMap<>();
    final KustomizeRenderer kustomize;
    final List<DeployUnit> units;

    DeployContext(List<ParsedFile> files, ManifestSettings manifest, FileLookup lookup, boolean wholeProject) {
        this.files = files;
        this.manifest = manifest;
        this.lookup = lookup;
        this.wholeProject = wholeProject;
        this.origins = new Origins(files);
        for (ParsedFile file : files) {
            byRelative.putIfAbsent(file.relative(), file);
        }
        this.kustomize = new KustomizeRenderer(this);
        this.units = DeployUnits.of(this);
    }

    private TelemetryConfigs telemetry;

    /** The collector and Prometheus configs (found once: embedded ones are parsed on the way). */
    TelemetryConfigs telemetry() {
        if (telemetry == null) {
            telemetry = new TelemetryConfigs(this);
        }
        return telemetry;
    }

    List<ParsedFile> files(DeployFileKind kind) {
        return files.stream().filter(f -> f.kind == kind).toList();
    }

    /** The deploy file at a project-relative path, or null. */
    ParsedFile file(String relative) {
        return byRelative.get(relative);
    }

    /** Reports a finding on a node, with the code's default severity. */
    void report(DeployUnit unit, Node at, DiagnosticCode code, String message) {
        report(unit, at, code, null, message, List.of(), Map.of());
    }

    /** Reports a finding on a node with the data of its quick fix (see {@link Fixes}). */
    void report(DeployUnit unit, Node at, DiagnosticCode code, String message, Map<String, String> fix) {
        report(unit, at, code, null, message, List.of(), fix);
    }

    void report(DeployUnit unit, Node at, DiagnosticCode code, Severity severity, String message, RelatedInformation... related) {
        report(unit, at, code, severity, message, Arrays.asList(related), Map.of());
    }

    /**
     * Reports a finding on a node: in the file and at the range the node came from.
     *
     * @param unit     the unit it was found in (names the overlay), or null
     * @param severity null for the code's default
     * @param related  other places (null entries are skipped)
     * @param data     data for a quick fix
     */
    void report(DeployUnit unit, Node at, DiagnosticCode code, Severity severity, String message, List<RelatedInformation> related,
            Map<String, String> data) {
        Origin origin = origins.of(at);
        if (origin == null) {
            if (Boolean.getBoolean(ManifestAnalyzer.STRICT)) {
                throw new IllegalStateException("no origin for the node of " + code.id() + ": " + message);
            }
            return;
        }
        List<RelatedInformation> others = new ArrayList<>(related.stream().filter(Objects::nonNull).toList());
        Diagnostic d = new Diagnostic(code, severity == null ? code.defaultSeverity() : severity, message, origin.range(), others, data);
        findings.add(origin.file(), d, unit == null ? null : unit.overlay());
    }

    /**
     * Where a finding about a value should point: the first scalar in it (in document order) that came
     * from another file than the anchor, which an overlay's patch produced; else the anchor itself.
     */
    Node patchedOr(Node anchor, Node value) {
        Origin own = origins.of(anchor);
        Node patched = own == null ? null : firstFromElsewhere(value, own.file());
        return patched != null ? patched : anchor;
    }

    private Node firstFromElsewhere(Node node, ParsedFile own) {
        if (node instanceof ScalarNode) {
            Origin origin = origins.of(node);
            return origin != null && origin.file() != own ? node : null;
        }
        List<Node> children = new ArrayList<>(Yaml.items(node));
        Yaml.entries(node).forEach(t -> children.add(t.getValueNode()));
        for (Node child : children) {
            Node found = firstFromElsewhere(child, own);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /** A related location at a node, or null when the node has no origin. */
    RelatedInformation related(Node node, String message) {
        Origin origin = origins.of(node);
        return origin == null ? null : origin.related(message);
    }

    void report(ParsedFile file, DiagnosticCode code, Range range, String message) {
        report(file, Diagnostic.of(code, range, message));
    }

    void report(ParsedFile file, DiagnosticCode code, Severity severity, Range range, String message) {
        report(file, new Diagnostic(code, severity, message, range, List.of(), Map.of()));
    }

    void report(ParsedFile file, DiagnosticCode code, Severity severity, Range range, String message, RelatedInformation related) {
        Diagnostic d = new Diagnostic(code, severity, message, range, List.of(), Map.of());
        report(file, related == null ? d : d.withRelated(related));
    }

    void report(ParsedFile file, Diagnostic diagnostic) {
        findings.add(file, diagnostic, null);
    }

    private Pattern secretName;

    /** The names of variables that hold keys and credentials (DEPLOY5001's namePattern). */
    Pattern secretName() {
        if (secretName == null) {
            secretName = Pattern.compile(catalog.string("DEPLOY5001", "namePattern"));
        }
        return secretName;
    }

    /** Whether a name, image or command marks a container or service as running neam-api. */
    boolean mentionsNeam(String... texts) {
        for (String t : texts) {
            if (t == null) {
                continue;
            }
            String lower = t.toLowerCase(Locale.ROOT);
            for (String marker : catalog.neamMarkers()) {
                if (lower.contains(marker)) {
                    return true;
                }
            }
        }
        String repository = manifest.imageRepository();
        String app = manifest.appName();
        for (String t : texts) {
            if (t == null) {
                continue;
            }
            if ((repository != null && Images.repository(t).equals(repository)) || (app != null && !app.isBlank() && t.contains(app))) {
                return true;
            }
        }
        return false;
    }
}
