package dev.neam.parser.deploy;

import dev.neam.parser.diagnostic.DiagnosticCode;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * What autoscalers scale: the scaleTargetRef of an HPA or a KEDA ScaledObject must name a workload
 * deployed with it (DEPLOY1104, kube-linter's dangling-horizontalpodautoscaler; Kustomize renames
 * an HPA's target with the workload but not a ScaledObject's), and a workload has one autoscaler
 * (DEPLOY4005: KEDA makes an HPA of its own, and two HPAs fight over the replicas).
 */
final class ScaleTargetCheck implements DeployCheck {

    @Override
    public void check(DeployContext context) {
        for (DeployUnit unit : context.units) {
            Map<K8sObject, Autoscaler> first = new IdentityHashMap<>();
            for (Autoscaler scaler : Autoscaler.of(unit)) {
                K8sObject target = scaler.target(unit);
                Node nameNode = Yaml.get(scaler.targetRef(), "name");
                Node at = nameNode != null ? nameNode : Yaml.anchor(scaler.targetRef() != null ? scaler.targetRef() : scaler.object().root());
                if (target == null) {
                    if (unit.complete() && Yaml.text(nameNode) != null) {
                        dangling(context, unit, scaler, at);
                    }
                    continue;
                }
                Autoscaler other = first.putIfAbsent(target, scaler);
                if (other != null) {
                    context.report(unit, at, DiagnosticCode.DEPLOY_SINGLE_AUTOSCALER, null, target.label() + " is also scaled by "
                            + other.label() + ": two autoscalers fight over its replicas" + (scaler.keda() || other.keda()
                                    ? " (KEDA makes an HPA of its own)" : ""), List.of(context.related(Yaml.get(other.targetRef(), "name") != null
                                    ? Yaml.get(other.targetRef(), "name") : other.object().root(), "the other autoscaler")), Map.of());
                }
            }
        }
    }

    private static void dangling(DeployContext context, DeployUnit unit, Autoscaler scaler, Node at) {
        String kind = scaler.targetKind();
        String name = Yaml.text(at);
        if (scaler.keda()) {
            K8sObject renamed = unit.find(kind, name, scaler.object(), true);
            if (renamed != null && renamed.podSpec() != null) {
                context.report(unit, at, DiagnosticCode.DEPLOY_DANGLING_SCALE_TARGET, null, scaler.label() + " scales " + kind + " '"
                        + name + "', which Kustomize renamed to '" + renamed.name() + "' (it does not rewrite KEDA's references)",
                        List.of(), new Suggest(renamed.name()).fix());
                return;
            }
        }
        Suggest suggest = Suggest.nearest(name, unit.names(kind));
        context.report(unit, at, DiagnosticCode.DEPLOY_DANGLING_SCALE_TARGET, null, scaler.label() + " scales " + kind + " '" + name
                + "', which is not deployed with it" + suggest.hint(), List.of(), suggest.fix());
    }
}
