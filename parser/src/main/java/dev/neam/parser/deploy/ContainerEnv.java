package dev.neam.parser.deploy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;

/**
 * The environment variables a container of a deployed workload gets, as the kubelet builds it:
 * the {@code envFrom} sources in order (a later source wins, keys get the source's prefix), then
 * the {@code env} entries, which win over all of them. Values come from the ConfigMaps and Secrets
 * deployed with the workload. A ConfigMap that is not deployed, or whose keys are read from files,
 * leaves the environment open (any variable may come from it); Secrets are taken to carry keys and
 * credentials, not settings, so a Secret created outside the repository leaves it closed.
 */
final class ContainerEnv {

    /**
     * One variable.
     *
     * @param value    the node that holds its value, or null when the value is not known here
     *                 (a secretKeyRef, a fieldRef, base64 Secret data)
     * @param source   where it comes from, for messages: {@code env}, {@code ConfigMap 'x'}, {@code Secret 'x'}
     * @param secret   whether it comes from a Secret
     * @param envFrom  whether it comes from an envFrom source
     */
    record Var(String name, Node value, String source, boolean secret, boolean envFrom) {
        /** {@code NEAM_PORT}, or {@code NEAM_PORT in ConfigMap 'x'}. */
        String describe() {
            return source.equals("env") ? name : name + " in " + source;
        }
    }

    /** A variable from a Secret that a later, non-secret source sets again. */
    record Override(Var hidden, Var by) {
    }

    private final Map<String, Var> vars = new LinkedHashMap<>();
    private final List<Override> overrides = new ArrayList<>();
    private boolean open;

    private ContainerEnv() {
    }

    static ContainerEnv of(Node container, K8sObject workload, DeployUnit unit) {
        ContainerEnv env = new ContainerEnv();
        for (Node source : Yaml.items(Yaml.get(container, "envFrom"))) {
            String prefix = Yaml.text(source, "prefix") == null ? "" : Yaml.text(source, "prefix");
            Node configMap = Yaml.get(source, "configMapRef");
            Node secret = Yaml.get(source, "secretRef");
            if (configMap != null) {
                K8sObject found = find(unit, "ConfigMap", Yaml.text(configMap, "name"), workload);
                if (found == null || found.openData()) {
                    env.open = true;
                }
                if (found != null) {
                    env.addAll(found, "data", prefix, false);
                }
            } else if (secret != null) {
                K8sObject found = find(unit, "Secret", Yaml.text(secret, "name"), workload);
                if (found != null) {
                    env.addAll(found, "stringData", prefix, true);
                    env.addAll(found, "data", prefix, true);
                    env.open |= found.openData();
                }
            }
        }
        for (Node entry : Yaml.items(Yaml.get(container, "env"))) {
            String name = Yaml.text(entry, "name");
            if (name == null) {
                continue;
            }
            Node valueFrom = Yaml.get(entry, "valueFrom");
            Node secretRef = Yaml.get(valueFrom, "secretKeyRef");
            Node configRef = Yaml.get(valueFrom, "configMapKeyRef");
            if (secretRef != null) {
                env.put(new Var(name, null, "Secret '" + Yaml.text(secretRef, "name") + "'", true, false));
            } else if (configRef != null) {
                K8sObject found = find(unit, "ConfigMap", Yaml.text(configRef, "name"), workload);
                Node value = found == null ? null : Yaml.path(found.root(), "data", String.valueOf(Yaml.text(configRef, "key")));
                env.put(new Var(name, value, "ConfigMap '" + Yaml.text(configRef, "name") + "'", false, false));
            } else {
                env.put(new Var(name, Yaml.get(entry, "value"), "env", false, false));
            }
        }
        return env;
    }

    private static K8sObject find(DeployUnit unit, String kind, String name, K8sObject workload) {
        return unit == null || name == null ? null : unit.find(kind, name, workload, true);
    }

    private void addAll(K8sObject source, String dataKey, String prefix, boolean secret) {
        String label = source.kind() + " '" + source.written() + "'";
        for (NodeTuple t : Yaml.entries(Yaml.get(source.root(), dataKey))) {
            String key = Yaml.text(t.getKeyNode());
            if (key != null) {
                Node value = secret && dataKey.equals("data") || Yaml.isNull(t.getValueNode()) ? null : t.getValueNode();
                put(new Var(prefix + key, value, label, secret, true));
            }
        }
    }

    private void put(Var var) {
        Var before = vars.put(var.name(), var);
        if (before != null && before.secret() && !var.secret()) {
            overrides.add(new Override(before, var));
        }
    }

    /** The variable, or null when no known source sets it. */
    Var get(String name) {
        return vars.get(name);
    }

    /** Whether a source whose keys are unknown may set variables this environment does not list. */
    boolean open() {
        return open;
    }

    List<Override> overrides() {
        return overrides;
    }
}
