package dev.neam.lsp.features.diagnostics;

import dev.neam.lsp.documents.DocumentSnapshot;
import dev.neam.parser.diagnostic.Diagnostic;
import java.util.List;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.services.LanguageClient;

/** {@code textDocument/publishDiagnostics}, with the version the diagnostics belong to. */
public final class PushDiagnostics implements DiagnosticScheduler.Publisher {
    private final LanguageClient client;
    private final DiagnosticConverter converter;

    public PushDiagnostics(LanguageClient client, DiagnosticConverter converter) {
        this.client = client;
        this.converter = converter;
    }

    @Override
    public void publish(DocumentSnapshot snapshot, List<Diagnostic> diagnostics) {
        client.publishDiagnostics(new PublishDiagnosticsParams(snapshot.uri(),
                converter.convert(snapshot.uri(), snapshot.text(), diagnostics), snapshot.version()));
    }

    @Override
    public void clear(String uri) {
        client.publishDiagnostics(new PublishDiagnosticsParams(uri, List.of()));
    }
}
