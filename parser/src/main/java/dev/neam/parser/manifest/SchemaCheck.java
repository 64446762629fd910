package dev.neam.parser.manifest;

import dev.neam.parser.diagnostic.DiagnosticCode;
import dev.neam.parser.diagnostic.Severity;
import java.util.List;

/**
 * One value constraint of a key, as written in the schema data: a range, a named format, a list of
 * allowed values or of discouraged ones. It names the diagnostic code it reports under, and
 * optionally a severity (else the code's default) and a message template with the placeholders
 * {@code {key} {value} {min} {max} {allowed} {format}}. It may hold only {@code when} a table is in
 * the manifest, or {@code unless} it is (both null: always).
 */
public record SchemaCheck(DiagnosticCode code, Severity severity, Double min, Double max, String format, List<String> oneOf,
        List<String> notIn, String message, String when, String unless) {

    public SchemaCheck {
        oneOf = oneOf == null ? null : List.copyOf(oneOf);
        notIn = notIn == null ? null : List.copyOf(notIn);
    }

    /** A check that always holds. */
    public SchemaCheck(DiagnosticCode code, Severity severity, Double min, Double max, String format, List<String> oneOf,
            List<String> notIn, String message) {
        this(code, severity, min, max, format, oneOf, notIn, message, null, null);
    }

    /** Whether the check holds in a manifest with these tables ({@code when} and {@code unless}). */
    public boolean appliesTo(ManifestDocument document) {
        return (when == null || document.hasTable(when)) && (unless == null || !document.hasTable(unless));
    }

    public Severity effectiveSeverity() {
        return severity != null ? severity : code.defaultSeverity();
    }
}
