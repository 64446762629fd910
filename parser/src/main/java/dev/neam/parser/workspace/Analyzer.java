package dev.neam.parser.workspace;

import dev.neam.parser.syntax.NeamSyntax;
import java.util.List;

/**
 * The one analysis path shared by the server, `lint` and the tests: documents in, diagnostics per
 * document out, in the order the documents were given.
 */
public final class Analyzer {

    public List<FileDiagnostics> analyze(List<Document> documents) {
        return documents.parallelStream()
                .map(doc -> new FileDiagnostics(doc.path(), NeamSyntax.parse(doc.text()).diagnostics()))
                .toList();
    }
}
