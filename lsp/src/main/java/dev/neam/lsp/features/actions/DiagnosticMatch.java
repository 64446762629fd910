package dev.neam.lsp.features.actions;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.neam.lsp.features.diagnostics.DiagnosticConverter;
import dev.neam.lsp.protocol.PositionConverter;
import dev.neam.parser.diagnostic.Diagnostic;
import dev.neam.parser.diagnostic.DiagnosticCode;
import dev.neam.parser.text.Range;
import dev.neam.parser.text.SourceText;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The parser finding behind a diagnostic the client sends back in a code action request. The
 * current analysis is asked first (same code, same range), which also gives the related places;
 * otherwise (neam.toml and deploy files, or a client that dropped nothing) the finding is rebuilt
 * from the code, range and {@code data} the client kept.
 */
final class DiagnosticMatch {
    private DiagnosticMatch() {
    }

    static Optional<Diagnostic> of(org.eclipse.lsp4j.Diagnostic sent, SourceText text, PositionConverter positions,
                                   List<Diagnostic> current) {
        if (sent == null || sent.getCode() == null || sent.getRange() == null
                || sent.getSource() != null && !DiagnosticConverter.SOURCE.equals(sent.getSource())) {
            return Optional.empty();
        }
        String id = sent.getCode().isLeft() ? sent.getCode().getLeft() : String.valueOf(sent.getCode().getRight());
        Optional<DiagnosticCode> code = DiagnosticCode.byId(id);
        if (code.isEmpty()) {
            return Optional.empty();
        }
        Range range = new Range(positions.fromLsp(text, sent.getRange().getStart()),
                positions.fromLsp(text, sent.getRange().getEnd()));
        Map<String, String> data = data(sent.getData());
        for (Diagnostic d : current) {
            if (d.code() == code.get() && d.range().equals(range)
                    && (data.isEmpty() || data.equals(d.data()))) {
                return Optional.of(d);
            }
        }
        return Optional.of(new Diagnostic(code.get(), code.get().defaultSeverity(),
                message(sent), range, List.of(), data));
    }

    private static String message(org.eclipse.lsp4j.Diagnostic sent) {
        if (sent.getMessage() == null) {
            return "";
        }
        return sent.getMessage().isLeft() ? sent.getMessage().getLeft() : sent.getMessage().getRight().getValue();
    }

    /** The string values of the diagnostic's data object (what the converter wrote). */
    static Map<String, String> data(Object data) {
        Map<String, String> out = new LinkedHashMap<>();
        if (data instanceof JsonObject object) {
            for (Map.Entry<String, JsonElement> e : object.entrySet()) {
                if (e.getValue().isJsonPrimitive()) {
                    out.put(e.getKey(), e.getValue().getAsString());
                }
            }
        } else if (data instanceof Map<?, ?> map) {
            map.forEach((k, v) -> {
                if (k != null && v != null) {
                    out.put(k.toString(), v.toString());
                }
            });
        }
        return out;
    }
}
