package dev.neam.parser.deploy;

import dev.neam.parser.diagnostic.Diagnostic;
import dev.neam.parser.diagnostic.RelatedInformation;
import dev.neam.parser.text.Range;
import java.util.ArrayList;
import java.util.List;
import org.snakeyaml.engine.v2.nodes.Node;

/** A deploy file with its parse (YAML or Dockerfile) and the diagnostics reported on it. */
final class ParsedFile {
    final DeployInput input;
    final YamlFile yaml;
    final Dockerfile dockerfile;
    final List<Diagnostic> diagnostics = new ArrayList<>();

    ParsedFile(DeployInput input) {
        this.input = input;
        if (input.kind() == DeployFileKind.DOCKERFILE) {
            this.dockerfile = Dockerfile.parse(input.text());
            this.yaml = null;
        } else {
            this.yaml = YamlFile.parse(input.text());
            this.dockerfile = null;
            diagnostics.addAll(yaml.syntaxDiagnostics());
        }
    }

    String path() {
        return input.path();
    }

    Range range(Node node) {
        return yaml.range(node);
    }

    RelatedInformation related(Node node, String message) {
        return new RelatedInformation(input.path(), yaml.range(node), message);
    }
}
