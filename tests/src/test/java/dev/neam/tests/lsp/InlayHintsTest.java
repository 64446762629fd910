package dev.neam.tests.lsp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.eclipse.lsp4j.InlayHint;
import org.eclipse.lsp4j.InlayHintKind;
import org.eclipse.lsp4j.InlayHintParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.junit.jupiter.api.Test;

/** Inlay hints over the protocol: parameter names and defaults, in the requested range only. */
class InlayHintsTest {
    static final String URI = "file:///tmp/neam-lsp-test/hints.neam";

    static final String PROGRAM = """
            fun send(recipient, body) { return recipient; }
            fun main() { send("é@example.com", "Hi"); }
            agent Triage { provider: "openai" model: "gpt-4o" }
            runner Desk {
              entry_agent: Triage
            }
            """;

    @Test
    void parameterNamesAndDefaultsInTheRange() {
        try (ServerProcess s = ServerProcess.start()) {
            assertThat(s.initialize(Lsp.pushClient()).getCapabilities().getInlayHintProvider().getLeft()).isTrue();
            s.open(URI, 1, PROGRAM);

            List<InlayHint> hints = Lsp.get(s.server.getTextDocumentService().inlayHint(
                    new InlayHintParams(new TextDocumentIdentifier(URI), Lsp.range(0, 0, 6, 0))));

            assertThat(hints).extracting(h -> h.getLabel().getLeft())
                    .containsExactly("recipient:", "body:", "max_turns: 10");
            assertThat(hints).extracting(InlayHint::getPosition)
                    .containsExactly(new Position(1, 18), new Position(1, 35), new Position(3, 13));
            assertThat(hints.get(0).getKind()).isEqualTo(InlayHintKind.Parameter);
            assertThat(hints.get(0).getPaddingRight()).isTrue();
            assertThat(hints.get(2).getKind()).isNull();
            assertThat(hints.get(2).getTooltip().getRight().getValue()).contains("max_turns");

            List<InlayHint> firstLines = Lsp.get(s.server.getTextDocumentService().inlayHint(
                    new InlayHintParams(new TextDocumentIdentifier(URI), Lsp.range(0, 0, 2, 0))));
            assertThat(firstLines).extracting(h -> h.getLabel().getLeft()).containsExactly("recipient:", "body:");
        }
    }

    @Test
    void positionsFollowTheNegotiatedEncoding() {
        try (ServerProcess s = ServerProcess.start()) {
            s.initialize(Lsp.withEncodings(Lsp.pushClient(), "utf-8"));
            s.open(URI, 1, PROGRAM);

            List<InlayHint> hints = Lsp.get(s.server.getTextDocumentService().inlayHint(
                    new InlayHintParams(new TextDocumentIdentifier(URI), Lsp.range(1, 0, 2, 0))));

            // "é" is two bytes: the second argument starts one column later than in UTF-16
            assertThat(hints).extracting(InlayHint::getPosition)
                    .containsExactly(new Position(1, 18), new Position(1, 36));
        }
    }
}
