package dev.neam.lsp.features.inlay;

import dev.neam.lsp.features.FeatureRequest;
import dev.neam.parser.inlay.Hint;
import dev.neam.parser.inlay.InlayHints;
import dev.neam.parser.text.Range;
import java.util.List;
import org.eclipse.lsp4j.InlayHint;
import org.eclipse.lsp4j.InlayHintKind;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.jsonrpc.CancelChecker;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

/** {@code textDocument/inlayHint}: parameter names at calls and defaults of left-out keys, in the asked range. */
public final class InlayHintsFeature {

    public List<InlayHint> hints(FeatureRequest request, org.eclipse.lsp4j.Range range, CancelChecker cancel) {
        cancel.checkCanceled();
        Range wanted = new Range(request.position(range.getStart()), request.position(range.getEnd()));
        List<Hint> hints;
        synchronized (request.workspace()) { // resolving callees fills the workspace's caches
            hints = InlayHints.of(request.workspace(), request.file(), wanted,
                    request.model().settings().languageVersion());
        }
        cancel.checkCanceled();
        return hints.stream().map(h -> convert(request, h)).toList();
    }

    private static InlayHint convert(FeatureRequest request, Hint hint) {
        InlayHint out = new InlayHint(request.positions().toLsp(request.text(), hint.at()), Either.forLeft(hint.label()));
        if (hint.kind() == Hint.Kind.PARAMETER) {
            out.setKind(InlayHintKind.Parameter);
            out.setPaddingRight(true);
        } else {
            out.setPaddingLeft(true);
        }
        if (!hint.tooltip().isEmpty()) {
            out.setTooltip(Either.forRight(new MarkupContent(MarkupKind.MARKDOWN, hint.tooltip())));
        }
        return out;
    }
}
