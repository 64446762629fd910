package dev.neam.parser.deploy;

import dev.neam.parser.diagnostic.DiagnosticCode;
import dev.neam.parser.diagnostic.Severity;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;

/**
 * Services against the pods deployed with them: the selector must select some pods
 * (DEPLOY1101, kube-linter's dangling-service), and each targetPort must be a port those pods
 * declare, by name, or by number (or the port neam-api listens on) (DEPLOY1102).
 */
final class ServiceCheck implements DeployCheck {

    @Override
    public void check(DeployContext context) {
        for (DeployUnit unit : context.units) {
            for (K8sObject service : unit.objects("Service")) {
                Node spec = Yaml.get(service.root(), "spec");
                Node selector = Yaml.get(spec, "selector");
                if ("ExternalName".equals(Yaml.text(spec, "type")) || Yaml.entries(selector).isEmpty()) {
                    continue; // no selector: endpoints are managed by hand
                }
                List<K8sObject> pods = unit.workloads().stream()
                        .filter(w -> w.sameNamespace(service) && LabelSelector.mapMatches(selector, w.podLabels())).toList();
                if (pods.isEmpty()) {
                    if (unit.complete()) {
                        dangling(context, unit, service, selector);
                    }
                    continue;
                }
                for (Node port : Yaml.items(Yaml.get(spec, "ports"))) {
                    targetPort(context, unit, service, port, pods);
                }
            }
        }
    }

    /** Reports the selector at the label the closest workload lacks, with the value that workload has. */
    private static void dangling(DeployContext context, DeployUnit unit, K8sObject service, Node selector) {
        K8sObject closest = null;
        int best = -1;
        for (K8sObject w : unit.workloads()) {
            int matching = 0;
            for (NodeTuple t : Yaml.entries(selector)) {
                matching += Objects.equals(Yaml.text(t.getValueNode()), Yaml.text(w.podLabels(), Yaml.text(t.getKeyNode()))) ? 1 : 0;
            }
            if (w.sameNamespace(service) && matching > best) {
                closest = w;
                best = matching;
            }
        }
        Node at = Yaml.key(Yaml.get(service.root(), "spec"), "selector");
        String hint = "";
        Map<String, String> fix = Map.of();
        if (closest != null) {
            Node labels = closest.podLabels();
            List<NodeTuple> missing = Yaml.entries(selector).stream().filter(t -> !Objects.equals(Yaml.text(t.getValueNode()),
                    Yaml.text(labels, Yaml.text(t.getKeyNode())))).toList();
            NodeTuple first = missing.get(0);
            String has = Yaml.text(closest.podLabels(), Yaml.text(first.getKeyNode()));
            at = first.getValueNode();
            hint = " (the pods of " + closest.label() + " have " + Yaml.text(first.getKeyNode()) + (has == null ? " unset" : ": " + has) + ")";
            if (missing.size() == 1 && has != null) {
                fix = new Suggest(has).fix();
            }
        }
        context.report(unit, at, DiagnosticCode.DEPLOY_DANGLING_SERVICE, null, "Service '" + service.written()
                + "' selects no pods deployed with it" + hint, List.of(), fix);
    }

    private static void targetPort(DeployContext context, DeployUnit unit, K8sObject service, Node port, List<K8sObject> pods) {
        Node target = Yaml.get(port, "targetPort");
        Node at = target != null ? target : Yaml.get(port, "port");
        String text = Yaml.text(at);
        if (text == null) {
            return;
        }
        Set<String> names = new LinkedHashSet<>();
        Set<Integer> numbers = new LinkedHashSet<>();
        boolean known = false;
        boolean unknownApi = false;
        for (K8sObject pod : pods) {
            List<Node> containers = Yaml.items(Yaml.get(pod.podSpec(), "containers"));
            for (Node container : containers) {
                for (Node p : Yaml.items(Yaml.get(container, "ports"))) {
                    known = true;
                    if (Yaml.text(p, "name") != null) {
                        names.add(Yaml.text(p, "name"));
                    }
                    if (NeamApi.port(Yaml.text(p, "containerPort")) != null) {
                        numbers.add(NeamApi.port(Yaml.text(p, "containerPort")));
                    }
                }
                if (WorkloadCheck.isNeam(context, container, containers.size())) {
                    NeamApi api = NeamApi.of(container, ContainerEnv.of(container, pod, unit), context.catalog);
                    if (api == null) {
                        unknownApi = true; // neam-api's port is not known here: numbers cannot be judged
                    } else {
                        known = true;
                        numbers.add(api.port());
                    }
                }
            }
        }
        Integer number = NeamApi.port(text);
        String selected = pods.get(0).label() + (pods.size() > 1 ? " and " + (pods.size() - 1) + " more" : "");
        if (number == null && !names.contains(text)) {
            Suggest suggest = Suggest.nearest(text, names);
            context.report(unit, at, DiagnosticCode.DEPLOY_SERVICE_TARGET_PORT, null, "targetPort '" + text + "' of Service '"
                    + service.written() + "' names no port of the pods it selects (" + selected + (names.isEmpty() ? " names no port"
                            : " names " + String.join(", ", names)) + ")" + suggest.hint(), List.of(), suggest.fix());
        } else if (number != null && known && !unknownApi && !numbers.contains(number)) {
            List<String> used = new ArrayList<>();
            numbers.forEach(n -> used.add(String.valueOf(n)));
            context.report(unit, at, DiagnosticCode.DEPLOY_SERVICE_TARGET_PORT, Severity.WARNING, (target == null ? "port " + number
                    + " of Service '" + service.written() + "' has no targetPort, so it targets " + number : "targetPort " + number
                    + " of Service '" + service.written() + "'") + ", which is not a port of the pods it selects (" + selected + " uses "
                    + String.join(", ", used) + ")", List.of(), Map.of());
        }
    }
}
