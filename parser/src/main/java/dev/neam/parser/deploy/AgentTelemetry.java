package dev.neam.parser.deploy;

import dev.neam.parser.manifest.TomlEntry;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Whether a neam-api container exports telemetry, and to which OTLP endpoint: its environment
 * ({@code OTEL_EXPORTER_OTLP_ENDPOINT}, {@code NEAM_OTEL_ENDPOINT}, the switch
 * {@code NEAM_TELEMETRY_ENABLED}) first, else neam.toml's [telemetry] enabled and endpoint.
 *
 * @param enabled      whether it exports
 * @param url          the endpoint URL, or null when none is set
 * @param endpointNode where the environment sets the URL, or null (then {@code manifestEntry} may)
 * @param switchNode   where the environment switches telemetry, or null
 */
record AgentTelemetry(boolean enabled, String url, Node endpointNode, Node switchNode, TomlEntry manifestEntry) {

    static AgentTelemetry of(ContainerEnv env, DeployContext context) {
        ContainerEnv.Var endpoint = null;
        for (String name : context.catalog.strings("DEPLOY8102", "endpointVariables")) {
            ContainerEnv.Var v = env.get(name);
            if (v != null && v.value() != null && Yaml.text(v.value()) != null && !Yaml.text(v.value()).isBlank() && endpoint == null) {
                endpoint = v;
            }
        }
        ContainerEnv.Var switchVar = env.get(context.catalog.string("DEPLOY2102", "telemetrySwitch"));
        Node switchNode = switchVar == null ? null : switchVar.value();
        TomlEntry manifestEndpoint = context.manifest.entry("telemetry", "endpoint");
        Boolean manifestEnabled = context.manifest.bool("telemetry", "enabled");
        boolean enabled;
        if (switchNode != null && Yaml.text(switchNode) != null) {
            enabled = Yaml.isTrue(switchNode) || "1".equals(Yaml.text(switchNode));
        } else {
            enabled = endpoint != null || Boolean.TRUE.equals(manifestEnabled);
        }
        if (endpoint != null) {
            return new AgentTelemetry(enabled, Yaml.text(endpoint.value()), endpoint.value(), switchNode, null);
        }
        String url = manifestEndpoint == null ? null : manifestEndpoint.value().asString();
        return new AgentTelemetry(enabled, url, null, switchNode, manifestEndpoint);
    }
}
