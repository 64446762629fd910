package dev.neam.parser.deploy;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * One Kubernetes object as deployed: a YAML document with apiVersion and kind, after the Kustomize
 * rendering that deploys it (its nodes keep their origins).
 *
 * @param names    every name the object had, oldest first (Kustomize prefixes and suffixes add
 *                 names; references that Kustomize rewrites may use any of them)
 * @param openData a generated ConfigMap or Secret whose keys are not all known (read from files)
 */
record K8sObject(Node root, String apiVersion, String kind, String name, String namespace, List<String> names, boolean openData) {

    K8sObject {
        names = List.copyOf(names);
    }

    /** The object a document describes, or null when it has no apiVersion and kind. */
    static K8sObject of(Node document) {
        String apiVersion = Yaml.text(document, "apiVersion");
        String kind = Yaml.text(document, "kind");
        if (apiVersion == null || kind == null) {
            return null;
        }
        String name = Yaml.text(document, "metadata", "name");
        return new K8sObject(document, apiVersion, kind, name, Yaml.text(document, "metadata", "namespace"),
                name == null ? List.of() : List.of(name), false);
    }

    /** The same object with a new tree (after a patch or a transformation); a new name joins the names. */
    K8sObject withRoot(Node tree) {
        String newName = Yaml.text(tree, "metadata", "name");
        List<String> all = new ArrayList<>(names);
        if (newName != null && !all.contains(newName)) {
            all.add(newName);
        }
        return new K8sObject(tree, Objects.requireNonNullElse(Yaml.text(tree, "apiVersion"), apiVersion),
                Objects.requireNonNullElse(Yaml.text(tree, "kind"), kind), newName, Yaml.text(tree, "metadata", "namespace"), all, openData);
    }

    K8sObject withOpenData() {
        return new K8sObject(root, apiVersion, kind, name, namespace, names, true);
    }

    /** The API group: {@code apps} of {@code apps/v1}, empty for the core group. */
    String group() {
        int slash = apiVersion.indexOf('/');
        return slash < 0 ? "" : apiVersion.substring(0, slash);
    }

    /** Whether the object had this name at any point of the rendering. */
    boolean hadName(String candidate) {
        return candidate != null && names.contains(candidate);
    }

    /**
     * The name as its manifest writes it (before a Kustomize prefix or suffix): what messages show,
     * so that a finding several overlays share reads the same in each.
     */
    String written() {
        return names.isEmpty() ? name : names.get(0);
    }

    /** {@code Deployment 'bot'}, for messages. */
    String label() {
        return kind + " '" + written() + "'";
    }

    private KubernetesFacts.WorkloadKind workload() {
        return KubernetesFacts.get().workloads.get(kind);
    }

    /** The pod template's spec of a workload, the spec of a Pod, or null. */
    Node podSpec() {
        KubernetesFacts.WorkloadKind w = workload();
        return w == null ? null : Yaml.path(root, w.podSpec());
    }

    /** Whether the workload runs a long-lived server (probes apply), as opposed to a Job. */
    boolean isServer() {
        KubernetesFacts.WorkloadKind w = workload();
        return w != null && w.server();
    }

    /** Whether spec.replicas scales the workload (an autoscaler or a PDB can refer to it). */
    boolean isScalable() {
        KubernetesFacts.WorkloadKind w = workload();
        return w != null && w.scalable();
    }

    /** Labels of the pods it makes. */
    Node podLabels() {
        KubernetesFacts.WorkloadKind w = workload();
        return w == null ? null : Yaml.path(root, w.labels());
    }

    /** The workload's own label selector (spec.selector), or null. */
    Node selector() {
        KubernetesFacts.WorkloadKind w = workload();
        return w == null || w.selector() == null ? null : Yaml.path(root, w.selector());
    }

    /** Whether both are in the same namespace, counting an unset namespace as any. */
    boolean sameNamespace(K8sObject other) {
        return namespace == null || other.namespace == null || namespace.equals(other.namespace);
    }
}
