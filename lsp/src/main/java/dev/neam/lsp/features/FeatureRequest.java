package dev.neam.lsp.features;

import dev.neam.lsp.documents.DocumentSnapshot;
import dev.neam.lsp.documents.DocumentUris;
import dev.neam.lsp.features.diagnostics.DiagnosticsEngine;
import dev.neam.lsp.protocol.PositionConverter;
import dev.neam.parser.syntax.ParseResult;
import dev.neam.parser.text.Position;
import dev.neam.parser.text.Range;
import dev.neam.parser.text.SourceText;
import dev.neam.parser.workspace.Workspace;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Everything a request on one open Neam document needs: its newest snapshot, the project
 * workspace that holds exactly that text, and the position encoding the client negotiated. The
 * conversions between protocol and parser coordinates live here so features never mix them up.
 */
public record FeatureRequest(DocumentSnapshot snapshot, DiagnosticsEngine.Model model, PositionConverter positions) {

    public String uri() {
        return snapshot.uri();
    }

    public SourceText text() {
        return snapshot.text();
    }

    public Path file() {
        return model.file();
    }

    public Workspace workspace() {
        return model.workspace();
    }

    public ParseResult parse() {
        return model.parse();
    }

    public Position position(org.eclipse.lsp4j.Position position) {
        return positions.fromLsp(snapshot.text(), position);
    }

    public org.eclipse.lsp4j.Range range(Range range) {
        return positions.toLsp(snapshot.text(), range);
    }

    /**
     * A range in another file of the workspace (a definition, a reference), converted with that
     * file's text; empty when the file is no longer in the workspace.
     */
    public Optional<org.eclipse.lsp4j.Range> range(Path file, Range range) {
        if (file.toAbsolutePath().normalize().equals(file())) {
            return Optional.of(range(range));
        }
        SourceText source = workspace().source(file);
        if (source == null) {
            return Optional.empty();
        }
        return Optional.of(positions.toLsp(source, range));
    }

    /** The URI to report for a workspace file: this document's own URI for itself, else the canonical one. */
    public String uriOf(Path file) {
        return file.toAbsolutePath().normalize().equals(file()) ? uri() : DocumentUris.fromPath(file);
    }

}
