package dev.neam.parser.deploy;

import dev.neam.parser.diagnostic.Diagnostic;
import dev.neam.parser.diagnostic.DiagnosticCode;
import dev.neam.parser.diagnostic.RelatedInformation;
import dev.neam.parser.diagnostic.Severity;
import dev.neam.parser.manifest.FileLookup;
import dev.neam.parser.text.Range;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.snakeyaml.engine.v2.nodes.Node;

/** What the deploy checks see: the parsed files, their Kubernetes objects, the manifest settings, the project's files. */
final class DeployContext {
    final List<ParsedFile> files;
    final List<K8sObject> objects = new ArrayList<>();
    final ManifestSettings manifest;
    final FileLookup lookup;
    final DeployCatalog catalog = DeployCatalog.get();
    /** Project-relative paths of files used as kustomize patches: partial objects, not checked for completeness. */
    final Set<String> patches = new HashSet<>();

    DeployContext(List<ParsedFile> files, ManifestSettings manifest, FileLookup lookup) {
        this.files = files;
        this.manifest = manifest;
        this.lookup = lookup;
        for (ParsedFile file : files) {
            if (file.input.kind() != DeployFileKind.KUBERNETES || file.yaml == null) {
                continue;
            }
            for (Node doc : file.yaml.documents()) {
                String apiVersion = Yaml.text(doc, "apiVersion");
                String kind = Yaml.text(doc, "kind");
                if (apiVersion != null && kind != null) {
                    objects.add(new K8sObject(file, doc, apiVersion, kind, Yaml.text(doc, "metadata", "name")));
                }
            }
        }
    }

    List<ParsedFile> files(DeployFileKind kind) {
        return files.stream().filter(f -> f.input.kind() == kind).toList();
    }

    List<K8sObject> objects(String kind) {
        return objects.stream().filter(o -> o.kind().equals(kind)).toList();
    }

    boolean isPatch(ParsedFile file) {
        return patches.contains(file.input.relative());
    }

    void report(ParsedFile file, DiagnosticCode code, Range range, String message) {
        file.diagnostics.add(Diagnostic.of(code, range, message));
    }

    void report(ParsedFile file, DiagnosticCode code, Severity severity, Range range, String message) {
        file.diagnostics.add(new Diagnostic(code, severity, message, range, List.of(), Map.of()));
    }

    void report(ParsedFile file, DiagnosticCode code, Severity severity, Range range, String message, RelatedInformation related) {
        Diagnostic d = new Diagnostic(code, severity, message, range, List.of(), Map.of());
        file.diagnostics.add(related == null ? d : d.withRelated(related));
    }

    void report(ParsedFile file, Diagnostic diagnostic) {
        file.diagnostics.add(diagnostic);
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
        String app = manifest.string("package", "name");
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
