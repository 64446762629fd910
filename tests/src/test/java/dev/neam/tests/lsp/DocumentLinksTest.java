package dev.neam.tests.lsp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.lsp4j.DocumentLink;
import org.eclipse.lsp4j.DocumentLinkParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Document links over the protocol: path values and imports of an open file in a project on disk. */
class DocumentLinksTest {
    @TempDir
    Path project;

    @Test
    void pathValuesAndImportsLinkToExistingFiles() throws IOException {
        Files.writeString(project.resolve("neam.toml"), "[project]\nname = \"links\"\nversion = \"0.1.0\"\n");
        Files.createDirectories(project.resolve("src/agents"));
        Files.createDirectories(project.resolve("docs"));
        Files.writeString(project.resolve("src/agents/triage.neam"), "module agents.triage;\n");
        Files.writeString(project.resolve("docs/context.md"), "Context.\n");
        Path main = project.resolve("src/main.neam");
        String text = """
                import agents.triage;
                agent Writer {
                  provider: "openai"
                  model: "gpt-4o"
                  context_from: "docs/context.md"
                  model_path: "models/missing.bin"
                }
                """;
        Files.writeString(main, text);
        String uri = main.toUri().toString();
        try (ServerProcess s = ServerProcess.start()) {
            assertThat(s.initialize(Lsp.pushClient(), null, project).getCapabilities().getDocumentLinkProvider())
                    .isNotNull();
            s.open(uri, 1, text);

            List<DocumentLink> links = Lsp.get(s.server.getTextDocumentService().documentLink(
                    new DocumentLinkParams(new TextDocumentIdentifier(uri))));

            assertThat(links).extracting(DocumentLink::getRange)
                    .containsExactly(Lsp.range(0, 7, 0, 20), Lsp.range(4, 17, 4, 32));
            assertThat(Path.of(java.net.URI.create(links.get(0).getTarget())))
                    .isEqualTo(project.resolve("src/agents/triage.neam").toRealPath());
            assertThat(Path.of(java.net.URI.create(links.get(1).getTarget())))
                    .isEqualTo(project.resolve("docs/context.md").toRealPath());
            assertThat(links.get(1).getTooltip()).isEqualTo(Path.of("..", "docs", "context.md").toString());
        }
    }
}
