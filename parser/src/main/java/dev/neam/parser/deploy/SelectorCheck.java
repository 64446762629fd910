package dev.neam.parser.deploy;

import dev.neam.parser.diagnostic.DiagnosticCode;
import java.util.Objects;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;

/**
 * Label selectors against the pods deployed with them: a workload's selector must select its own
 * pod template (DEPLOY1103, kube-linter's mismatching-selector); a PodDisruptionBudget
 * (DEPLOY1105) and a NetworkPolicy (DEPLOY1106, dangling-networkpolicy) must select some pods; a
 * selector an overlay patched is reported at the patched value.
 */
final class SelectorCheck implements DeployCheck {

    @Override
    public void check(DeployContext context) {
        for (DeployUnit unit : context.units) {
            for (K8sObject workload : unit.workloads()) {
                ownPods(context, unit, workload);
            }
            if (!unit.complete()) {
                continue;
            }
            for (K8sObject pdb : unit.objects("PodDisruptionBudget")) {
                Node selector = Yaml.path(pdb.root(), "spec", "selector");
                if (selector != null && !LabelSelector.isEmpty(selector) && !selectsAny(unit, pdb, selector)) {
                    context.report(unit, context.patchedOr(Yaml.key(Yaml.get(pdb.root(), "spec"), "selector"), selector),
                            DiagnosticCode.DEPLOY_DANGLING_PDB,
                            "PodDisruptionBudget '" + pdb.written() + "' selects no pods deployed with it (" + describe(selector) + ")");
                }
            }
            for (K8sObject policy : unit.objects("NetworkPolicy")) {
                Node selector = Yaml.path(policy.root(), "spec", "podSelector");
                if (selector != null && !LabelSelector.isEmpty(selector) && !selectsAny(unit, policy, selector)) {
                    context.report(unit, context.patchedOr(Yaml.key(Yaml.get(policy.root(), "spec"), "podSelector"), selector),
                            DiagnosticCode.DEPLOY_DANGLING_NETWORK_POLICY,
                            "NetworkPolicy '" + policy.written() + "' selects no pods deployed with it (" + describe(selector) + ")");
                }
            }
        }
    }

    private static void ownPods(DeployContext context, DeployUnit unit, K8sObject workload) {
        Node selector = workload.selector();
        Node labels = workload.podLabels();
        boolean plain = workload.kind().equals("ReplicationController");
        if (selector == null || (plain ? Yaml.entries(selector).isEmpty() : LabelSelector.isEmpty(selector))) {
            return;
        }
        if (plain ? LabelSelector.mapMatches(selector, labels) : LabelSelector.matches(selector, labels)) {
            return;
        }
        Node at = Yaml.anchor(selector);
        for (NodeTuple t : Yaml.entries(plain ? selector : Yaml.get(selector, "matchLabels"))) {
            if (!Objects.equals(Yaml.text(t.getValueNode()), Yaml.text(labels, Yaml.text(t.getKeyNode())))) {
                at = t.getValueNode();
                break;
            }
        }
        context.report(unit, at, DiagnosticCode.DEPLOY_MISMATCHING_SELECTOR, "the selector of " + workload.label()
                + " does not select the labels of its own pod template (" + describe(selector) + "): the API server rejects it");
    }

    private static boolean selectsAny(DeployUnit unit, K8sObject owner, Node selector) {
        return unit.workloads().stream().anyMatch(w -> w.sameNamespace(owner) && LabelSelector.matches(selector, w.podLabels()));
    }

    /** {@code app=bot, tier=api} of a selector's matchLabels (or of a plain selector map). */
    static String describe(Node selector) {
        Node labels = Yaml.get(selector, "matchLabels") != null ? Yaml.get(selector, "matchLabels") : selector;
        StringBuilder out = new StringBuilder();
        for (NodeTuple t : Yaml.entries(labels)) {
            if (Yaml.text(t.getKeyNode()) != null && Yaml.text(t.getValueNode()) != null) {
                out.append(out.isEmpty() ? "" : ", ").append(Yaml.text(t.getKeyNode())).append('=').append(Yaml.text(t.getValueNode()));
            }
        }
        if (!Yaml.items(Yaml.get(selector, "matchExpressions")).isEmpty()) {
            out.append(out.isEmpty() ? "" : ", ").append("matchExpressions");
        }
        return out.toString();
    }
}
