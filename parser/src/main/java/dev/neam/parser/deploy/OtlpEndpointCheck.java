package dev.neam.parser.deploy;

import dev.neam.parser.diagnostic.DiagnosticCode;
import dev.neam.parser.manifest.TomlEntry;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;

/**
 * The agent's OTLP endpoint against the collector it names (DEPLOY8102): the port must be one an
 * OTLP receiver of that collector's config listens on, for the protocol the agent exports with
 * (OTEL_EXPORTER_OTLP_PROTOCOL, else neam.toml [telemetry] exporter, else OTLP over HTTP, neam's
 * default). The collector is found where the relation is written down: a compose service that
 * mounts a collector config, or a Kubernetes Service deployed with the agent whose pods mount a
 * ConfigMap holding one. Endpoints elsewhere are not checked.
 */
final class OtlpEndpointCheck implements DeployCheck {

    /** A collector config and what reaches it: the port the endpoint's port leads to. */
    private record Target(TelemetryConfigs.Config config, int port, String name) {
    }

    @Override
    public void check(DeployContext context) {
        List<TelemetryConfigs.Config> collectors = context.telemetry().collectors;
        if (collectors.isEmpty()) {
            return;
        }
        for (ParsedFile file : context.files(DeployFileKind.COMPOSE)) {
            for (Node doc : file.documents()) {
                compose(context, file, ComposeServices.of(doc), collectors);
            }
        }
        for (DeployUnit unit : context.units) {
            for (K8sObject workload : unit.workloads()) {
                for (Node container : WorkloadCheck.neamContainers(context, workload)) {
                    ContainerEnv env = ContainerEnv.of(container, workload, unit);
                    AgentTelemetry telemetry = AgentTelemetry.of(env, context);
                    Endpoint url = Endpoint.parse(telemetry.url());
                    if (telemetry.endpointNode() == null || url == null || url.port() == null) {
                        continue;
                    }
                    Target target = kubernetes(context, unit, workload, url, collectors);
                    ContainerEnv.Var protocol = env.get(context.catalog.string("DEPLOY8102", "protocolVariable"));
                    if (target != null) {
                        compare(context, unit, telemetry.endpointNode(), url, target, protocol(context, protocol == null ? null : Yaml.text(protocol.value())));
                    }
                }
            }
        }
    }

    private static void compose(DeployContext context, ParsedFile file, List<NodeTuple> services, List<TelemetryConfigs.Config> collectors) {
        for (NodeTuple service : services) {
            if (!ComposeCheck.isNeam(context, service, services.size())) {
                continue;
            }
            for (String variable : context.catalog.strings("DEPLOY8102", "endpointVariables")) {
                Node value = ComposeServices.env(context, service.getValueNode(), variable);
                Endpoint url = Endpoint.parse(Yaml.text(value));
                if (url == null || url.port() == null) {
                    continue;
                }
                for (NodeTuple other : services) {
                    if (!url.host().equals(Yaml.text(other.getKeyNode()))) {
                        continue;
                    }
                    for (String mounted : ComposeServices.mounts(file, other.getValueNode())) {
                        for (TelemetryConfigs.Config config : collectors) {
                            if (config.configMap() == null && config.file().relative().equals(mounted)) {
                                Node protocol = ComposeServices.env(context, service.getValueNode(),
                                        context.catalog.string("DEPLOY8102", "protocolVariable"));
                                compare(context, null, value, url, new Target(config, url.port(), "service '" + url.host() + "'"),
                                        protocol(context, Yaml.text(protocol)));
                            }
                        }
                    }
                }
            }
        }
    }

