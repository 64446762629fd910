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
        String path = context.catalog.string("DEPLOY8103", "metricsPath");
        for (TelemetryConfigs.Config config : context.telemetry().prometheus) {
            List<Scrapable> wanted = scrapables(context, config);
            List<Node> jobs = Yaml.items(Yaml.get(config.root(), "scrape_configs"));
            if (wanted.isEmpty() || jobs.stream().anyMatch(j -> Yaml.entries(j).stream()
                    .anyMatch(t -> Objects.toString(Yaml.text(t.getKeyNode()), "").endsWith("_sd_configs")))) {
                continue;
            }
            boolean reached = false;
            boolean reported = false;
            for (Node job : jobs) {
                String jobPath = Yaml.text(job, "metrics_path") == null ? "/metrics" : Yaml.text(job, "metrics_path");
                for (Node group : Yaml.items(Yaml.get(job, "static_configs"))) {
                    for (Node target : Yaml.items(Yaml.get(group, "targets"))) {
                        switch (target(context, job, jobPath, target, wanted, path)) {
                            case REACHED -> reached = true;
                            case REPORTED -> reported = true;
                            default -> { }
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

    private enum Outcome { OTHER, REACHED, REPORTED }

    /** One target against what it may mean to reach: those with its host. */
    private static Outcome target(DeployContext context, Node job, String jobPath, Node target, List<Scrapable> wanted, String path) {
        String text = Yaml.text(target);
        Integer port = TelemetryConfigs.port(text);
        Endpoint host = text == null || port == null ? null : Endpoint.parse("http://" + text.substring(0, text.lastIndexOf(':')));
        List<Scrapable> same = host == null ? List.of() : wanted.stream().filter(s -> s.host().equals(host.service())).toList();
        if (same.isEmpty()) {
            return Outcome.OTHER;
        }
        List<Scrapable> onPort = same.stream().filter(s -> s.port() == port).toList();
        if (onPort.stream().anyMatch(s -> s.path() == null || s.path().equals(jobPath))) {
            return Outcome.REACHED;
        }
        if (!onPort.isEmpty()) {
            Node at = Yaml.get(job, "metrics_path") != null ? Yaml.get(job, "metrics_path") : Yaml.get(job, "job_name");
            context.report(null, at != null ? at : target, DiagnosticCode.DEPLOY_PROMETHEUS_SCRAPE, "job '" + Yaml.text(job, "job_name")
                    + "' scrapes " + jobPath + ", but " + onPort.get(0).what() + " serves metrics at " + path);
        } else {
            context.report(null, target, DiagnosticCode.DEPLOY_PROMETHEUS_SCRAPE, "target " + text + " does not reach " + same.get(0).what()
                    + ", which serves metrics on port " + same.stream().map(s -> String.valueOf(s.port())).distinct()
                            .reduce((a, b) -> a + " or " + b).orElse(""));
        }
        return Outcome.REPORTED;
    }

    /**
     * What a config should reach: for a config a compose service mounts, that compose file's
     * neam-api services and collector exporters; for one in a ConfigMap, neam-api's Kubernetes
     * Services; for any other, all of them.
     */
    private static List<Scrapable> scrapables(DeployContext context, TelemetryConfigs.Config config) {
        ParsedFile mountedBy = null;
        for (ParsedFile file : context.files(DeployFileKind.COMPOSE)) {
            for (Node doc : file.documents()) {
                for (NodeTuple service : ComposeServices.of(doc)) {
                    if (config.configMap() == null && ComposeServices.mounts(file, service.getValueNode()).contains(config.file().relative())) {
                        mountedBy = file;
                    }
                }
            }
        }
        List<Scrapable> out = new ArrayList<>();
        if (config.configMap() == null) {
            compose(context, mountedBy, out);
        }
        if (mountedBy == null) {
            kubernetes(context, out);
        }
        return out;
    }

    private static void compose(DeployContext context, ParsedFile only, List<Scrapable> out) {
        String path = context.catalog.string("DEPLOY8103", "metricsPath");
        for (ParsedFile file : context.files(DeployFileKind.COMPOSE)) {
            if (only != null && file != only) {
                continue;
            }
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
    }

    private static void kubernetes(DeployContext context, List<Scrapable> out) {
        String path = context.catalog.string("DEPLOY8103", "metricsPath");
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
