package dev.neam.parser.diagnostic;

import dev.neam.parser.text.Range;
import java.util.List;
import java.util.Map;

/**
 * One finding: a stable code, where it is, what is wrong, other places involved, and
 * machine-readable data a quick fix can use. The message passes {@link Credentials#mask} whatever rule
 * wrote it, so no finding in any format shows a credential the checked files hold.
 */
public record Diagnostic(
        DiagnosticCode code,
        Severity severity,
        String message,
        Range range,
        List<RelatedInformation> related,
        Map<String, String> data) {

    public Diagnostic {
        message = Credentials.mask(message);
        related = List.copyOf(related);
        data = Map.copyOf(data);
    }

    public static Diagnostic of(DiagnosticCode code, Range range, String message) {
        return new Diagnostic(code, code.defaultSeverity(), message, range, List.of(), Map.of());
    }

    public Diagnostic withRelated(RelatedInformation info) {
        List<RelatedInformation> all = new java.util.ArrayList<>(related);
        all.add(info);
        return new Diagnostic(code, severity, message, range, all, data);
    }

    public Diagnostic withData(String key, String value) {
        Map<String, String> all = new java.util.LinkedHashMap<>(data);
        all.put(key, value);
        return new Diagnostic(code, severity, message, range, related, all);
    }

    public Diagnostic withSeverity(Severity other) {
        return new Diagnostic(code, other, message, range, related, data);
    }

    public Category category() {
        return code.category();
    }
}
