package dev.neam.parser.deploy;

import dev.neam.parser.diagnostic.DiagnosticCode;
import java.util.List;
import org.snakeyaml.engine.v2.nodes.Node;

/** A pod's serviceAccountName must name a ServiceAccount deployed with it (DEPLOY1107, kube-linter's non-existent-service-account). */
final class ServiceAccountCheck implements DeployCheck {

    @Override
    public void check(DeployContext context) {
        for (DeployUnit unit : context.units) {
            if (!unit.complete()) {
                continue;
            }
            for (K8sObject workload : unit.workloads()) {
                Node pod = workload.podSpec();
                Node name = Yaml.get(pod, "serviceAccountName") != null ? Yaml.get(pod, "serviceAccountName") : Yaml.get(pod, "serviceAccount");
                String account = Yaml.text(name);
                if (account == null || account.equals("default") || unit.find("ServiceAccount", account, workload, true) != null) {
                    continue;
                }
                Suggest suggest = Suggest.nearest(account, unit.names("ServiceAccount"));
                context.report(unit, name, DiagnosticCode.DEPLOY_MISSING_SERVICE_ACCOUNT, null, workload.label() + " runs as ServiceAccount '"
                        + account + "', which is not deployed with it" + suggest.hint(), List.of(), suggest.fix());
            }
        }
    }
}
