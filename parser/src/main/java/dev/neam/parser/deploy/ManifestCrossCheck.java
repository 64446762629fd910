package dev.neam.parser.deploy;

import dev.neam.parser.diagnostic.DiagnosticCode;
import dev.neam.parser.diagnostic.Severity;
import dev.neam.parser.manifest.Quantities;
import dev.neam.parser.manifest.TomlEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;

/**
 * The deploy files against neam.toml's [deploy.*] settings (DEPLOY9001 to DEPLOY9005): port,
 * replicas, image, resources and autoscaling. Each finding is on the deploy file and points at the
 * manifest key. Only keys written in neam.toml are compared.
 */
final class ManifestCrossCheck implements DeployCheck {

    private static final String K8S = "deploy.kubernetes";

    @Override
    public void check(DeployContext context) {
        ManifestSettings manifest = context.manifest;
        if (!manifest.present()) {
            return;
        }
        for (DeployUnit unit : described(context)) {
            for (K8sObject object : unit.objects()) {
                List<Node> containers = WorkloadCheck.neamContainers(context, object);
                if (containers.isEmpty()) {
                    continue;
                }
                replicas(context, unit, Yaml.path(object.root(), "spec", "replicas"), !object.isScalable(), "replicas");
                for (Node container : containers) {
                    port(context, unit, object, container);
                    image(context, unit, Yaml.get(container, "image"));
                    resources(context, unit, container);
                }
            }
            for (K8sObject hpa : unit.objects("HorizontalPodAutoscaler")) {
                hpa(context, unit, hpa);
            }
        }
        for (ParsedFile file : context.files(DeployFileKind.HELM_VALUES)) {
            for (Node doc : file.documents()) {
                replicas(context, null, Yaml.get(doc, "replicaCount"), false, "replicaCount");
                Node repository = Yaml.path(doc, "image", "repository");
                image(context, null, repository);
                Node servicePort = Yaml.path(doc, "service", "port");
                compare(context, null, servicePort, "port", DiagnosticCode.DEPLOY_MANIFEST_PORT, "service.port");
            }
        }
        for (ParsedFile file : context.files(DeployFileKind.COMPOSE)) {
            for (Node doc : file.documents()) {
                List<NodeTuple> services = Yaml.entries(Yaml.get(doc, "services"));
                for (NodeTuple service : services) {
                    if (ComposeCheck.isNeam(context, service, services.size())) {
                        composePort(context, file, service);
                    }
                }
            }
        }
        for (ParsedFile file : context.files(DeployFileKind.DOCKERFILE)) {
            dockerPort(context, file);
        }
    }

    /**
     * The units neam.toml's [deploy.kubernetes] describes. It describes one environment: the units
     * deployed to its namespace when there are such; otherwise every unit that is not an overlay,
     * and an overlay when it is the only one (several overlays differ from each other on purpose).
     */
    static List<DeployUnit> described(DeployContext context) {
        String namespace = context.manifest.string(K8S, "namespace");
        List<DeployUnit> matching = context.units.stream().filter(u -> namespace != null && namespace.equals(namespace(u))).toList();
        if (!matching.isEmpty()) {
            return matching;
        }
        List<DeployUnit> overlays = context.units.stream().filter(u -> u.overlay() != null).toList();
        List<DeployUnit> out = new ArrayList<>();
        for (DeployUnit unit : context.units) {
            if (unit.overlay() == null || overlays.size() == 1) {
                out.add(unit);
            }
        }
        return out;
    }

    /** The namespace a unit deploys to: the one its kustomization sets, else the one all its namespaced objects name. */
    private static String namespace(DeployUnit unit) {
        if (unit.namespace() != null) {
            return unit.namespace();
        }
        List<String> named = unit.objects().stream().map(K8sObject::namespace).filter(Objects::nonNull).distinct().toList();
        return named.size() == 1 ? named.get(0) : null;
    }

    private static void replicas(DeployContext context, DeployUnit unit, Node replicas, boolean notScaled, String what) {
        if (replicas != null && !notScaled) {
            compare(context, unit, replicas, "replicas", DiagnosticCode.DEPLOY_MANIFEST_REPLICAS, what);
        }
    }

    /** An integer node against a [deploy.kubernetes] integer key. */
    private static void compare(DeployContext context, DeployUnit unit, Node node, String key, DiagnosticCode code, String what) {
        TomlEntry entry = context.manifest.entry(K8S, key);
        Long expected = entry == null ? null : entry.value().asLong();
        Long actual = Yaml.integer(node);
        if (expected != null && actual != null && !expected.equals(actual)) {
            context.report(unit, node, code, Severity.WARNING, what + " " + actual + " differs from neam.toml "
                    + key + " = " + expected, context.manifest.related(entry, "[deploy.kubernetes] " + key));
        }
    }

    private static void port(DeployContext context, DeployUnit unit, K8sObject object, Node container) {
        TomlEntry entry = context.manifest.entry(K8S, "port");
        Long expected = entry == null ? null : entry.value().asLong();
        if (expected == null) {
            return;
        }
        NeamApi api = NeamApi.of(container, ContainerEnv.of(container, object, unit), context.catalog);
        if (api != null && api.port() != expected) {
            Node at = api.node() != null ? api.node() : WorkloadCheck.anchor(container);
            context.report(unit, at, DiagnosticCode.DEPLOY_MANIFEST_PORT, Severity.WARNING, "neam-api listens on "
                    + api.describe() + ", but neam.toml sets port = " + expected, context.manifest.related(entry, "[deploy.kubernetes] port"));
        }
    }

