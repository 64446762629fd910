package dev.neam.parser.deploy;

import dev.neam.parser.diagnostic.DiagnosticCode;
import dev.neam.parser.diagnostic.Severity;
import dev.neam.parser.manifest.TomlEntry;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * The OTLP endpoint and telemetry switch a deployed neam-api gets from its environment against
 * neam.toml [telemetry] endpoint and enabled (DEPLOY9006), for the units neam.toml describes (see
 * {@link ManifestCrossCheck#described}); only values written on both sides are compared.
 */
final class ManifestTelemetryCheck implements DeployCheck {

    @Override
    public void check(DeployContext context) {
        TomlEntry endpoint = context.manifest.entry("telemetry", "endpoint");
        TomlEntry enabled = context.manifest.entry("telemetry", "enabled");
        if (endpoint == null && enabled == null) {
            return;
        }
        for (DeployUnit unit : ManifestCrossCheck.described(context)) {
            for (K8sObject workload : unit.workloads()) {
                for (Node container : WorkloadCheck.neamContainers(context, workload)) {
                    AgentTelemetry telemetry = AgentTelemetry.of(ContainerEnv.of(container, workload, unit), context);
                    String expected = endpoint == null ? null : endpoint.value().asString();
                    if (telemetry.endpointNode() != null && expected != null && !trimmed(expected).equals(trimmed(telemetry.url()))) {
                        context.report(unit, telemetry.endpointNode(), DiagnosticCode.DEPLOY_MANIFEST_TELEMETRY, Severity.WARNING, "OTLP endpoint "
                                + telemetry.url() + " differs from neam.toml [telemetry] endpoint = \"" + expected + "\"",
                                context.manifest.related(endpoint, "[telemetry] endpoint"));
                    }
                    Boolean on = enabled == null ? null : enabled.value().asBoolean();
                    if (telemetry.switchNode() != null && on != null && telemetry.enabled() != on) {
                        context.report(unit, telemetry.switchNode(), DiagnosticCode.DEPLOY_MANIFEST_TELEMETRY, Severity.WARNING, "telemetry is "
                                + (telemetry.enabled() ? "on" : "off") + " here, but neam.toml sets [telemetry] enabled = " + on,
                                context.manifest.related(enabled, "[telemetry] enabled"));
                    }
                }
            }
        }
    }

    private static String trimmed(String url) {
        return url.strip().replaceAll("/+$", "");
    }
}
