package dev.neam.lsp.features.diagnostics;

import dev.neam.lsp.documents.DocumentUris;
import dev.neam.lsp.settings.ServerSettings;
import dev.neam.parser.diagnostic.Diagnostic;
import dev.neam.parser.workspace.Analyzer;
import dev.neam.parser.workspace.Document;
import dev.neam.parser.workspace.FileDiagnostics;
import java.util.List;

/**
 * Diagnostics of one Neam document through the project's one analysis path ({@link Analyzer}, as
 * {@code lint} uses it), filtered by the categories the settings enable.
 */
public final class DiagnosticsEngine {
    private record Configured(ServerSettings settings, Analyzer analyzer, int generation) {
    }

    private volatile Configured configured = new Configured(ServerSettings.DEFAULT,
            new Analyzer(ServerSettings.DEFAULT.analysisOptions()), 0);

    public void configure(ServerSettings settings) {
        Configured previous = configured;
        configured = new Configured(settings, new Analyzer(settings.analysisOptions()), previous.generation() + 1);
    }

    public ServerSettings settings() {
        return configured.settings();
    }

    /** Changes whenever the settings change, so cached results (pull result ids) can tell. */
    public int generation() {
        return configured.generation();
    }

    public List<Diagnostic> diagnose(String uri, String text) {
        Configured c = configured;
        List<FileDiagnostics> results = c.analyzer().analyze(List.of(new Document(DocumentUris.displayPath(uri), text)));
        return results.get(0).diagnostics().stream().filter(d -> c.settings().reports(d.category())).toList();
    }
}
