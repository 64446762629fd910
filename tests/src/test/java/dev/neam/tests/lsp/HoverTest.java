package dev.neam.tests.lsp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.junit.jupiter.api.Test;

/** {@code textDocument/hover} over stdio: exact word ranges, Markdown or plain text by capability. */
class HoverTest {
    static final String URI = "file:///tmp/neam-lsp-test/hover.neam";

    static final String PROGRAM = """
            /// Finds sources.
            agent Researcher {
              provider: "openai"
              model: "gpt-4o"
              system: "You research."
            }

            fun ask(topic) {
              // Researcher is mentioned in this comment
              return Researcher.ask(topic);
            }
            """;

    @Test
    void markdownClientsGetMarkdownForKindsKeysAndNames() {
        try (ServerProcess s = ServerProcess.start()) {
            InitializeResult init = s.initialize(AssistClients.rich());
            assertThat(init.getCapabilities().getHoverProvider().getLeft()).isTrue();
            s.open(URI, 1, PROGRAM);

            Hover kind = hover(s, 1, 2);
            assertThat(kind.getContents().getRight().getKind()).isEqualTo(MarkupKind.MARKDOWN);
            assertThat(kind.getContents().getRight().getValue()).startsWith("```neam\nagent Name { … }\n```\n\nAn LLM-backed agent");
            assertThat(kind.getRange()).isEqualTo(Lsp.range(1, 0, 1, 5));

            Hover key = hover(s, 2, 4);
            assertThat(key.getContents().getRight().getValue())
                    .startsWith("```neam\nprovider: a provider name string such as \"openai\"\n```")
                    .endsWith("Required in `agent`");
            assertThat(key.getRange()).isEqualTo(Lsp.range(2, 2, 2, 10));

            Hover reference = hover(s, 9, 14);
            assertThat(reference.getRange()).isEqualTo(Lsp.range(9, 9, 9, 19));
            assertThat(reference.getContents().getRight().getValue()).isEqualTo("""
                    ```neam
                    agent Researcher
                    ```

                    Finds sources.

                    - **provider**: `"openai"`
                    - **model**: `"gpt-4o"`
                    - **system**: `"You research."`""");

            Hover method = hover(s, 9, 22);
            assertThat(method.getRange()).isEqualTo(Lsp.range(9, 20, 9, 23));
            assertThat(method.getContents().getRight().getValue()).startsWith("```neam\nResearcher.ask(question) -> string\n```");
        }
    }

    @Test
    void plainTextClientsGetTheSameTextWithoutMarkup() {
        try (ServerProcess s = ServerProcess.start()) {
            s.initialize(AssistClients.minimal());
            s.open(URI, 1, PROGRAM);

            Hover reference = hover(s, 9, 14);
            assertThat(reference.getContents().getRight().getKind()).isEqualTo(MarkupKind.PLAINTEXT);
            assertThat(reference.getContents().getRight().getValue()).isEqualTo("""
                    agent Researcher

                    Finds sources.

                    - provider: "openai"
                    - model: "gpt-4o"
                    - system: "You research.\"""");
        }
    }

    @Test
    void theClientsOrderOfPreferenceDecides() {
        try (ServerProcess s = ServerProcess.start()) {
            ClientCapabilities caps = AssistClients.rich();
            caps.getTextDocument().getHover().setContentFormat(List.of(MarkupKind.PLAINTEXT, MarkupKind.MARKDOWN));
            s.initialize(caps);
            s.open(URI, 1, PROGRAM);

            Hover kind = hover(s, 1, 2);
            assertThat(kind.getContents().getRight().getKind()).isEqualTo(MarkupKind.PLAINTEXT);
            assertThat(kind.getContents().getRight().getValue()).startsWith("agent Name { … }\n\nAn LLM-backed agent");
        }
    }

    @Test
    void wordsInCommentsAndPlainStringsShowNothing() {
        try (ServerProcess s = ServerProcess.start()) {
            s.initialize(AssistClients.rich());
            s.open(URI, 1, PROGRAM);

            assertThat(hover(s, 8, 7)).as("a name in a comment").isNull();
            assertThat(hover(s, 4, 14)).as("a word of the system prompt").isNull();
            assertThat(hover(s, 6, 0)).as("an empty line").isNull();
        }
    }

    static Hover hover(ServerProcess s, int line, int character) {
        return Lsp.get(s.server.getTextDocumentService().hover(
                new HoverParams(new TextDocumentIdentifier(URI), new Position(line, character))));
    }
}
