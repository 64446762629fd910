package dev.neam.parser.deploy;

import dev.neam.parser.diagnostic.DiagnosticCode;
import dev.neam.parser.diagnostic.Severity;
import java.util.List;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;

/**
 * Compose depends_on (DEPLOY8004): it must name services of the file, and a service waited for
 * with {@code condition: service_healthy} must have a healthcheck (its own, or the HEALTHCHECK of
 * the Dockerfile it builds); for a service run from an image the image may define one, so that
 * case is a warning.
 */
final class ComposeDependsCheck implements DeployCheck {

    @Override
    public void check(DeployContext context) {
        for (ParsedFile file : context.files(DeployFileKind.COMPOSE)) {
            for (Node doc : file.documents()) {
                List<NodeTuple> services = ComposeServices.of(doc);
                List<String> names = Yaml.keys(Yaml.get(doc, "services"));
                for (NodeTuple service : services) {
                    Node dependsOn = Yaml.get(service.getValueNode(), "depends_on");
                    for (Node item : Yaml.items(dependsOn)) {
                        exists(context, service, item, names);
                    }
                    for (NodeTuple entry : Yaml.entries(dependsOn)) {
                        if (exists(context, service, entry.getKeyNode(), names)
                                && "service_healthy".equals(Yaml.text(entry.getValueNode(), "condition"))) {
                            healthy(context, file, service, entry, Yaml.get(Yaml.get(doc, "services"), Yaml.text(entry.getKeyNode())));
                        }
                    }
                }
            }
        }
    }

    private static boolean exists(DeployContext context, NodeTuple service, Node name, List<String> names) {
        String wanted = Yaml.text(name);
        if (wanted == null || names.contains(wanted)) {
            return wanted != null;
        }
        Suggest suggest = Suggest.nearest(wanted, names);
        context.report(null, name, DiagnosticCode.DEPLOY_COMPOSE_DEPENDS_ON, null, "service '" + Yaml.text(service.getKeyNode())
                + "' depends on '" + wanted + "', which the compose file does not define" + suggest.hint(), List.of(), suggest.fix());
        return false;
    }

    private static void healthy(DeployContext context, ParsedFile file, NodeTuple service, NodeTuple entry, Node target) {
        String name = Yaml.text(entry.getKeyNode());
        Node healthcheck = Yaml.get(target, "healthcheck");
        Node condition = Yaml.get(entry.getValueNode(), "condition");
        String waits = "service '" + Yaml.text(service.getKeyNode()) + "' waits for '" + name + "' to be healthy, but ";
        if (healthcheck != null) {
            if (Yaml.isTrue(Yaml.get(healthcheck, "disable"))) {
                context.report(null, condition, DiagnosticCode.DEPLOY_COMPOSE_DEPENDS_ON, waits + "its healthcheck is disabled");
            }
            return;
        }
        ParsedFile dockerfile = ComposeServices.dockerfile(context, file, target);
        if (dockerfile != null) {
            List<Dockerfile.Stage> stages = dockerfile.dockerfile.stages();
            Dockerfile.Instruction check = stages.isEmpty() ? null : stages.get(stages.size() - 1).last("HEALTHCHECK");
            if (check == null || check.arguments().strip().equalsIgnoreCase("NONE")) {
                context.report(null, condition, DiagnosticCode.DEPLOY_COMPOSE_DEPENDS_ON, waits + "it has no healthcheck, and "
                        + dockerfile.relative() + " defines no HEALTHCHECK: docker compose cannot start '" + Yaml.text(service.getKeyNode()) + "'");
            }
            return;
        }
        if (Yaml.get(target, "build") == null) {
            context.report(null, condition, DiagnosticCode.DEPLOY_COMPOSE_DEPENDS_ON, Severity.WARNING, waits + "it has no healthcheck"
                    + (Yaml.text(target, "image") == null ? "" : " (unless image " + Yaml.text(target, "image") + " defines one)")
                    + ": docker compose cannot start '" + Yaml.text(service.getKeyNode()) + "' without one");
        }
    }
}
