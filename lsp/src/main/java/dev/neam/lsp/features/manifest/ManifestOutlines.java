package dev.neam.lsp.features.manifest;

import dev.neam.lsp.documents.DocumentSnapshot;
import dev.neam.lsp.features.symbols.DocumentSymbols;
import dev.neam.lsp.protocol.PositionConverter;
import dev.neam.lsp.server.ClientSupport;
import dev.neam.parser.assist.manifest.ManifestFold;
import dev.neam.parser.assist.manifest.ManifestFolding;
import dev.neam.parser.assist.manifest.ManifestOutline;
import dev.neam.parser.assist.manifest.ManifestSymbol;
import dev.neam.parser.manifest.ManifestDocument;
import java.util.List;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.FoldingRange;
import org.eclipse.lsp4j.FoldingRangeKind;
import org.eclipse.lsp4j.SymbolInformation;
import org.eclipse.lsp4j.SymbolKind;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

/** The outline ({@code documentSymbol}) and folding ranges of a neam.toml, as protocol objects. */
final class ManifestOutlines {
    private final PositionConverter positions;
    private final ClientSupport client;

    ManifestOutlines(PositionConverter positions, ClientSupport client) {
        this.positions = positions;
        this.client = client;
    }

    List<Either<SymbolInformation, DocumentSymbol>> symbols(DocumentSnapshot snapshot, ManifestDocument document) {
        List<DocumentSymbol> roots = ManifestOutline.of(document).stream().map(s -> symbol(snapshot, s)).toList();
        return DocumentSymbols.shape(snapshot.uri(), roots, client.hierarchicalSymbols());
    }

    private DocumentSymbol symbol(DocumentSnapshot snapshot, ManifestSymbol s) {
        DocumentSymbol symbol = new DocumentSymbol(s.name(), kind(s.kind()), positions.toLsp(snapshot.text(), s.range()),
                positions.toLsp(snapshot.text(), s.selectionRange()), s.detail());
        if (!s.children().isEmpty()) {
            symbol.setChildren(s.children().stream().map(c -> symbol(snapshot, c)).toList());
        }
        return symbol;
    }

    private SymbolKind kind(ManifestSymbol.Kind kind) {
        return switch (kind) {
            case TABLE, INLINE_TABLE -> client.symbolKind(SymbolKind.Object, SymbolKind.Namespace);
            case STRING -> SymbolKind.String;
            case NUMBER -> SymbolKind.Number;
            case BOOLEAN -> SymbolKind.Boolean;
            case ARRAY -> SymbolKind.Array;
            case OTHER -> SymbolKind.Property;
        };
    }

    /** Folds start and end on whole lines, as every client takes them; at most as many as the client wants. */
    List<FoldingRange> folding(ManifestDocument document) {
        List<FoldingRange> out = ManifestFolding.of(document).stream().map(ManifestOutlines::range).toList();
        return out.size() > client.foldingRangeLimit() ? out.subList(0, client.foldingRangeLimit()) : out;
    }

    private static FoldingRange range(ManifestFold fold) {
        FoldingRange range = new FoldingRange(fold.startLine(), fold.endLine());
        if (fold.comment()) {
            range.setKind(FoldingRangeKind.Comment);
        }
        return range;
    }
}