    private static void image(DeployContext context, DeployUnit unit, Node image) {
        String expected = context.manifest.imageRepository();
        String actual = Yaml.text(image);
        if (expected == null || actual == null || actual.contains("{{") || actual.contains("$")) {
            return;
        }
        if (!Images.repository(actual).equals(expected)) {
            TomlEntry entry = context.manifest.entry("deploy.docker", "image");
            context.report(unit, image, DiagnosticCode.DEPLOY_MANIFEST_IMAGE, Severity.WARNING, "image '"
                    + Images.repository(actual) + "' differs from '" + expected + "' built from neam.toml [deploy.docker]",
                    context.manifest.related(entry, "[deploy.docker] image"));
        }
    }

    private static void resources(DeployContext context, DeployUnit unit, Node container) {
        Node resources = Yaml.get(container, "resources");
        resource(context, unit, Yaml.path(resources, "requests", "cpu"), "cpu-request", "cpu");
        resource(context, unit, Yaml.path(resources, "limits", "cpu"), "cpu-limit", null);
        resource(context, unit, Yaml.path(resources, "requests", "memory"), "memory-request", "memory");
        resource(context, unit, Yaml.path(resources, "limits", "memory"), "memory-limit", null);
    }

    private static void resource(DeployContext context, DeployUnit unit, Node node, String key, String alias) {
        TomlEntry entry = context.manifest.entry(K8S, key);
        if (entry == null && alias != null) {
            entry = context.manifest.entry(K8S, alias);
        }
        if (entry == null || node == null) {
            return;
        }
        Double expected = Quantities.parse(entry.value().asString());
        Double actual = Quantities.parse(Yaml.text(node));
        if (expected != null && actual != null && Math.abs(expected - actual) > 1e-9 * Math.max(1, Math.abs(expected))) {
            context.report(unit, node, DiagnosticCode.DEPLOY_MANIFEST_RESOURCES, Severity.WARNING, Yaml.text(node)
                    + " differs from neam.toml " + entry.name() + " = \"" + entry.value().asString() + "\"",
                    context.manifest.related(entry, "[deploy.kubernetes] " + entry.name()));
        }
    }

    private static void hpa(DeployContext context, DeployUnit unit, K8sObject hpa) {
        K8sObject target = Autoscaler.of(unit).stream().filter(a -> a.object() == hpa).findFirst().map(a -> a.target(unit)).orElse(null);
        if (target != null && WorkloadCheck.neamContainers(context, target).isEmpty()) {
            return;
        }
        compare(context, unit, Yaml.path(hpa.root(), "spec", "minReplicas"), "hpa-min", DiagnosticCode.DEPLOY_MANIFEST_HPA, "minReplicas");
        compare(context, unit, Yaml.path(hpa.root(), "spec", "maxReplicas"), "hpa-max", DiagnosticCode.DEPLOY_MANIFEST_HPA, "maxReplicas");
        for (Node metric : Yaml.items(Yaml.path(hpa.root(), "spec", "metrics"))) {
            if (Objects.equals(Yaml.text(metric, "resource", "name"), "cpu")) {
                compare(context, unit, Yaml.path(metric, "resource", "target", "averageUtilization"), "hpa-cpu-target",
                        DiagnosticCode.DEPLOY_MANIFEST_HPA, "CPU target");
            }
        }
        compare(context, unit, Yaml.path(hpa.root(), "spec", "targetCPUUtilizationPercentage"), "hpa-cpu-target",
                DiagnosticCode.DEPLOY_MANIFEST_HPA, "CPU target");
    }

    private static void composePort(DeployContext context, ParsedFile file, NodeTuple service) {
        TomlEntry entry = context.manifest.entry(K8S, "port");
        Long expected = entry == null ? null : entry.value().asLong();
        if (expected == null) {
            return;
        }
        int port = ComposeCheck.listeningPort(context, service.getValueNode());
        if (port != expected) {
            context.report(file, DiagnosticCode.DEPLOY_MANIFEST_PORT, Severity.WARNING, file.range(service.getKeyNode()), "service '"
                    + Yaml.text(service.getKeyNode()) + "' runs neam-api on " + port + ", but neam.toml sets port = " + expected,
                    context.manifest.related(entry, "[deploy.kubernetes] port"));
        }
    }

    private static void dockerPort(DeployContext context, ParsedFile file) {
        TomlEntry entry = context.manifest.entry(K8S, "port");
        Long expected = entry == null ? null : entry.value().asLong();
        if (expected == null || file.dockerfile.stages().isEmpty()) {
            return;
        }
        Dockerfile.Stage last = file.dockerfile.stages().get(file.dockerfile.stages().size() - 1);
        if (DockerfileCheck.port(context, last) == expected) {
            return; // DEPLOY7002 already says that EXPOSE misses the port neam-api listens on
        }
        List<Dockerfile.Instruction> exposes = last.all("EXPOSE");
        if (exposes.isEmpty()) {
            return;
        }
        for (Dockerfile.Instruction e : exposes) {
            for (String p : e.arguments().split("\\s+")) {
                if (p.replaceAll("/.*$", "").equals(String.valueOf(expected))) {
                    return;
                }
            }
        }
        context.report(file, DiagnosticCode.DEPLOY_MANIFEST_PORT, Severity.WARNING, exposes.get(0).argsRange(), "EXPOSE "
                + exposes.get(0).arguments() + " does not include neam.toml port = " + expected,
                context.manifest.related(entry, "[deploy.kubernetes] port"));
    }
}
