package dev.neam.parser.workspace;

import dev.neam.parser.deploy.DeployCatalog;
import dev.neam.parser.manifest.ManifestOptions;
import java.util.List;

/**
 * Settings of project analysis, shared by the server (from client settings) and lint (from flags):
 * the neamc version the manifest is checked against, and the globs (relative to the project root)
 * under which deploy files are looked for.
 */
public record ProjectOptions(ManifestOptions manifest, List<String> deployGlobs) {
    public static final ProjectOptions DEFAULT = new ProjectOptions(ManifestOptions.DEFAULT, DeployCatalog.get().defaultGlobs());

    public ProjectOptions {
        deployGlobs = List.copyOf(deployGlobs);
    }
}
