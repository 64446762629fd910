package dev.neam.lsp.features.navigation;

import dev.neam.lsp.features.FeatureRequest;
import dev.neam.parser.navigation.Navigation;
import dev.neam.parser.navigation.Occurrence;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.lsp4j.DocumentHighlight;
import org.eclipse.lsp4j.DocumentHighlightKind;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.jsonrpc.CancelChecker;

/**
 * {@code textDocument/documentHighlight}: the symbol under the cursor in this document, writes
 * (its declaration, assignments, construction labels) told apart from reads.
 */
public final class Highlights {

    public List<DocumentHighlight> highlights(FeatureRequest request, Position at, CancelChecker cancel) {
        Navigation navigation = new Navigation(request.workspace());
        List<DocumentHighlight> out = new ArrayList<>();
        navigation.symbolAt(request.file(), request.position(at)).ifPresent(symbol -> {
            for (Occurrence o : navigation.occurrencesIn(request.file(), symbol)) {
                cancel.checkCanceled();
                out.add(new DocumentHighlight(request.range(o.range()),
                        o.write() ? DocumentHighlightKind.Write : DocumentHighlightKind.Read));
            }
        });
        return out;
    }
}
