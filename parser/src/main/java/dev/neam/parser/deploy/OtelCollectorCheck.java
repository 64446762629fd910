package dev.neam.parser.deploy;

import dev.neam.parser.diagnostic.DiagnosticCode;
import java.util.List;
import java.util.stream.Stream;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;

/**
 * OpenTelemetry Collector configs (DEPLOY8101): every receiver, processor and exporter a pipeline
 * names, and every extension service.extensions names, must be declared at the top level
 * (connectors count as both receivers and exporters); a pipeline needs receivers and exporters.
 * The collector refuses to start otherwise.
 */
final class OtelCollectorCheck implements DeployCheck {

    @Override
    public void check(DeployContext context) {
        for (TelemetryConfigs.Config config : context.telemetry().collectors) {
            Node root = config.root();
            Node service = Yaml.get(root, "service");
            names(context, Yaml.get(service, "extensions"), declared(root, "extensions"), "extension", "extensions");
            for (NodeTuple pipeline : Yaml.entries(Yaml.get(service, "pipelines"))) {
                String name = Yaml.text(pipeline.getKeyNode());
                Node body = pipeline.getValueNode();
                List<String> connectors = declared(root, "connectors");
                for (String part : List.of("receivers", "exporters")) {
                    if (Yaml.items(Yaml.get(body, part)).isEmpty()) {
                        context.report(null, pipeline.getKeyNode(), DiagnosticCode.DEPLOY_OTEL_PIPELINE, "pipeline '" + name + "' has no "
                                + part + ": the collector does not start");
                    }
                }
                names(context, Yaml.get(body, "receivers"), concat(declared(root, "receivers"), connectors), "receiver", "receivers");
                names(context, Yaml.get(body, "processors"), declared(root, "processors"), "processor", "processors");
                names(context, Yaml.get(body, "exporters"), concat(declared(root, "exporters"), connectors), "exporter", "exporters");
            }
        }
    }

    private static void names(DeployContext context, Node list, List<String> declared, String what, String section) {
        for (Node item : Yaml.items(list)) {
            String id = Yaml.text(item);
            if (id == null || declared.contains(id)) {
                continue;
            }
            Suggest suggest = Suggest.nearest(id, declared);
            context.report(null, item, DiagnosticCode.DEPLOY_OTEL_PIPELINE, null, what + " '" + id + "' is not declared under " + section
                    + (declared.isEmpty() ? "" : " (declared: " + String.join(", ", declared) + ")") + suggest.hint(), List.of(), suggest.fix());
        }
    }

    private static List<String> declared(Node root, String section) {
        return Yaml.keys(Yaml.get(root, section));
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return Stream.concat(a.stream(), b.stream()).toList();
    }
}
