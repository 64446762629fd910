package dev.neam.lsp.features.navigation;

import dev.neam.lsp.features.FeatureRequest;
import dev.neam.parser.assist.navigation.Definition;
import dev.neam.parser.assist.navigation.DefinitionFinder;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.LocationLink;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

/**
 * {@code textDocument/definition} and {@code textDocument/declaration} (the same place in Neam):
 * {@code LocationLink}s with the hovered word as origin when the client takes links, plain
 * {@code Location}s of the declared name otherwise. Targets in files that left the workspace are
 * dropped rather than guessed.
 */
public final class Definitions {
    private final DefinitionFinder finder = new DefinitionFinder();

    public Either<List<? extends Location>, List<? extends LocationLink>> definition(FeatureRequest request,
                                                                                    Position position, boolean links) {
        Optional<Definition> found = finder.find(request.workspace(), request.file(), request.position(position));
        if (found.isEmpty()) {
            return links ? Either.forRight(List.of()) : Either.forLeft(List.of());
        }
        Range origin = request.range(found.get().origin());
        List<Location> locations = new ArrayList<>();
        List<LocationLink> linkList = new ArrayList<>();
        for (Definition.Target t : found.get().targets()) {
            Optional<Range> whole = converted(request, t, t.range());
            Optional<Range> name = converted(request, t, t.selection());
            if (whole.isEmpty() || name.isEmpty()) {
                continue;
            }
            String uri = request.uriOf(t.file());
            locations.add(new Location(uri, name.get()));
            linkList.add(new LocationLink(uri, whole.get(), name.get(), origin));
        }
        return links ? Either.forRight(linkList) : Either.forLeft(locations);
    }

    /** A range in the target file; the start of a file that is not loaded (a module's file on disk) needs no text. */
    private static Optional<Range> converted(FeatureRequest request, Definition.Target t, dev.neam.parser.text.Range r) {
        Optional<Range> inWorkspace = request.range(t.file(), r);
        if (inWorkspace.isPresent()) {
            return inWorkspace;
        }
        return r.start().line() == 0 && r.end().line() == 0 && r.start().character() == 0 && r.end().character() == 0
                ? Optional.of(new Range(new Position(0, 0), new Position(0, 0))) : Optional.empty();
    }
}
