package dev.neam.parser.workspace;

/**
 * What a file is to the analysis. Decided from its path and its project (see {@link FileRoles}),
 * never from the language an editor happens to give it.
 */
public enum FileRole {
    /** A Neam source ({@code *.neam}). */
    NEAM,
    /** A project's {@code neam.toml}. */
    MANIFEST,
    /** A deploy file of a project: Kubernetes, Kustomize, Helm, Dockerfile or compose. */
    DEPLOY,
    /** Anything else: not analysed. */
    NONE
}
