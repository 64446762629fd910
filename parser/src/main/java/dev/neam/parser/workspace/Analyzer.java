package dev.neam.parser.workspace;

import dev.neam.parser.semantic.AnalysisOptions;
import dev.neam.parser.semantic.Builtins;
import java.nio.file.Path;
import java.util.List;

/**
 * The one analysis path shared by the server, `lint` and the tests: documents in, diagnostics per
 * document out, in the order the documents were given. Files are grouped into projects (the
 * folder holding `neam.toml`) so imports resolve across them.
 */
public final class Analyzer {
    private final AnalysisOptions options;
    private final ToolConfigs configs;

    public Analyzer() {
        this(AnalysisOptions.DEFAULT);
    }

    public Analyzer(AnalysisOptions options) {
        this(options, new ToolConfigs());
    }

    /** {@code configs} supplies each project's {@code [tool.neam-lsp]}; share it with file discovery. */
    public Analyzer(AnalysisOptions options, ToolConfigs configs) {
        this.options = options;
        this.configs = configs;
    }

    /**
     * Neam sources and projects together: the sources (minus any file a project analyses, such as a
     * neam.toml named explicitly), then each project's manifest and deploy files.
     */
    public List<FileDiagnostics> analyze(List<Document> documents, List<Project> projects, ProjectOptions projectOptions) {
        java.util.Set<String> claimed = new java.util.HashSet<>();
        for (Project p : projects) {
            if (p.manifest() != null && p.reportManifest()) {
                claimed.add(p.manifest().path());
            }
            p.files().forEach(f -> claimed.add(f.path()));
        }
        List<FileDiagnostics> results = new java.util.ArrayList<>(analyze(documents.stream().filter(d -> !claimed.contains(d.path())).toList()));
        ProjectAnalyzer projectAnalyzer = new ProjectAnalyzer(projectOptions);
        for (Project p : projects) {
            results.addAll(projectAnalyzer.analyze(p));
        }
        return results;
    }

    public List<FileDiagnostics> analyze(List<Document> documents) {
        Workspace workspace = new Workspace(options, Builtins.standard(), ProjectRoots::of, configs::forRoot);
        workspace.updateAll(documents);
        return documents.parallelStream()
                .map(doc -> new FileDiagnostics(doc.path(), workspace.diagnostics(Path.of(doc.path()))))
                .toList();
    }
}
