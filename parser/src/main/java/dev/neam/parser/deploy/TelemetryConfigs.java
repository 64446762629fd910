package dev.neam.parser.deploy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;

/**
 * The OpenTelemetry Collector and Prometheus configs of a project: files of their own (kind by
 * content), configs written into a ConfigMap's data (as a literal block, with positions in the
 * manifest), and an OpenTelemetryCollector resource's spec.config.
 */
final class TelemetryConfigs {

    /**
     * One config.
     *
     * @param root      its top-level mapping
     * @param file      the file it is written in
     * @param configMap the ConfigMap that holds it, or null
     */
    record Config(Node root, ParsedFile file, K8sObject configMap) {
    }

    final List<Config> collectors = new ArrayList<>();
    final List<Config> prometheus = new ArrayList<>();

    TelemetryConfigs(DeployContext context) {
        for (ParsedFile file : context.files) {
            if (file.kind == DeployFileKind.OTEL_COLLECTOR && !file.documents().isEmpty()) {
                collectors.add(new Config(file.documents().get(0), file, null));
            } else if (file.kind == DeployFileKind.PROMETHEUS && !file.documents().isEmpty()) {
                prometheus.add(new Config(file.documents().get(0), file, null));
            } else if (file.kind == DeployFileKind.KUBERNETES) {
                for (K8sObject o : KustomizeRenderer.objects(file)) {
                    embedded(context, file, o);
                }
            }
        }
    }

    private void embedded(DeployContext context, ParsedFile file, K8sObject o) {
        if (o.kind().equals("OpenTelemetryCollector") && Yaml.get(Yaml.path(o.root(), "spec", "config"), "receivers") != null) {
            collectors.add(new Config(Yaml.path(o.root(), "spec", "config"), file, null));
            return;
        }
        if (!o.kind().equals("ConfigMap")) {
            return;
        }
        for (NodeTuple t : Yaml.entries(Yaml.get(o.root(), "data"))) {
            String text = Yaml.text(t.getValueNode());
            boolean collector = text != null && text.contains("receivers:") && text.contains("pipelines:");
            boolean scrape = text != null && text.contains("scrape_configs:");
            if (!collector && !scrape) {
                continue;
            }
            EmbeddedYaml.Parsed parsed = EmbeddedYaml.parse(file, t.getValueNode(), context.origins);
            if (parsed.documents().isEmpty() || !parsed.syntax().isEmpty()) {
                continue;
            }
            (collector ? collectors : prometheus).add(new Config(parsed.documents().get(0), file, o));
        }
    }

    /** The default OTLP ports by protocol (grpc 4317, http 4318), from the data of DEPLOY8102. */
    static Map<String, Integer> defaultPorts(DeployContext context) {
        Map<String, Integer> out = new LinkedHashMap<>();
        context.catalog.check("DEPLOY8102").parameters().getAsJsonObject("defaultPorts").entrySet()
                .forEach(e -> out.put(e.getKey(), e.getValue().getAsInt()));
        return out;
    }

    /** The ports an OTLP receiver of a collector config listens on, with their protocol (grpc or http). */
    static Map<Integer, String> otlpPorts(Node collector, Map<String, Integer> defaults) {
        Map<Integer, String> out = new LinkedHashMap<>();
        for (NodeTuple receiver : Yaml.entries(Yaml.get(collector, "receivers"))) {
            String id = Yaml.text(receiver.getKeyNode());
            if (id == null || !(id.equals("otlp") || id.startsWith("otlp/"))) {
                continue;
            }
            for (NodeTuple protocol : Yaml.entries(Yaml.get(receiver.getValueNode(), "protocols"))) {
                String name = Yaml.text(protocol.getKeyNode());
                Integer port = port(Yaml.text(protocol.getValueNode(), "endpoint"));
                if (port == null) {
                    port = defaults.get(name);
                }
                if (port != null) {
                    out.put(port, name);
                }
            }
        }
        return out;
    }

    /** The port of an {@code host:port} endpoint, or null. */
    static Integer port(String endpoint) {
        if (endpoint == null || endpoint.lastIndexOf(':') < 0) {
            return null;
        }
        return NeamApi.port(endpoint.substring(endpoint.lastIndexOf(':') + 1));
    }
}
