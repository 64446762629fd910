package dev.neam.parser.deploy;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * A HorizontalPodAutoscaler or a KEDA ScaledObject (which makes one), with its bounds and defaults:
 * an HPA keeps at least minReplicas (default 1); KEDA scales between minReplicaCount (default 0)
 * and maxReplicaCount (default 100).
 *
 * @param minNode where the minimum is written, or null for the default
 * @param min     the minimum, or null when it is not a number
 * @param maxNode where the maximum is written, or null for the default
 * @param max     the maximum, or null when it is not a number
 */
record Autoscaler(K8sObject object, boolean keda, Node minNode, Long min, Node maxNode, Long max) {

    static List<Autoscaler> of(DeployUnit unit) {
        List<Autoscaler> out = new ArrayList<>();
        for (K8sObject o : unit.objects()) {
            if (o.kind().equals("HorizontalPodAutoscaler")) {
                Node min = Yaml.path(o.root(), "spec", "minReplicas");
                Node max = Yaml.path(o.root(), "spec", "maxReplicas");
                out.add(new Autoscaler(o, false, min, min == null ? Long.valueOf(1) : Yaml.integer(min), max, Yaml.integer(max)));
            } else if (isKeda(o)) {
                Node min = Yaml.path(o.root(), "spec", "minReplicaCount");
                Node max = Yaml.path(o.root(), "spec", "maxReplicaCount");
                out.add(new Autoscaler(o, true, min, min == null ? Long.valueOf(0) : Yaml.integer(min), max,
                        max == null ? Long.valueOf(100) : Yaml.integer(max)));
            }
        }
        return out;
    }

    static boolean isKeda(K8sObject o) {
        return o.kind().equals("ScaledObject") && o.apiVersion().startsWith("keda.sh/");
    }

    Node targetRef() {
        return Yaml.path(object.root(), "spec", "scaleTargetRef");
    }

    /** The kind the target reference names (KEDA's default is Deployment). */
    String targetKind() {
        String kind = Yaml.text(targetRef(), "kind");
        return kind == null && keda ? "Deployment" : kind;
    }

    /**
     * The workload it scales, or null. Kustomize renames an HPA's target along with the workload,
     * but knows nothing of KEDA's: a ScaledObject must name the workload as deployed.
     */
    K8sObject target(DeployUnit unit) {
        String name = Yaml.text(targetRef(), "name");
        K8sObject found = unit.find(Objects.requireNonNullElse(targetKind(), ""), name, object, !keda);
        return found != null && found.podSpec() != null ? found : null;
    }

    /** The fewest pods it keeps while the workload runs (KEDA's 0 means idle, but a running workload has a pod). */
    Long floor() {
        return min == null ? null : keda ? Math.max(1, min) : min;
    }

    String label() {
        return (keda ? "ScaledObject '" : "HorizontalPodAutoscaler '") + object.written() + "'";
    }
}
