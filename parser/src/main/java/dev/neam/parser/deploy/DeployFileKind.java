package dev.neam.parser.deploy;

/** What a deploy file is, decided from its path. */
public enum DeployFileKind {
    KUBERNETES, KUSTOMIZATION, HELM_CHART, HELM_VALUES, DOCKERFILE, COMPOSE
}
