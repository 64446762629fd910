package dev.neam.lsp.features.signature;

import dev.neam.lsp.features.FeatureRequest;
import dev.neam.lsp.server.AssistSupport;
import dev.neam.parser.assist.PlainText;
import dev.neam.parser.assist.signature.SignatureFinder;
import dev.neam.parser.assist.signature.SignatureHelpInfo;
import dev.neam.parser.assist.signature.SignatureInfo;
import java.util.List;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.ParameterInformation;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.SignatureHelp;
import org.eclipse.lsp4j.SignatureInformation;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.jsonrpc.messages.Tuple;

/**
 * {@code textDocument/signatureHelp}: the signature of the call around the cursor. Parameters are
 * sent as label offsets when the client takes them (exact even when two parameters read alike),
 * else as their text; docs as Markdown or plain text as the client prefers.
 */
public final class SignatureHelpProvider {
    /** Typing these opens or moves signature help; {@code )} closes it (the answer is then empty). */
    public static final List<String> TRIGGERS = List.of("(", ",");
    public static final List<String> RETRIGGERS = List.of(")");

    private final SignatureFinder finder = new SignatureFinder();

    /** The help at a position, or null when the cursor is not inside a call's parentheses. */
    public SignatureHelp help(FeatureRequest request, Position position, AssistSupport client) {
        return finder.help(request.workspace(), request.file(), request.position(position))
                .map(info -> toLsp(info, client)).orElse(null);
    }

    private static SignatureHelp toLsp(SignatureHelpInfo info, AssistSupport client) {
        SignatureInfo s = info.signature();
        SignatureInformation out = new SignatureInformation(s.label());
        if (!s.doc().isBlank()) {
            out.setDocumentation(documentation(s.doc(), client));
        }
        out.setParameters(s.parameters().stream().map(p -> {
            ParameterInformation param = new ParameterInformation();
            param.setLabel(client.parameterLabelOffsets() ? Either.forRight(Tuple.two(p.start(), p.end()))
                    : Either.forLeft(p.label()));
            if (!p.doc().isBlank()) {
                param.setDocumentation(documentation(p.doc(), client));
            }
            return param;
        }).toList());
        int active = s.parameterFor(info.activeParameter());
        if (client.activeParameterPerSignature()) {
            out.setActiveParameter(active);
        }
        return new SignatureHelp(List.of(out), 0, active);
    }

    private static Either<String, MarkupContent> documentation(String text, AssistSupport client) {
        return client.signatureMarkdown() ? Either.forRight(new MarkupContent(MarkupKind.MARKDOWN, text))
                : Either.forLeft(PlainText.of(text));
    }
}
