package dev.neam.parser.workspace;

import dev.neam.parser.semantic.AnalysisOptions;
import dev.neam.parser.semantic.Builtins;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The one analysis path shared by the server, `lint` and the tests: documents in, diagnostics per
 * document out, in the order the documents were given. Files are grouped into projects
 * ({@link ProjectLocator}) so imports resolve across them.
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
        return analyze(documents, List.of(), projects, projectOptions);
    }

    /** {@link #analyze(List, List, ProjectOptions)} with context sources as in {@link #analyze(List, List)}. */
    public List<FileDiagnostics> analyze(List<Document> documents, List<Document> context, List<Project> projects,
                                         ProjectOptions projectOptions) {
        Set<String> claimed = new HashSet<>();
        for (Project p : projects) {
            if (p.manifest() != null && p.reportManifest()) {
                claimed.add(p.manifest().path());
            }
            p.files().forEach(f -> claimed.add(f.path()));
        }
        List<FileDiagnostics> results = new ArrayList<>(analyze(
                documents.stream().filter(d -> !claimed.contains(d.path())).toList(), context));
        ProjectAnalyzer projectAnalyzer = new ProjectAnalyzer(projectOptions);
        for (Project p : projects) {
            results.addAll(projectAnalyzer.analyze(p));
        }
        return results;
    }

    public List<FileDiagnostics> analyze(List<Document> documents) {
        return analyze(documents, List.of());
    }

    /**
     * The diagnostics of {@code documents}, whose imports and references also resolve against
     * {@code context}: the other sources of their projects, read but not reported (a file named on
     * its own is checked as part of its project). A context document with the path of a reported
     * one is ignored.
     */
    public List<FileDiagnostics> analyze(List<Document> documents, List<Document> context) {
        Workspace workspace = new Workspace(options, Builtins.standard(), ProjectLocator::root, configs::forRoot);
        Set<Path> reported = new HashSet<>();
        documents.forEach(d -> reported.add(Path.of(d.path()).toAbsolutePath().normalize()));
        List<Document> all = new ArrayList<>(documents);
        context.stream().filter(d -> reported.add(Path.of(d.path()).toAbsolutePath().normalize())).forEach(all::add);
        workspace.updateAll(all);
        return documents.parallelStream()
                .map(doc -> new FileDiagnostics(doc.path(), workspace.diagnostics(Path.of(doc.path()))))
                .toList();
    }
}
