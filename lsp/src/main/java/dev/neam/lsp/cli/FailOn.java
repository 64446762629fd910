package dev.neam.lsp.cli;

import dev.neam.parser.diagnostic.Diagnostic;
import dev.neam.parser.diagnostic.Severity;
import dev.neam.parser.workspace.FileDiagnostics;
import java.util.List;

/** {@code --fail-on}: the least severe finding that makes {@code lint} exit with 1. */
public enum FailOn {
    error(Severity.ERROR),
    warning(Severity.WARNING),
    never(null);

    private final Severity threshold;

    FailOn(Severity threshold) {
        this.threshold = threshold;
    }

    /** Whether any finding is at or above the threshold (information and hints never are). */
    public boolean fails(List<FileDiagnostics> results) {
        if (threshold == null) {
            return false;
        }
        for (FileDiagnostics file : results) {
            for (Diagnostic d : file.diagnostics()) {
                if (d.severity().atLeast(threshold)) {
                    return true;
                }
            }
        }
        return false;
    }
}
