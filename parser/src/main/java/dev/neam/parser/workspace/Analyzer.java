package dev.neam.parser.workspace;

import dev.neam.parser.diagnostic.Diagnostic;
import dev.neam.parser.semantic.AnalysisOptions;
import dev.neam.parser.semantic.SemanticAnalyzer;
import dev.neam.parser.syntax.NeamSyntax;
import dev.neam.parser.syntax.ParseResult;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The one analysis path shared by the server, `lint` and the tests: documents in, diagnostics per
 * document out, in the order the documents were given.
 */
public final class Analyzer {
    private final AnalysisOptions options;
    private final SemanticAnalyzer semantic = new SemanticAnalyzer();

    public Analyzer() {
        this(AnalysisOptions.DEFAULT);
    }

    public Analyzer(AnalysisOptions options) {
        this.options = options;
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
        return documents.parallelStream().map(this::analyzeOne).toList();
    }

    private FileDiagnostics analyzeOne(Document doc) {
        ParseResult parse = NeamSyntax.parse(doc.text());
        List<Diagnostic> all = new ArrayList<>(parse.diagnostics());
        all.addAll(semantic.analyze(doc.path(), parse, options));
        all.sort(Comparator.comparing((Diagnostic d) -> d.range().start()).thenComparing(d -> d.code().id()));
        return new FileDiagnostics(doc.path(), all);
    }
}
