package dev.neam.parser.deploy;

import dev.neam.parser.diagnostic.DiagnosticCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;

/**
 * Prometheus configs (DEPLOY8103): some static scrape target must reach neam-api's metrics (its
 * compose service or Kubernetes Service, on the API port, at /api/v1/metrics) or the Prometheus
 * exporter of a collector the agent sends its telemetry to. A target on neam-api's host with the
 * wrong port or path is reported at the target or job. Configs that discover their targets
 * (kubernetes_sd_configs…) are not checked: their targets are not written down.
 */
final class PrometheusCheck implements DeployCheck {

    /** Something Prometheus can scrape for the agent's metrics: host, port, and the path it serves them at (null: any). */
    private record Scrapable(String host, int port, String path, String what) {
        String describe() {
            return host + ":" + port + (path == null ? "" : path) + " (" + what + ")";
        }
    }

    @Override
    public void check(DeployContext context) {
        List<TelemetryConfigs.Config> configs = context.telemetry().prometheus;
        if (configs.isEmpty()) {
            return;
        }
        List<Scrapable> wanted = scrapables(context);
        if (wanted.isEmpty()) {
            return;
        }
        String path = context.catalog.string("DEPLOY8103", "metricsPath");
        for (TelemetryConfigs.Config config : configs) {
            List<Node> jobs = Yaml.items(Yaml.get(config.root(), "scrape_configs"));
            if (jobs.stream().anyMatch(j -> Yaml.entries(j).stream().anyMatch(t -> Objects.toString(Yaml.text(t.getKeyNode()), "").endsWith("_sd_configs")))) {
                continue;
            }
            boolean reached = false;
            boolean reported = false;
            for (Node job : jobs) {
                String jobPath = Yaml.text(job, "metrics_path") == null ? "/metrics" : Yaml.text(job, "metrics_path");
                for (Node group : Yaml.items(Yaml.get(job, "static_configs"))) {
                    for (Node target : Yaml.items(Yaml.get(group, "targets"))) {
                        String text = Yaml.text(target);
                        Integer port = TelemetryConfigs.port(text);
                        String host = text == null || port == null ? null : text.substring(0, text.lastIndexOf(':'));
                        for (Scrapable s : wanted) {
                            if (host == null || !Endpoint.parse("http://" + host).service().equals(s.host())) {
                                continue;
                            }
                            if (port != s.port()) {
                                context.report(null, target, DiagnosticCode.DEPLOY_PROMETHEUS_SCRAPE, "target " + text + " does not reach "
                                        + s.what() + ", which serves metrics on port " + s.port());
                                reported = true;
                            } else if (s.path() != null && !s.path().equals(jobPath)) {
                                Node at = Yaml.get(job, "metrics_path") != null ? Yaml.get(job, "metrics_path") : Yaml.get(job, "job_name");
                                context.report(null, at != null ? at : target, DiagnosticCode.DEPLOY_PROMETHEUS_SCRAPE, "job '"
                                        + Yaml.text(job, "job_name") + "' scrapes " + jobPath + ", but " + s.what() + " serves metrics at " + path);
                                reported = true;
                            } else {
                                reached = true;
                            }
                        }
                    }
                }
            }
            if (!reached && !reported) {
                context.report(null, Yaml.key(config.root(), "scrape_configs"), DiagnosticCode.DEPLOY_PROMETHEUS_SCRAPE, "no scrape job reaches "
                        + String.join(" or ", wanted.stream().map(Scrapable::describe).toList()));
            }
        }
    }

    /** neam-api's compose services and Kubernetes Services, and the Prometheus exporters of compose collectors. */
    private static List<Scrapable> scrapables(DeployContext context) {
        String path = context.catalog.string("DEPLOY8103", "metricsPath");
        List<Scrapable> out = new ArrayList<>();
        for (ParsedFile file : context.files(DeployFileKind.COMPOSE)) {
            for (Node doc : file.documents()) {
                List<NodeTuple> services = ComposeServices.of(doc);
                for (NodeTuple service : services) {
                    String name = Yaml.text(service.getKeyNode());
                    if (ComposeCheck.isNeam(context, service, services.size())) {
                        out.add(new Scrapable(name, ComposeCheck.listeningPort(context, service.getValueNode()), path, "neam-api"));
                    }
                    for (String mounted : ComposeServices.mounts(file, service.getValueNode())) {
                        for (TelemetryConfigs.Config collector : context.telemetry().collectors) {
                            if (collector.configMap() == null && collector.file().relative().equals(mounted)) {
                                exporters(collector, name, out);
                            }
                        }
                    }
                }
            }
        }
        for (DeployUnit unit : context.units) {
            for (K8sObject service : unit.objects("Service")) {
                for (K8sObject workload : unit.workloads()) {
                    if (!WorkloadCheck.neamContainers(context, workload).isEmpty() && workload.sameNamespace(service)
                            && LabelSelector.mapMatches(Yaml.path(service.root(), "spec", "selector"), workload.podLabels())) {
                        for (Node port : Yaml.items(Yaml.path(service.root(), "spec", "ports"))) {
                            Integer number = NeamApi.port(Yaml.text(port, "port"));
                            Scrapable s = number == null ? null : new Scrapable(service.name(), number, path, "neam-api's Service");
                            if (s != null && !out.contains(s)) {
                                out.add(s);
                            }
                        }
                    }
                }
            }
        }
        return out;
    }

    private static void exporters(TelemetryConfigs.Config collector, String host, List<Scrapable> out) {
        for (NodeTuple exporter : Yaml.entries(Yaml.get(collector.root(), "exporters"))) {
            String id = Yaml.text(exporter.getKeyNode());
            Integer port = TelemetryConfigs.port(Yaml.text(exporter.getValueNode(), "endpoint"));
            if (id != null && (id.equals("prometheus") || id.startsWith("prometheus/")) && port != null) {
                out.add(new Scrapable(host, port, null, "the collector's Prometheus exporter"));
            }
        }
    }
}
