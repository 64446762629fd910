package dev.neam.parser.workspace;

import dev.neam.parser.deploy.DeployAnalyzer;
import dev.neam.parser.deploy.DeployFileKind;
import dev.neam.parser.deploy.DeployFiles;
import dev.neam.parser.deploy.DeployInput;
import dev.neam.parser.diagnostic.Diagnostic;
import dev.neam.parser.manifest.ManifestAnalyzer;
import dev.neam.parser.manifest.ManifestDocument;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The project-level half of the one analysis path: a project's {@code neam.toml} (category
 * manifest) and its deploy files (category deploy), checked together so that cross-file rules see
 * both. {@link Analyzer} delegates here; lint and the server call it through the Analyzer.
 */
public final class ProjectAnalyzer {
    private final ProjectOptions options;
    private final DeployFiles deployFiles;

    public ProjectAnalyzer(ProjectOptions options) {
        this.options = options;
        this.deployFiles = new DeployFiles(options.deployGlobs());
    }

    /**
     * Diagnostics of the manifest (first, when reported) and of each deploy file, in the project's
     * order, after the suppression comments of each file and the project's {@code [tool.neam-lsp]}
     * rules (read from the manifest's text, so an unsaved manifest counts as it is).
     */
    public List<FileDiagnostics> analyze(Project project) {
        ToolConfig config = configOf(project);
        DeployFiles deployFiles = deployFilesOf(config);
        List<FileDiagnostics> results = new ArrayList<>();
        ManifestDocument manifest = null;
        if (project.manifest() != null) {
            ManifestAnalyzer.Result result = new ManifestAnalyzer(options.manifest()).analyze(project.manifest().text(), project.lookup());
            manifest = result.document();
            if (project.reportManifest()) {
                results.add(new FileDiagnostics(project.manifest().path(), config.apply(Suppressions.forFile(
                        project.manifest().path(), project.manifest().text()).filter(result.diagnostics()))));
            }
        }
        List<DeployInput> inputs = new ArrayList<>();
        for (ProjectFile file : project.files()) {
            DeployFileKind kind = file.named() ? DeployFiles.classifyByName(file.relative(), project.lookup())
                    : deployFiles.classify(file.relative(), project.lookup());
            if (kind != null) {
                inputs.add(new DeployInput(file.path(), file.relative(), kind, file.text()));
            }
        }
        if (!inputs.isEmpty()) {
            String manifestPath = project.manifest() == null ? null : project.manifest().path();
            boolean wholeProject = project.files().stream().noneMatch(ProjectFile::named);
            Map<String, List<Diagnostic>> deploy = new DeployAnalyzer().analyze(inputs, manifest, manifestPath, project.lookup(), wholeProject);
            for (DeployInput input : inputs) {
                results.add(new FileDiagnostics(input.path(), config.apply(Suppressions.forFile(input.path(), input.text())
                        .filter(deploy.getOrDefault(input.path(), List.of())))));
            }
        }
        return results;
    }

    /** The project's {@code [tool.neam-lsp]} configuration, from its manifest's text. */
    public static ToolConfig configOf(Project project) {
        Document manifest = project.manifest();
        if (manifest == null) {
            return ToolConfig.NONE;
        }
        try {
            return ToolConfigReader.parse(Path.of(manifest.path()), manifest.text());
        } catch (InvalidPathException e) {
            return ToolConfig.NONE;
        }
    }

    /** The deploy globs that apply to a project with this configuration. */
    private DeployFiles deployFilesOf(ToolConfig config) {
        ProjectOptions own = options.forProject(config);
        return own == options ? deployFiles : new DeployFiles(own.deployGlobs());
    }
}
