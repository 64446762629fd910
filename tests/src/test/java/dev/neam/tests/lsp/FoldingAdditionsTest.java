package dev.neam.tests.lsp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.eclipse.lsp4j.FoldingRange;
import org.eclipse.lsp4j.FoldingRangeRequestParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.junit.jupiter.api.Test;

/** Folding of parameter lists written one per line and of multi-line tuples. */
class FoldingAdditionsTest {
    static final String URI = "file:///tmp/neam-lsp-test/folding.neam";

    @Test
    void longParameterListsAndTuplesFold() {
        String text = """
                fun build(
                  first,
                  second
                ) {
                  return (first,
                    second,
                    3);
                }
                fun short(a, b) {
                  return a;
                }
                """;
        try (ServerProcess s = ServerProcess.start()) {
            s.initialize(Lsp.pushClient());
            s.open(URI, 1, text);

            List<FoldingRange> ranges = Lsp.get(s.server.getTextDocumentService()
                    .foldingRange(new FoldingRangeRequestParams(new TextDocumentIdentifier(URI))));

            assertThat(ranges).extracting(r -> r.getStartLine() + "-" + r.getEndLine())
                    .containsExactly("0-2", "3-6", "4-5", "8-9");
        }
    }
}
