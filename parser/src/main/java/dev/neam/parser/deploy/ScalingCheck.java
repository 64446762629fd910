package dev.neam.parser.deploy;

import dev.neam.parser.diagnostic.DiagnosticCode;
import dev.neam.parser.diagnostic.RelatedInformation;
import dev.neam.parser.diagnostic.Severity;
import java.util.Objects;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;

/**
 * HorizontalPodAutoscaler bounds (DEPLOY4001), replicas of the workload it scales (DEPLOY4002),
 * and PodDisruptionBudgets that block evictions or set both fields (DEPLOY4003, DEPLOY4004).
 */
final class ScalingCheck implements DeployCheck {

    @Override
    public void check(DeployContext context) {
        for (K8sObject hpa : context.objects("HorizontalPodAutoscaler")) {
            hpa(context, hpa);
        }
        for (K8sObject pdb : context.objects("PodDisruptionBudget")) {
            pdb(context, pdb);
        }
    }

    private static void hpa(DeployContext context, K8sObject hpa) {
        ParsedFile file = hpa.file();
        Node minNode = Yaml.path(hpa.root(), "spec", "minReplicas");
        Node maxNode = Yaml.path(hpa.root(), "spec", "maxReplicas");
        Long min = minNode == null ? Long.valueOf(1) : Yaml.integer(minNode);
        Long max = Yaml.integer(maxNode);
        if (minNode != null && min != null && min < 1) {
            context.report(file, DiagnosticCode.DEPLOY_HPA_RANGE, file.range(minNode), "minReplicas " + min + " is below 1");
            return;
        }
        if (min != null && max != null && min > max) {
            context.report(file, DiagnosticCode.DEPLOY_HPA_RANGE, Severity.ERROR, file.range(maxNode), "maxReplicas " + max
                    + " is below minReplicas " + min, minNode == null ? null : file.related(minNode, "minReplicas"));
            return;
        }
        K8sObject target = target(context, hpa);
        if (target == null || min == null || max == null) {
            return;
        }
        Node replicas = Yaml.path(target.root(), "spec", "replicas");
        Long count = Yaml.integer(replicas);
        if (count != null && (count < min || count > max)) {
            context.report(target.file(), DiagnosticCode.DEPLOY_REPLICAS_VS_HPA, Severity.WARNING, target.file().range(replicas),
                    "replicas " + count + " is outside the range " + min + "-" + max + " of HorizontalPodAutoscaler '" + hpa.name()
                            + "': the autoscaler changes it at once",
                    file.related(count < min ? (minNode != null ? minNode : hpa.root()) : maxNode, "the autoscaler's bound"));
        }
    }

    /** The workload an HPA scales, found by kind and name among the project's objects. */
    static K8sObject target(DeployContext context, K8sObject hpa) {
        Node ref = Yaml.path(hpa.root(), "spec", "scaleTargetRef");
        String kind = Yaml.text(ref, "kind");
        String name = Yaml.text(ref, "name");
        for (K8sObject o : context.objects) {
            if (Objects.equals(o.kind(), kind) && Objects.equals(o.name(), name) && !context.isPatch(o.file())) {
                return o;
            }
        }
        return null;
    }

    private static void pdb(DeployContext context, K8sObject pdb) {
        ParsedFile file = pdb.file();
        Node minNode = Yaml.path(pdb.root(), "spec", "minAvailable");
        Node maxNode = Yaml.path(pdb.root(), "spec", "maxUnavailable");
        if (minNode != null && maxNode != null) {
            context.report(file, DiagnosticCode.DEPLOY_PDB_BOTH_FIELDS, Severity.ERROR, file.range(maxNode),
                    "a PodDisruptionBudget may set only one of minAvailable and maxUnavailable", file.related(minNode, "minAvailable"));
            return;
        }
        String max = Yaml.text(maxNode);
        if (max != null && (max.strip().equals("0") || max.strip().equals("0%"))) {
            context.report(file, DiagnosticCode.DEPLOY_PDB_BLOCKS_EVICTION, file.range(maxNode),
                    "maxUnavailable " + max + " allows no voluntary eviction: nodes cannot be drained");
            return;
        }
        String min = Yaml.text(minNode);
        if (min == null) {
            return;
        }
        if (min.strip().equals("100%")) {
            context.report(file, DiagnosticCode.DEPLOY_PDB_BLOCKS_EVICTION, file.range(minNode),
                    "minAvailable 100% allows no voluntary eviction: nodes cannot be drained");
            return;
        }
        Long minAvailable = Yaml.integer(minNode);
        K8sObject workload = selected(context, pdb);
        if (minAvailable == null || workload == null) {
            return;
        }
        Node replicasNode = Yaml.path(workload.root(), "spec", "replicas");
        long replicas = replicasNode == null ? 1 : Objects.requireNonNullElse(Yaml.integer(replicasNode), 1L);
        RelatedInformation where = replicasNode == null ? workload.file().related(workload.root(), "replicas defaults to 1")
                : workload.file().related(replicasNode, "the workload's replicas");
        K8sObject hpa = autoscaler(context, workload);
        if (hpa != null) { // the autoscaler keeps at least minReplicas pods, whatever spec.replicas says
            Node hpaMin = Yaml.path(hpa.root(), "spec", "minReplicas");
            Long kept = hpaMin == null ? Long.valueOf(1) : Yaml.integer(hpaMin);
            if (kept != null) {
                replicas = kept;
                where = hpa.file().related(hpaMin != null ? hpaMin : hpa.root(), "the autoscaler's minReplicas");
            }
        }
        if (minAvailable >= replicas) {
            context.report(file, DiagnosticCode.DEPLOY_PDB_BLOCKS_EVICTION, Severity.ERROR, file.range(minNode), "minAvailable "
                    + minAvailable + " is not below the " + replicas + " replica" + (replicas == 1 ? "" : "s") + " of " + workload.kind()
                    + " '" + workload.name() + "': no pod may ever be evicted, so nodes cannot be drained", where);
        }
    }

    private static K8sObject autoscaler(DeployContext context, K8sObject workload) {
        for (K8sObject hpa : context.objects("HorizontalPodAutoscaler")) {
            if (target(context, hpa) == workload) {
                return hpa;
            }
        }
        return null;
    }

    /** The workload whose pod labels contain all of the PDB's matchLabels. */
    private static K8sObject selected(DeployContext context, K8sObject pdb) {
        Node match = Yaml.path(pdb.root(), "spec", "selector", "matchLabels");
        if (Yaml.entries(match).isEmpty()) {
            return null;
        }
        for (K8sObject o : context.objects) {
            if (o.podSpec() == null || context.isPatch(o.file()) || o.kind().equals("Pod") || o.kind().equals("Job")
                    || o.kind().equals("CronJob")) {
                continue;
            }
            Node labels = o.podLabels();
            boolean all = true;
            for (NodeTuple t : Yaml.entries(match)) {
                String k = Yaml.text(t.getKeyNode());
                if (k == null || !Objects.equals(Yaml.text(Yaml.get(labels, k)), Yaml.text(t.getValueNode()))) {
                    all = false;
                }
            }
            if (all) {
                return o;
            }
        }
        return null;
    }
}
