package dev.neam.parser.deploy;

import java.util.List;
import java.util.Objects;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * What one deployment applies: the rendered output of a Kustomize build that no other kustomization
 * includes (an overlay, or a kustomization on its own), or the manifests of a folder that no
 * kustomization uses. The object-graph checks look for references inside one unit.
 *
 * @param overlay       the overlay's name when the unit is an overlay (a build that includes
 *                      another kustomization), for messages; null otherwise
 * @param folder        the folder of the kustomization, or of the manifests
 * @param objects       the objects it applies
 * @param complete      whether every object it applies is known: no remote or unreadable
 *                      resources, and the whole project was given. References to objects it does
 *                      not contain are reported only then
 * @param namespace     the namespace a kustomization sets, or null
 * @param namespaceNode where it is set, or null
 */
record DeployUnit(String overlay, String folder, List<K8sObject> objects, boolean complete, String namespace, Node namespaceNode) {

    DeployUnit {
        objects = List.copyOf(objects);
    }

    List<K8sObject> objects(String kind) {
        return objects.stream().filter(o -> o.kind().equals(kind)).toList();
    }

    /** Objects with a pod template (or Pods). */
    List<K8sObject> workloads() {
        return objects.stream().filter(o -> o.podSpec() != null).toList();
    }

    /**
     * The object of this kind and name in the namespace of {@code from}, or null.
     *
     * @param anyName also match names the object had before a prefix or suffix: for references
     *                Kustomize rewrites along with the name (not those in custom resources)
     */
    K8sObject find(String kind, String name, K8sObject from, boolean anyName) {
        for (K8sObject o : objects) {
            if (o.kind().equals(kind) && (anyName ? o.hadName(name) : Objects.equals(o.name(), name)) && (from == null || o.sameNamespace(from))) {
                return o;
            }
        }
        return null;
    }

    /** Every name the objects of a kind had, for did-you-mean suggestions. */
    List<String> names(String kind) {
        return objects(kind).stream().flatMap(o -> o.names().stream()).distinct().toList();
    }
}
