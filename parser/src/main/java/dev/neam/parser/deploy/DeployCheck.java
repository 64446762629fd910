package dev.neam.parser.deploy;

/** One family of deploy checks (workloads, scaling, kustomize, Helm, Dockerfile, compose, neam.toml cross-checks). */
interface DeployCheck {
    void check(DeployContext context);
}
