package dev.neam.lsp.features.hover;

import dev.neam.lsp.features.FeatureRequest;
import dev.neam.parser.assist.hover.HoverInfo;
import dev.neam.parser.assist.hover.Hovers;
import dev.neam.parser.diagnostic.Credentials;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.Position;

/** {@code textDocument/hover}: the parser's hover text, as Markdown or plain text as the client prefers. */
public final class HoverProvider {
    private final Hovers hovers = new Hovers();

    /** The hover at a position, or null (the protocol's "nothing here"). */
    public Hover hover(FeatureRequest request, Position position, boolean markdown) {
        return hovers.hover(request.workspace(), request.file(), request.position(position))
                .map(info -> toLsp(request, info, markdown)).orElse(null);
    }

    private static Hover toLsp(FeatureRequest request, HoverInfo info, boolean markdown) {
        return toLsp(info, request.range(info.range()), markdown);
    }

    /**
     * A hover text as the client shows it, over {@code range} (already in the client's encoding); a
     * credential the hovered text quotes is masked, as in findings.
     */
    public static Hover toLsp(HoverInfo info, org.eclipse.lsp4j.Range range, boolean markdown) {
        MarkupContent content = markdown ? new MarkupContent(MarkupKind.MARKDOWN, Credentials.mask(info.markdown()))
                : new MarkupContent(MarkupKind.PLAINTEXT, Credentials.mask(info.plainText()));
        return new Hover(content, range);
    }
}
