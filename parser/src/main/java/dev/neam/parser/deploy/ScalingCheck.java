package dev.neam.parser.deploy;

import dev.neam.parser.diagnostic.DiagnosticCode;
import dev.neam.parser.diagnostic.RelatedInformation;
import dev.neam.parser.diagnostic.Severity;
import java.util.Objects;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * HorizontalPodAutoscaler bounds (DEPLOY4001), replicas of the workload an HPA or KEDA ScaledObject
 * scales (DEPLOY4002), and PodDisruptionBudgets that block evictions (with the replicas the
 * workload keeps, an autoscaler's minimum included) or set both fields (DEPLOY4003, DEPLOY4004).
 */
final class ScalingCheck implements DeployCheck {

    @Override
    public void check(DeployContext context) {
        for (DeployUnit unit : context.units) {
            for (Autoscaler scaler : Autoscaler.of(unit)) {
                if (!scaler.keda() && !bounds(context, unit, scaler)) {
                    continue;
                }
                replicas(context, unit, scaler);
            }
            for (K8sObject pdb : unit.objects("PodDisruptionBudget")) {
                pdb(context, unit, pdb);
            }
        }
    }

    /** Whether the HPA's bounds are sound (else reported). */
    private static boolean bounds(DeployContext context, DeployUnit unit, Autoscaler hpa) {
        if (hpa.minNode() != null && hpa.min() != null && hpa.min() < 1) {
            context.report(unit, hpa.minNode(), DiagnosticCode.DEPLOY_HPA_RANGE, "minReplicas " + hpa.min() + " is below 1");
            return false;
        }
        if (hpa.min() != null && hpa.max() != null && hpa.min() > hpa.max()) {
            context.report(unit, hpa.maxNode(), DiagnosticCode.DEPLOY_HPA_RANGE, Severity.ERROR, "maxReplicas " + hpa.max()
                    + " is below minReplicas " + hpa.min(), hpa.minNode() == null ? null : context.related(hpa.minNode(), "minReplicas"));
            return false;
        }
        return true;
    }

    private static void replicas(DeployContext context, DeployUnit unit, Autoscaler scaler) {
        K8sObject target = scaler.target(unit);
        if (target == null || scaler.min() == null || scaler.max() == null || scaler.min() > scaler.max()) {
            return;
        }
        Node replicas = Yaml.path(target.root(), "spec", "replicas");
        Long count = Yaml.integer(replicas);
        if (count != null && (count < scaler.min() || count > scaler.max())) {
            Node bound = count < scaler.min() ? (scaler.minNode() != null ? scaler.minNode() : scaler.object().root()) : scaler.maxNode();
            context.report(unit, replicas, DiagnosticCode.DEPLOY_REPLICAS_VS_HPA, Severity.WARNING, "replicas " + count
                    + " is outside the range " + scaler.min() + "-" + scaler.max() + " of " + scaler.label()
                    + ": the autoscaler changes it at once", context.related(bound != null ? bound : scaler.object().root(),
                            "the autoscaler's bound"));
        }
    }

    private static void pdb(DeployContext context, DeployUnit unit, K8sObject pdb) {
        Node minNode = Yaml.path(pdb.root(), "spec", "minAvailable");
        Node maxNode = Yaml.path(pdb.root(), "spec", "maxUnavailable");
        if (minNode != null && maxNode != null) {
            context.report(unit, maxNode, DiagnosticCode.DEPLOY_PDB_BOTH_FIELDS, Severity.ERROR,
                    "a PodDisruptionBudget may set only one of minAvailable and maxUnavailable", context.related(minNode, "minAvailable"));
            return;
        }
        String max = Yaml.text(maxNode);
        if (max != null && (max.strip().equals("0") || max.strip().equals("0%"))) {
            context.report(unit, maxNode, DiagnosticCode.DEPLOY_PDB_BLOCKS_EVICTION,
                    "maxUnavailable " + max + " allows no voluntary eviction: nodes cannot be drained");
            return;
        }
        String min = Yaml.text(minNode);
        if (min == null) {
            return;
        }
        if (min.strip().equals("100%")) {
            context.report(unit, minNode, DiagnosticCode.DEPLOY_PDB_BLOCKS_EVICTION,
                    "minAvailable 100% allows no voluntary eviction: nodes cannot be drained");
            return;
        }
        Long minAvailable = Yaml.integer(minNode);
        K8sObject workload = selected(unit, pdb);
        if (minAvailable == null || workload == null) {
            return;
        }
        Node replicasNode = Yaml.path(workload.root(), "spec", "replicas");
        long replicas = replicasNode == null ? 1 : Objects.requireNonNullElse(Yaml.integer(replicasNode), 1L);
        RelatedInformation where = replicasNode == null ? context.related(workload.root(), "replicas defaults to 1")
                : context.related(replicasNode, "the workload's replicas");
        Autoscaler scaler = autoscaler(unit, workload);
        if (scaler != null && scaler.floor() != null) { // the autoscaler keeps at least its minimum, whatever spec.replicas says
            replicas = scaler.floor();
            where = context.related(scaler.minNode() != null ? scaler.minNode() : scaler.object().root(), "the autoscaler's minimum");
        }
        if (minAvailable >= replicas) {
            context.report(unit, minNode, DiagnosticCode.DEPLOY_PDB_BLOCKS_EVICTION, Severity.ERROR, "minAvailable "
                    + minAvailable + " is not below the " + replicas + " replica" + (replicas == 1 ? "" : "s") + " of " + workload.label()
                    + ": no pod may ever be evicted, so nodes cannot be drained", where);
        }
    }

    static Autoscaler autoscaler(DeployUnit unit, K8sObject workload) {
        for (Autoscaler scaler : Autoscaler.of(unit)) {
            if (scaler.target(unit) == workload) {
                return scaler;
            }
        }
        return null;
    }

    /** The scalable workload whose pods the PDB's selector selects. */
    static K8sObject selected(DeployUnit unit, K8sObject pdb) {
        Node selector = Yaml.path(pdb.root(), "spec", "selector");
        if (selector == null || LabelSelector.isEmpty(selector)) {
            return null;
        }
        for (K8sObject o : unit.workloads()) {
            if (o.isScalable() && o.sameNamespace(pdb) && LabelSelector.matches(selector, o.podLabels())) {
                return o;
            }
        }
        return null;
    }
}
