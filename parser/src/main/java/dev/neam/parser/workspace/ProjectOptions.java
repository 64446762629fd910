package dev.neam.parser.workspace;

import dev.neam.parser.deploy.DeployCatalog;
import dev.neam.parser.manifest.ManifestOptions;
import java.util.List;

/**
 * Settings of project analysis, shared by the server (from client settings) and lint (from flags):
 * the neamc version the manifest is checked against, and the globs (relative to the project root)
 * under which deploy files are looked for.
 *
 * @param explicitGlobs whether the globs were asked for explicitly (lint's {@code --deploy-glob});
 *                      otherwise a project's own {@code [tool.neam-lsp] deploy-globs} replace them
 */
public record ProjectOptions(ManifestOptions manifest, List<String> deployGlobs, boolean explicitGlobs) {
    public static final ProjectOptions DEFAULT = new ProjectOptions(ManifestOptions.DEFAULT, DeployCatalog.get().defaultGlobs());

    public ProjectOptions {
        deployGlobs = List.copyOf(deployGlobs);
    }

    /** Globs that a project's own configuration may replace. */
    public ProjectOptions(ManifestOptions manifest, List<String> deployGlobs) {
        this(manifest, deployGlobs, false);
    }

    /** The options for one project: its {@code deploy-globs}, unless the caller's globs are explicit. */
    public ProjectOptions forProject(ToolConfig config) {
        if (explicitGlobs || config.deployGlobs().isEmpty() || config.deployGlobs().equals(deployGlobs)) {
            return this;
        }
        return new ProjectOptions(manifest, config.deployGlobs(), false);
    }
}
