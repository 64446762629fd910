package dev.neam.parser.workspace;

import dev.neam.parser.diagnostic.Diagnostic;
import java.util.List;

/** All diagnostics of one file, in document order. */
public record FileDiagnostics(String path, List<Diagnostic> diagnostics) {
    public FileDiagnostics {
        diagnostics = List.copyOf(diagnostics);
    }
}
