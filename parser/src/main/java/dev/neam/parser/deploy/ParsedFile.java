package dev.neam.parser.deploy;

import dev.neam.parser.diagnostic.Diagnostic;
import dev.neam.parser.text.Range;
import java.util.ArrayList;
import java.util.List;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;

/** A deploy file with its parse (YAML or Dockerfile), what it is, and the diagnostics reported on it. */
final class ParsedFile {
    final DeployInput input;
    final YamlFile yaml;
    final Dockerfile dockerfile;
    final DeployFileKind kind;
    final List<Diagnostic> diagnostics = new ArrayList<>();

    ParsedFile(DeployInput input) {
        this.input = input;
        if (input.kind() == DeployFileKind.DOCKERFILE) {
            this.dockerfile = Dockerfile.parse(input.text());
            this.yaml = null;
            this.kind = DeployFileKind.DOCKERFILE;
        } else {
            this.yaml = ParsedYaml.of(input.relative(), input.text());
            this.dockerfile = null;
            this.kind = refine(input.kind(), yaml.documents());
            diagnostics.addAll(yaml.syntaxDiagnostics());
        }
    }

    String path() {
        return input.path();
    }

    String relative() {
        return input.relative();
    }

    /** The YAML documents (none for a Dockerfile). */
    List<Node> documents() {
        return yaml == null ? List.of() : yaml.documents();
    }

    Range range(Node node) {
        return yaml.range(node);
    }

    /** The kind by content where the name does not tell. */
    private static DeployFileKind refine(DeployFileKind byName, List<Node> documents) {
        Node first = documents.isEmpty() ? null : documents.get(0);
        String apiVersion = Yaml.text(first, "apiVersion");
        if (byName == DeployFileKind.KUSTOMIZATION) {
            return apiVersion == null || apiVersion.startsWith("kustomize.config.k8s.io/") ? byName : DeployFileKind.KUBERNETES;
        }
        if (byName != DeployFileKind.KUBERNETES || first == null || apiVersion != null || Yaml.text(first, "kind") != null) {
            return byName;
        }
        if (Yaml.get(first, "receivers") != null && Yaml.get(Yaml.get(first, "service"), "pipelines") != null) {
            return DeployFileKind.OTEL_COLLECTOR;
        }
        if (Yaml.get(first, "scrape_configs") != null) {
            return DeployFileKind.PROMETHEUS;
        }
        List<NodeTuple> services = Yaml.entries(Yaml.get(first, "services"));
        if (!services.isEmpty() && services.stream().allMatch(s -> Yaml.get(s.getValueNode(), "image") != null
                || Yaml.get(s.getValueNode(), "build") != null)) {
            return DeployFileKind.COMPOSE;
        }
        return byName;
    }
}
