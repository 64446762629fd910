package dev.neam.lsp.features.diagnostics;

import com.google.gson.JsonObject;
import dev.neam.lsp.documents.DocumentUris;
import dev.neam.lsp.protocol.PositionConverter;
import dev.neam.parser.diagnostic.Diagnostic;
import dev.neam.parser.diagnostic.DiagnosticCode;
import dev.neam.parser.diagnostic.RelatedInformation;
import dev.neam.parser.diagnostic.Severity;
import dev.neam.parser.text.SourceText;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.eclipse.lsp4j.DiagnosticRelatedInformation;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DiagnosticTag;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

/**
 * Our {@link Diagnostic} as an LSP diagnostic: code, source {@value #SOURCE}, severity, exact range
 * in the client's encoding, related places (with URIs) and the fix data as {@code data}.
 */
public final class DiagnosticConverter {
    public static final String SOURCE = "neam";

    /** Codes whose range is code that could simply go away: shown faded where the client supports it. */
    private static final Set<DiagnosticCode> UNNECESSARY = Set.of(DiagnosticCode.STRAY_SEMICOLON);

    private final PositionConverter positions;
    private final boolean relatedInformation;
    private final Set<DiagnosticTag> supportedTags;
    private final Function<String, Optional<SourceText>> textOfOtherFile;

    /**
     * @param textOfOtherFile the text of another file by URI (open or indexed), to convert the
     *                        columns of related places there; without it they are sent as UTF-16
     */
    public DiagnosticConverter(PositionConverter positions, boolean relatedInformation, Set<DiagnosticTag> supportedTags,
                               Function<String, Optional<SourceText>> textOfOtherFile) {
        this.positions = positions;
        this.relatedInformation = relatedInformation;
        this.supportedTags = Set.copyOf(supportedTags);
        this.textOfOtherFile = textOfOtherFile;
    }

    /** Converts the diagnostics of the document at {@code uri} whose text is {@code text}. */
    public List<org.eclipse.lsp4j.Diagnostic> convert(String uri, SourceText text, List<Diagnostic> diagnostics) {
        List<org.eclipse.lsp4j.Diagnostic> out = new ArrayList<>(diagnostics.size());
        for (Diagnostic d : diagnostics) {
            out.add(convert(uri, text, d));
        }
        return out;
    }

    org.eclipse.lsp4j.Diagnostic convert(String uri, SourceText text, Diagnostic d) {
        org.eclipse.lsp4j.Diagnostic lsp = new org.eclipse.lsp4j.Diagnostic();
        lsp.setRange(positions.toLsp(text, d.range()));
        lsp.setSeverity(severity(d.severity()));
        lsp.setCode(Either.forLeft(d.code().id()));
        lsp.setSource(SOURCE);
        lsp.setMessage(d.message());
        if (relatedInformation && !d.related().isEmpty()) {
            List<DiagnosticRelatedInformation> related = new ArrayList<>();
            for (RelatedInformation info : d.related()) {
                String target = info.path() == null ? uri : DocumentUris.fromPath(Path.of(info.path()));
                SourceText targetText = target.equals(uri) ? text : textOfOtherFile.apply(target).orElse(null);
                org.eclipse.lsp4j.Range range = targetText != null
                        ? positions.toLsp(targetText, info.range())
                        : new org.eclipse.lsp4j.Range( // no text at hand: the parser's UTF-16 columns as they are
                                new org.eclipse.lsp4j.Position(info.range().start().line(), info.range().start().character()),
                                new org.eclipse.lsp4j.Position(info.range().end().line(), info.range().end().character()));
                related.add(new DiagnosticRelatedInformation(new Location(target, range), info.message()));
            }
            lsp.setRelatedInformation(related);
        }
        if (!d.data().isEmpty()) {
            JsonObject data = new JsonObject();
            for (Map.Entry<String, String> entry : d.data().entrySet()) {
                data.addProperty(entry.getKey(), entry.getValue());
            }
            lsp.setData(data);
        }
        if (UNNECESSARY.contains(d.code()) && supportedTags.contains(DiagnosticTag.Unnecessary)) {
            lsp.setTags(List.of(DiagnosticTag.Unnecessary));
        }
        return lsp;
    }

    static DiagnosticSeverity severity(Severity severity) {
        return switch (severity) {
            case ERROR -> DiagnosticSeverity.Error;
            case WARNING -> DiagnosticSeverity.Warning;
            case INFORMATION -> DiagnosticSeverity.Information;
            case HINT -> DiagnosticSeverity.Hint;
        };
    }
}
