package dev.neam.lsp.features.navigation;

import dev.neam.lsp.features.FeatureRequest;
import dev.neam.parser.navigation.Navigation;
import dev.neam.parser.navigation.Occurrence;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.jsonrpc.CancelChecker;

/** {@code textDocument/references}: every place the symbol under the cursor is written, in every project file. */
public final class References {

    public List<Location> references(FeatureRequest request, Position at, boolean includeDeclaration,
                                     CancelChecker cancel) {
        Navigation navigation = new Navigation(request.workspace());
        return navigation.symbolAt(request.file(), request.position(at))
                .map(symbol -> locations(request, navigation.occurrences(symbol, includeDeclaration), cancel))
                .orElse(List.of());
    }

    static List<Location> locations(FeatureRequest request, List<Occurrence> occurrences, CancelChecker cancel) {
        List<Location> out = new ArrayList<>();
        for (Occurrence o : occurrences) {
            cancel.checkCanceled();
            request.range(o.file(), o.range()).ifPresent(r -> out.add(new Location(request.uriOf(o.file()), r)));
        }
        return out;
    }
}
