package dev.neam.parser.deploy;

import com.google.gson.JsonObject;
import dev.neam.parser.diagnostic.DiagnosticCode;
import dev.neam.parser.diagnostic.RelatedInformation;
import dev.neam.parser.manifest.TomlEntry;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * NetworkPolicies that select neam-api pods, read the way Kubernetes adds them up (the union of
 * the rules of every policy that selects the pod and restricts that direction): ingress must admit
 * TCP to the API port (DEPLOY2101); egress must allow what a Neam agent needs (DEPLOY2102): DNS
 * over UDP and TCP, HTTPS to the LLM providers (Ollama's port when every provider is ollama), the
 * state backend's port (neam.toml [state] backend, or DATABASE_URL / REDIS_URL), and the OTLP
 * collector's port when telemetry is on. Only ports are compared: which peers a rule admits is
 * the cluster's business.
 */
final class NetworkPolicyCheck implements DeployCheck {

    /** Something the agent must reach. */
    private record Need(int port, String protocol, String what, RelatedInformation why) {
        String describe() {
            return what + " (" + port + "/" + protocol + ")";
        }
    }

    @Override
    public void check(DeployContext context) {
        for (DeployUnit unit : context.units) {
            for (K8sObject workload : unit.workloads()) {
                List<Node> containers = WorkloadCheck.neamContainers(context, workload);
                if (containers.isEmpty()) {
                    continue;
                }
                List<K8sObject> policies = unit.objects("NetworkPolicy").stream().filter(p -> p.sameNamespace(workload)
                        && LabelSelector.matches(Yaml.path(p.root(), "spec", "podSelector"), workload.podLabels())).toList();
                List<K8sObject> ingress = policies.stream().filter(p -> types(p).contains("Ingress")).toList();
                List<K8sObject> egress = policies.stream().filter(p -> types(p).contains("Egress")).toList();
                for (Node container : containers) {
                    ContainerEnv env = ContainerEnv.of(container, workload, unit);
                    if (!ingress.isEmpty()) {
                        ingress(context, unit, workload, container, env, ingress);
                    }
                    if (!egress.isEmpty()) {
                        egress(context, unit, workload, env, egress);
                    }
                }
            }
        }
    }

    /** policyTypes, or what Kubernetes assumes without them (Ingress, and Egress when there are egress rules). */
    private static Set<String> types(K8sObject policy) {
        Node spec = Yaml.get(policy.root(), "spec");
        Set<String> out = new LinkedHashSet<>(Yaml.strings(Yaml.get(spec, "policyTypes")));
        if (Yaml.get(spec, "policyTypes") == null) {
            out.add("Ingress");
            if (Yaml.get(spec, "egress") != null) {
                out.add("Egress");
            }
        }
        return out;
    }

    private static void ingress(DeployContext context, DeployUnit unit, K8sObject workload, Node container, ContainerEnv env,
            List<K8sObject> policies) {
        NeamApi api = NeamApi.of(container, env, context.catalog);
        if (api == null) {
            return;
        }
        Set<String> names = new LinkedHashSet<>();
        for (Node p : Yaml.items(Yaml.get(container, "ports"))) {
            if (Integer.valueOf(api.port()).equals(NeamApi.port(Yaml.text(p, "containerPort"))) && Yaml.text(p, "name") != null) {
                names.add(Yaml.text(p, "name"));
            }
        }
        if (allows(rules(policies, "ingress"), api.port(), "TCP", names)) {
            return;
        }
        Node at = anchor(policies.get(0), "ingress", "Ingress");
        context.report(unit, context.patchedOr(at, Yaml.path(policies.get(0).root(), "spec", "ingress")), DiagnosticCode.DEPLOY_NETWORK_INGRESS, null,
                describe(policies) + " admit" + (policies.size() == 1 ? "s" : "") + " no ingress to port " + api.port()
                        + (names.isEmpty() ? "" : " (" + String.join(", ", names) + ")") + " of " + workload.label()
                        + ": neam-api cannot be reached", List.of(), Map.of());
    }

    private static void egress(DeployContext context, DeployUnit unit, K8sObject workload, ContainerEnv env, List<K8sObject> policies) {
        List<Node> rules = rules(policies, "egress");
        List<Need> missing = new ArrayList<>();
        for (Need need : needs(context, env)) {
            if (!allows(rules, need.port(), need.protocol(), null)) {
                missing.add(need);
            }
        }
        if (missing.isEmpty()) {
            return;
        }
        List<RelatedInformation> why = missing.stream().map(Need::why).filter(w -> w != null).distinct().toList();
        context.report(unit, anchor(policies.get(0), "egress", "Egress"), DiagnosticCode.DEPLOY_NETWORK_EGRESS, null,
                describe(policies) + " block" + (policies.size() == 1 ? "s" : "") + " egress the Neam agent of " + workload.label()
                        + " needs: " + missing.stream().map(Need::describe).collect(Collectors.joining(", ")), why, Map.of());
    }

    private static List<Need> needs(DeployContext context, ContainerEnv env) {
        JsonObject p = context.catalog.check("DEPLOY2102").parameters();
        List<Need> needs = new ArrayList<>();
        int dns = p.get("dnsPort").getAsInt();
        needs.add(new Need(dns, "UDP", "DNS", null));
        needs.add(new Need(dns, "TCP", "DNS", null));
        List<String> providers = new ArrayList<>(context.manifest.strings("agent", "provider"));
        providers.addAll(context.manifest.strings("agents", "provider"));
        providers.addAll(context.manifest.strings("llm", "provider"));
        if (!providers.isEmpty() && providers.stream().allMatch(x -> x.toLowerCase(Locale.ROOT).equals("ollama"))) {
            needs.add(new Need(p.get("ollamaPort").getAsInt(), "TCP", "Ollama", null));
        } else {
            needs.add(new Need(p.get("httpsPort").getAsInt(), "TCP", "HTTPS to the LLM providers", null));
        }
        TomlEntry backend = context.manifest.entry("state", "backend");
        JsonObject backendPorts = p.getAsJsonObject("stateBackendPorts");
        if (backend != null && backend.value().asString() != null && backendPorts.has(backend.value().asString().toLowerCase(Locale.ROOT))) {
            needs.add(new Need(backendPorts.get(backend.value().asString().toLowerCase(Locale.ROOT)).getAsInt(), "TCP",
                    "the " + backend.value().asString() + " state backend", context.manifest.related(backend, "[state] backend")));
        }
        for (var name : p.getAsJsonArray("stateUrlVariables")) {
            ContainerEnv.Var var = env.get(name.getAsString());
            Endpoint url = var == null ? null : Endpoint.parse(Yaml.text(var.value()));
            if (url != null && url.port() != null) {
                needs.add(new Need(url.port(), "TCP", url.host() + " from " + var.name(), context.related(var.value(), var.describe())));
            }
        }
        AgentTelemetry telemetry = AgentTelemetry.of(env, context);
        if (telemetry.enabled()) {
            Endpoint url = Endpoint.parse(telemetry.url());
            int port = url != null && url.port() != null ? url.port() : p.get("otlpDefaultPort").getAsInt();
            RelatedInformation why = telemetry.endpointNode() != null ? context.related(telemetry.endpointNode(), "the OTLP endpoint")
                    : telemetry.manifestEntry() != null ? context.manifest.related(telemetry.manifestEntry(), "[telemetry] endpoint") : null;
            needs.add(new Need(port, "TCP", "the OTLP collector", why));
        }
        return needs;
    }

    private static List<Node> rules(List<K8sObject> policies, String direction) {
        List<Node> out = new ArrayList<>();
        for (K8sObject p : policies) {
            out.addAll(Yaml.items(Yaml.path(p.root(), "spec", direction)));
        }
        return out;
    }

    /**
     * Whether some rule admits the port: a rule without ports admits every port; a port entry
     * without port admits its protocol's ports; a name matches a declared port name (egress names
     * name the peer's ports, so they are given the benefit of the doubt: {@code names} null).
     */
    private static boolean allows(List<Node> rules, int port, String protocol, Set<String> names) {
        for (Node rule : rules) {
            List<Node> ports = Yaml.items(Yaml.get(rule, "ports"));
            if (ports.isEmpty()) {
                return true;
            }
            for (Node p : ports) {
                String proto = Yaml.text(p, "protocol") == null ? "TCP" : Yaml.text(p, "protocol");
                if (!proto.equals(protocol)) {
                    continue;
                }
                String value = Yaml.text(p, "port");
                Integer number = NeamApi.port(value);
                if (value == null || (number == null && (names == null || names.contains(value)))) {
                    return true;
                }
                Long end = Yaml.integer(Yaml.get(p, "endPort"));
                if (number != null && port >= number && port <= (end == null ? number : end)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Where to report on a policy: its rules of that direction, else its policyTypes entry. */
    private static Node anchor(K8sObject policy, String rules, String type) {
        Node spec = Yaml.get(policy.root(), "spec");
        if (Yaml.key(spec, rules) != null) {
            return Yaml.key(spec, rules);
        }
        for (Node t : Yaml.items(Yaml.get(spec, "policyTypes"))) {
            if (type.equals(Yaml.text(t))) {
                return t;
            }
        }
        return Yaml.key(spec, "podSelector") != null ? Yaml.key(spec, "podSelector") : Yaml.anchor(policy.root());
    }

    private static String describe(List<K8sObject> policies) {
        return (policies.size() == 1 ? "NetworkPolicy " : "NetworkPolicies ")
                + policies.stream().map(p -> "'" + p.written() + "'").collect(Collectors.joining(" and "));
    }
}
