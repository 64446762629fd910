package dev.neam.parser.deploy;

import dev.neam.parser.diagnostic.DiagnosticCode;
import dev.neam.parser.diagnostic.Severity;
import dev.neam.parser.manifest.ManifestSchema;
import dev.neam.parser.manifest.Secrets;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;

/**
 * Helm charts: Chart.yaml metadata (DEPLOY6002); values.yaml image tags (DEPLOY6003) and committed
 * credentials (DEPLOY5003). The values' replicaCount, image and port are compared with neam.toml
 * by {@link ManifestCrossCheck}.
 */
final class HelmCheck implements DeployCheck {

    @Override
    public void check(DeployContext context) {
        for (ParsedFile file : context.files(DeployFileKind.HELM_CHART)) {
            for (Node doc : file.yaml.documents()) {
                chart(context, file, doc);
            }
        }
        for (ParsedFile file : context.files(DeployFileKind.HELM_VALUES)) {
            for (Node doc : file.yaml.documents()) {
                Node image = Yaml.get(doc, "image");
                String repository = Yaml.text(image, "repository");
                Node tag = Yaml.get(image, "tag");
                String tagText = Yaml.text(tag);
                if (repository != null && tagText != null && !tagText.isBlank()) {
                    String problem = ImageTags.problem(context, repository + ":" + tagText);
                    if (problem != null) {
                        context.report(file, DiagnosticCode.DEPLOY_IMAGE_TAG, file.range(tag), problem);
                    }
                }
                credentials(context, file, doc, 0);
            }
        }
    }

    private static void chart(DeployContext context, ParsedFile file, Node doc) {
        // a missing field is reported on the document's first key: there is no better place for something absent
        Node first = Yaml.entries(doc).isEmpty() ? doc : Yaml.entries(doc).get(0).getKeyNode();
        Node apiVersion = Yaml.get(doc, "apiVersion");
        if (apiVersion == null) {
            context.report(file, DiagnosticCode.DEPLOY_HELM_CHART, file.range(first), "Chart.yaml has no apiVersion; Helm 3 charts use apiVersion: v2");
        } else if (!"v2".equals(Yaml.text(apiVersion))) {
            context.report(file, DiagnosticCode.DEPLOY_HELM_CHART, Severity.WARNING, file.range(apiVersion), "apiVersion '"
                    + Yaml.text(apiVersion) + "' is a Helm 2 chart; Helm 3 charts use v2");
        }
        if (Yaml.get(doc, "name") == null) {
            context.report(file, DiagnosticCode.DEPLOY_HELM_CHART, file.range(first), "Chart.yaml has no name");
        }
        Node version = Yaml.get(doc, "version");
        if (version == null) {
            context.report(file, DiagnosticCode.DEPLOY_HELM_CHART, file.range(first), "Chart.yaml has no version");
        } else if (Yaml.text(version) == null || !ManifestSchema.get().format("semver").accepts(Yaml.text(version))) {
            context.report(file, DiagnosticCode.DEPLOY_HELM_CHART, file.range(version), "chart version '" + Yaml.text(version)
                    + "' is not a SemVer 2.0 version such as 0.1.0");
        }
    }

    private static void credentials(DeployContext context, ParsedFile file, Node node, int depth) {
        if (depth > 20) {
            return;
        }
        for (NodeTuple t : Yaml.entries(node)) {
            String value = Yaml.text(t.getValueNode());
            if (value != null) {
                if (Secrets.looksLikeCredential(value)) {
                    context.report(file, DiagnosticCode.DEPLOY_COMMITTED_SECRET, file.range(t.getValueNode()), "values file commits a "
                            + "real-looking credential for " + Yaml.text(t.getKeyNode()) + " (" + Secrets.mask(value)
                            + "); pass it at install time (--set-file, an existing Secret)");
                }
            } else {
                credentials(context, file, t.getValueNode(), depth + 1);
            }
        }
    }
}