    /** The collector behind a Kubernetes Service of the unit named by the endpoint's host, and the port the Service forwards to. */
    private static Target kubernetes(DeployContext context, DeployUnit unit, K8sObject agent, Endpoint url, List<TelemetryConfigs.Config> collectors) {
        String[] labels = url.host().split("\\.");
        String namespace = labels.length >= 2 && !url.host().matches("[0-9.]+") ? labels[1] : agent.namespace();
        for (K8sObject service : unit.objects("Service")) {
            if (!url.service().equals(service.name()) || (namespace != null && service.namespace() != null && !namespace.equals(service.namespace()))) {
                continue;
            }
            Node selector = Yaml.path(service.root(), "spec", "selector");
            for (Node port : Yaml.items(Yaml.path(service.root(), "spec", "ports"))) {
                if (!Objects.equals(NeamApi.port(Yaml.text(port, "port")), url.port())) {
                    continue;
                }
                String target = Yaml.text(port, "targetPort") == null ? Yaml.text(port, "port") : Yaml.text(port, "targetPort");
                for (K8sObject pod : unit.workloads()) {
                    if (!pod.sameNamespace(service) || !LabelSelector.mapMatches(selector, pod.podLabels())) {
                        continue;
                    }
                    Integer podPort = NeamApi.port(target) != null ? NeamApi.port(target) : named(pod, target);
                    TelemetryConfigs.Config config = mounted(unit, pod, collectors);
                    if (podPort != null && config != null) {
                        return new Target(config, podPort, "Service '" + service.name() + "'");
                    }
                }
            }
        }
        return null;
    }

    private static Integer named(K8sObject pod, String name) {
        for (Node container : Yaml.items(Yaml.get(pod.podSpec(), "containers"))) {
            for (Node p : Yaml.items(Yaml.get(container, "ports"))) {
                if (name.equals(Yaml.text(p, "name"))) {
                    return NeamApi.port(Yaml.text(p, "containerPort"));
                }
            }
        }
        return null;
    }

    /** The collector config in a ConfigMap a pod mounts as a volume. */
    private static TelemetryConfigs.Config mounted(DeployUnit unit, K8sObject pod, List<TelemetryConfigs.Config> collectors) {
        for (Node volume : Yaml.items(Yaml.get(pod.podSpec(), "volumes"))) {
            K8sObject configMap = unit.find("ConfigMap", Yaml.text(volume, "configMap", "name"), pod, true);
            for (TelemetryConfigs.Config config : collectors) {
                if (configMap != null && config.configMap() != null && configMap.names().stream().anyMatch(config.configMap()::hadName)) {
                    return config;
                }
            }
        }
        return null;
    }

    /** The protocol the agent exports with: grpc or http. */
    private static String protocol(DeployContext context, String variable) {
        if (variable != null && !variable.isBlank()) {
            return variable.strip().startsWith("grpc") ? "grpc" : "http";
        }
        TomlEntry exporter = context.manifest.entry("telemetry", "exporter");
        return exporter != null && "otlp-grpc".equals(exporter.value().asString()) ? "grpc" : "http";
    }

    private static void compare(DeployContext context, DeployUnit unit, Node at, Endpoint url, Target target, String protocol) {
        Map<Integer, String> ports = TelemetryConfigs.otlpPorts(target.config().root(), TelemetryConfigs.defaultPorts(context));
        String listening = describe(ports);
        Node receivers = Yaml.key(target.config().root(), "receivers");
        if (ports.isEmpty()) {
            context.report(unit, at, DiagnosticCode.DEPLOY_OTLP_ENDPOINT, null, "the OTLP endpoint " + url.host() + ":" + url.port()
                    + " leads to the collector of " + target.name() + ", which has no OTLP receiver", context.related(receivers, "the receivers"));
        } else if (!ports.containsKey(target.port())) {
            context.report(unit, at, DiagnosticCode.DEPLOY_OTLP_ENDPOINT, null, "the OTLP endpoint " + url.host() + ":" + url.port()
                    + " reaches no OTLP receiver of the collector of " + target.name() + " (" + listening + ")",
                    context.related(receivers, "the receivers"));
        } else if (!ports.get(target.port()).equals(protocol)) {
            context.report(unit, at, DiagnosticCode.DEPLOY_OTLP_ENDPOINT, null, "the OTLP endpoint " + url.host() + ":" + url.port()
                    + " reaches the collector's OTLP " + name(ports.get(target.port())) + " receiver, but the agent exports OTLP over "
                    + name(protocol) + " (" + listening + ")", context.related(receivers, "the receivers"));
        }
    }

    private static String describe(Map<Integer, String> ports) {
        StringBuilder out = new StringBuilder("it listens on ");
        ports.forEach((port, protocol) -> out.append(out.length() > 14 ? ", " : "").append(port).append(" for ").append(name(protocol)));
        return out.toString();
    }

    private static String name(String protocol) {
        return protocol.equals("grpc") ? "gRPC" : protocol.toUpperCase(Locale.ROOT);
    }
}
