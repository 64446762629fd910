package dev.neam.parser.deploy;

import dev.neam.parser.diagnostic.DiagnosticCode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * References from pods to ConfigMaps and Secrets (envFrom, env valueFrom, volumes and projected
 * volumes) must name objects deployed with them, and keys those objects have (DEPLOY1108), unless
 * marked optional. ConfigMaps live in the repository; Secrets are often created outside it, so a
 * missing Secret is reported only when the deployment defines Secrets itself (Secret,
 * secretGenerator, SealedSecret, ExternalSecret): then a name that matches none is a mistake.
 */
final class ConfigReferenceCheck implements DeployCheck {

    @Override
    public void check(DeployContext context) {
        for (DeployUnit unit : context.units) {
            if (!unit.complete()) {
                continue;
            }
            Set<String> secrets = secretNames(unit);
            for (K8sObject workload : unit.workloads()) {
                Node pod = workload.podSpec();
                List<Node> containers = new ArrayList<>(Yaml.items(Yaml.get(pod, "initContainers")));
                containers.addAll(Yaml.items(Yaml.get(pod, "containers")));
                for (Node container : containers) {
                    for (Node source : Yaml.items(Yaml.get(container, "envFrom"))) {
                        reference(context, unit, workload, "ConfigMap", Yaml.get(source, "configMapRef"), "name", null, secrets);
                        reference(context, unit, workload, "Secret", Yaml.get(source, "secretRef"), "name", null, secrets);
                    }
                    for (Node env : Yaml.items(Yaml.get(container, "env"))) {
                        Node valueFrom = Yaml.get(env, "valueFrom");
                        reference(context, unit, workload, "ConfigMap", Yaml.get(valueFrom, "configMapKeyRef"), "name", "key", secrets);
                        reference(context, unit, workload, "Secret", Yaml.get(valueFrom, "secretKeyRef"), "name", "key", secrets);
                    }
                }
                for (Node volume : Yaml.items(Yaml.get(pod, "volumes"))) {
                    volume(context, unit, workload, Yaml.get(volume, "configMap"), Yaml.get(volume, "secret"), "secretName", secrets);
                    for (Node projected : Yaml.items(Yaml.path(volume, "projected", "sources"))) {
                        volume(context, unit, workload, Yaml.get(projected, "configMap"), Yaml.get(projected, "secret"), "name", secrets);
                    }
                }
            }
        }
    }

    private static void volume(DeployContext context, DeployUnit unit, K8sObject workload, Node configMap, Node secret, String secretNameKey,
            Set<String> secrets) {
        reference(context, unit, workload, "ConfigMap", configMap, "name", null, secrets);
        reference(context, unit, workload, "Secret", secret, secretNameKey, null, secrets);
        for (Node item : Yaml.items(Yaml.get(configMap, "items"))) {
            key(context, unit, workload, "ConfigMap", configMap, "name", Yaml.get(item, "key"));
        }
        for (Node item : Yaml.items(Yaml.get(secret, "items"))) {
            key(context, unit, workload, "Secret", secret, secretNameKey, Yaml.get(item, "key"));
        }
    }

    private static void reference(DeployContext context, DeployUnit unit, K8sObject workload, String kind, Node ref, String nameKey,
            String keyKey, Set<String> secrets) {
        Node nameNode = Yaml.get(ref, nameKey);
        String name = Yaml.text(nameNode);
        if (name == null || Yaml.isTrue(Yaml.get(ref, "optional"))) {
            return;
        }
        K8sObject found = unit.find(kind, name, workload, true);
        if (found == null) {
            boolean expected = kind.equals("ConfigMap") || !secrets.isEmpty();
            if (expected && !secrets.contains(name)) {
                Suggest suggest = Suggest.nearest(name, kind.equals("ConfigMap") ? unit.names("ConfigMap") : secrets);
                K8sObject renamed = kind.equals("Secret") ? renamedMaker(unit, name) : null;
                String why = renamed == null ? "" : " (" + renamed.label() + " makes Secret '" + renamed.name()
                        + "': Kustomize renames it but does not rewrite references to what it makes)";
                context.report(unit, nameNode, DiagnosticCode.DEPLOY_DANGLING_CONFIG_REFERENCE, null, workload.label() + " uses " + kind
                        + " '" + name + "', which is not deployed with it" + why + suggest.hint()
                        + (kind.equals("Secret") && renamed == null ? "; create it, or mark the reference optional: true" : ""), List.of(),
                        suggest.fix());
            }
            return;
        }
        if (keyKey != null) {
            key(context, unit, workload, kind, ref, nameKey, Yaml.get(ref, keyKey));
        }
    }

    /** A key of a referenced ConfigMap or Secret (an object whose keys are all known) that it lacks. */
    private static void key(DeployContext context, DeployUnit unit, K8sObject workload, String kind, Node ref, String nameKey, Node keyNode) {
        String name = Yaml.text(ref, nameKey);
        String key = Yaml.text(keyNode);
        K8sObject found = name == null ? null : unit.find(kind, name, workload, true);
        if (found == null || key == null || found.openData() || Yaml.isTrue(Yaml.get(ref, "optional"))) {
            return;
        }
        Set<String> keys = new LinkedHashSet<>();
        for (String data : List.of("data", "binaryData", "stringData")) {
            keys.addAll(Yaml.keys(Yaml.get(found.root(), data)));
        }
        if (!keys.contains(key)) {
            Suggest suggest = Suggest.nearest(key, keys);
            context.report(unit, keyNode, DiagnosticCode.DEPLOY_DANGLING_CONFIG_REFERENCE, null, kind + " '" + found.written() + "' has no key '"
                    + key + "'" + (keys.isEmpty() ? "" : " (keys: " + String.join(", ", keys) + ")") + suggest.hint(), List.of(), suggest.fix());
        }
    }

    /** A SealedSecret or ExternalSecret that had this name before a Kustomize prefix or suffix, or null. */
    private static K8sObject renamedMaker(DeployUnit unit, String name) {
        for (K8sObject o : unit.objects()) {
            if ((o.kind().equals("SealedSecret") || o.kind().equals("ExternalSecret")) && o.hadName(name) && !name.equals(o.name())) {
                return o;
            }
        }
        return null;
    }

    /** Names of the Secrets the deployment makes: Secret objects (and generated ones), SealedSecrets, ExternalSecrets. */
    static Set<String> secretNames(DeployUnit unit) {
        Set<String> out = new LinkedHashSet<>();
        for (K8sObject o : unit.objects()) {
            if (o.kind().equals("Secret")) {
                out.addAll(o.names());
            } else if (o.kind().equals("SealedSecret")) {
                String templated = Yaml.text(o.root(), "spec", "template", "metadata", "name");
                out.add(templated != null ? templated : o.name());
            } else if (o.kind().equals("ExternalSecret")) {
                String target = Yaml.text(o.root(), "spec", "target", "name");
                out.add(target != null ? target : o.name());
            }
        }
        out.remove(null);
        return out;
    }
}
