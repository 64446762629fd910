package dev.neam.lsp.features.links;

import dev.neam.lsp.documents.DocumentUris;
import dev.neam.lsp.features.FeatureRequest;
import dev.neam.parser.links.FileLink;
import dev.neam.parser.links.FileLinks;
import dev.neam.parser.syntax.ParseResult;
import java.util.List;
import org.eclipse.lsp4j.DocumentLink;
import org.eclipse.lsp4j.jsonrpc.CancelChecker;

/** {@code textDocument/documentLink}: path values and imported modules that name existing files. */
public final class DocumentLinksFeature {

    public List<DocumentLink> links(FeatureRequest request, CancelChecker cancel) {
        cancel.checkCanceled();
        ParseResult parse = request.parse();
        if (parse == null) {
            return List.of();
        }
        List<FileLink> links = FileLinks.of(parse.tree(), request.file(),
                request.model().settings().languageVersion());
        cancel.checkCanceled();
        return links.stream()
                .map(l -> new DocumentLink(request.range(l.range()), DocumentUris.fromPath(l.target()), null,
                        tooltip(request, l)))
                .toList();
    }

    private static String tooltip(FeatureRequest request, FileLink link) {
        try {
            return request.file().getParent().relativize(link.target()).toString();
        } catch (IllegalArgumentException e) {
            return link.target().toString();
        }
    }
}
