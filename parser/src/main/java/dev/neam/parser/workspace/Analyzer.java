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

    public List<FileDiagnostics> analyze(List<Document> documents) {
        Workspace workspace = new Workspace(options, Builtins.standard(), ProjectRoots::of, configs::forRoot);
        workspace.updateAll(documents);
        return documents.parallelStream()
                .map(doc -> new FileDiagnostics(doc.path(), workspace.diagnostics(Path.of(doc.path()))))
                .toList();
    }
}
