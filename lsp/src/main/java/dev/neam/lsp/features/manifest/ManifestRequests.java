package dev.neam.lsp.features.manifest;

import dev.neam.lsp.documents.DocumentSnapshot;
import dev.neam.lsp.documents.DocumentUris;
import dev.neam.lsp.features.completion.CompletionFeature;
import dev.neam.lsp.features.formatting.FormattingFeature;
import dev.neam.lsp.features.hover.HoverProvider;
import dev.neam.lsp.protocol.PositionConverter;
import dev.neam.lsp.server.ClientSupport;
import dev.neam.parser.assist.manifest.ManifestCompletions;
import dev.neam.parser.assist.manifest.ManifestFormatter;
import dev.neam.parser.assist.manifest.ManifestHovers;
import dev.neam.parser.manifest.ManifestDocument;
import dev.neam.parser.manifest.ManifestSchema;
import dev.neam.parser.workspace.ProjectFiles;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.FoldingRange;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.SymbolInformation;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

/**
 * Requests on an open {@code neam.toml} (recognised by its file name, whatever language id the
 * client sent): completion, hover, outline, folding and formatting from the parser's manifest
 * assist, converted to the protocol. Each document version is parsed once.
 */
public final class ManifestRequests {
    private record Parsed(int version, String content, ManifestDocument document) {
    }

    private final PositionConverter positions;
    private final CompletionFeature completion;
    private final ManifestOutlines outlines;
    private final ManifestCompletions completions = new ManifestCompletions(ManifestSchema.get());
    private final ManifestHovers hovers = new ManifestHovers(ManifestSchema.get());
    private final Map<String, Parsed> parsed = new ConcurrentHashMap<>();

    public ManifestRequests(PositionConverter positions, ClientSupport client, CompletionFeature completion) {
        this.positions = positions;
        this.completion = completion;
        this.outlines = new ManifestOutlines(positions, client);
    }

    /** Whether the document is a project's neam.toml: decided by its path, never by its language id. */
    public static boolean handles(DocumentSnapshot snapshot) {
        return DocumentUris.toPath(snapshot.uri()).map(Path::getFileName)
                .map(name -> name.toString().equals(ProjectFiles.MANIFEST)).orElse(false);
    }

    public CompletionList completion(DocumentSnapshot snapshot, Position at) {
        ManifestDocument document = document(snapshot);
        return completion.toLsp(completions.complete(document, positions.fromLsp(snapshot.text(), at)),
                r -> positions.toLsp(snapshot.text(), r));
    }

    public Hover hover(DocumentSnapshot snapshot, Position at, boolean markdown) {
        return hovers.hover(document(snapshot), positions.fromLsp(snapshot.text(), at))
                .map(info -> HoverProvider.toLsp(info, positions.toLsp(snapshot.text(), info.range()), markdown))
                .orElse(null);
    }

    public List<Either<SymbolInformation, DocumentSymbol>> symbols(DocumentSnapshot snapshot) {
        return outlines.symbols(snapshot, document(snapshot));
    }

    public List<FoldingRange> folding(DocumentSnapshot snapshot) {
        return outlines.folding(document(snapshot));
    }

    /** Whole-file formatting; nothing for a file with TOML syntax errors. */
    public List<TextEdit> formatting(DocumentSnapshot snapshot, FormattingOptions options) {
        return ManifestFormatter.format(document(snapshot), FormattingFeature.indentUnit(options)).orElse(List.of()).stream()
                .map(r -> new TextEdit(positions.toLsp(snapshot.text(), r.range()), r.newText()))
                .toList();
    }

    public void forget(String uri) {
        parsed.remove(uri);
    }

    private ManifestDocument document(DocumentSnapshot snapshot) {
        Parsed cached = parsed.get(snapshot.uri());
        if (cached != null && cached.version() == snapshot.version() && cached.content().equals(snapshot.content())) {
            return cached.document();
        }
        ManifestDocument document = ManifestDocument.parse(snapshot.content());
        parsed.put(snapshot.uri(), new Parsed(snapshot.version(), snapshot.content(), document));
        return document;
    }
}
