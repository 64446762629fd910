package dev.neam.parser.deploy;

/**
 * What a deploy file is: decided from its path, and for YAML whose name does not tell (an
 * OpenTelemetry Collector config, a Prometheus config, a compose file by another name, a Flux
 * Kustomization named kustomization.yaml) refined from its content.
 */
public enum DeployFileKind {
    KUBERNETES, KUSTOMIZATION, HELM_CHART, HELM_VALUES, DOCKERFILE, COMPOSE, OTEL_COLLECTOR, PROMETHEUS
}
