package dev.neam.tests.lsp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.FoldingRange;
import org.eclipse.lsp4j.FoldingRangeRequestParams;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InsertTextFormat;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.SymbolKind;
import org.eclipse.lsp4j.SymbolKindCapabilities;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * neam.toml over the real server's stdio, opened with the language id editors really send
 * ({@code toml}, or {@code plaintext}): completion, resolve, hover, outline, folding, formatting and
 * a quick fix applied, each checked by exact labels, texts, ranges and edits.
 */
class ManifestFeaturesTest {
    static final String MANIFEST = """
            # Support desk
            # (sample)
            [package]
            name = "desk"
            version = "1.0.0"

            [deploy.kubernetes]
            port = "8080"
            repl
            ingress-class =\s
            [deploy.
            [test]
            include = [
              "tests/**/*.neam",
            ]
            """;

    @TempDir
    Path dir;

    @Test
    void completionOffersHeadersKeysAndValuesOnHalfTypedLines() throws IOException {
        String uri = manifest(MANIFEST);
        try (ServerProcess s = ServerProcess.start()) {
            s.initialize(client());
            s.open(uri, "toml", 1, MANIFEST);

            CompletionList headers = CompletionTest.complete(s, uri, 10, 8);
            CompletionItem kubernetesAgain = headers.getItems().stream()
                    .filter(i -> i.getLabel().equals("[deploy.docker]")).findFirst().orElseThrow();
            assertThat(kubernetesAgain.getTextEdit().getLeft())
                    .isEqualTo(new TextEdit(Lsp.range(10, 0, 10, 8), "[deploy.docker]"));
            assertThat(CompletionTest.labels(headers)).as("a table written already is left out")
                    .doesNotContain("[deploy.kubernetes]", "[package]").contains("[[agents]]", "[deploy.serverless]");

            CompletionItem replicas = CompletionTest.item(CompletionTest.complete(s, uri, 8, 4), "replicas");
            assertThat(replicas.getInsertTextFormat()).isEqualTo(InsertTextFormat.Snippet);
            assertThat(replicas.getTextEdit().getLeft()).isEqualTo(new TextEdit(Lsp.range(8, 0, 8, 4), "replicas = ${1:2}"));
            assertThat(replicas.getDetail()).isEqualTo("integer · default 2");
            CompletionItem resolved = Lsp.get(s.server.getTextDocumentService().resolveCompletionItem(replicas));
            assertThat(resolved.getDocumentation().getRight().getValue())
                    .contains("Initial `spec.replicas`", "- Default: `2`", "- Read by neamc 0.6, 0.6.8, 0.7.2");

            CompletionList values = CompletionTest.complete(s, uri, 9, 16);
            assertThat(CompletionTest.labels(values)).containsExactly("\"alb\"", "\"nginx\"");
            assertThat(CompletionTest.item(values, "\"alb\"").getTextEdit().getLeft())
                    .isEqualTo(new TextEdit(Lsp.range(9, 16, 9, 16), "\"alb\""));

            assertThat(CompletionTest.complete(s, uri, 0, 5).getItems()).as("nothing in a comment").isEmpty();
        }
    }

    @Test
    void plainTextBuffersNamedNeamTomlAreServedToo() throws IOException {
        String uri = manifest(MANIFEST);
        try (ServerProcess s = ServerProcess.start()) {
            s.initialize(client());
            s.open(uri, "plaintext", 1, MANIFEST);
            assertThat(CompletionTest.labels(CompletionTest.complete(s, uri, 8, 4))).contains("replicas")
                    .doesNotContain("port");
        }
    }

    @Test
    void hoverShowsTheKeysSchemaAndTheValuesDoc() throws IOException {
        String text = "[deploy.kubernetes]\nreplicas = 3\ningress-class = \"alb\"\n";
        String uri = manifest(text);
        try (ServerProcess s = ServerProcess.start()) {
            s.initialize(AssistClients.rich());
            s.open(uri, "toml", 1, text);

            Hover key = hover(s, uri, 1, 3);
            assertThat(key.getRange()).isEqualTo(Lsp.range(1, 0, 1, 8));
            assertThat(key.getContents().getRight().getKind()).isEqualTo("markdown");
            assertThat(key.getContents().getRight().getValue()).isEqualTo("""
                    ```toml
                    [deploy.kubernetes]
                    replicas = 2
                    ```

                    Initial `spec.replicas`; also the ECS desiredCount and the Helm replicaCount.

                    - Type: integer
                    - Default: `2`
                    - Read by neamc 0.6, 0.6.8, 0.7.2""");

            Hover value = hover(s, uri, 2, 18);
            assertThat(value.getRange()).isEqualTo(Lsp.range(2, 16, 2, 21));
            assertThat(value.getContents().getRight().getValue())
                    .contains("AWS Load Balancer Controller", "One of the values of `ingress-class`: **`alb`**, `nginx`.");

            Hover table = hover(s, uri, 0, 10);
            assertThat(table.getRange()).isEqualTo(Lsp.range(0, 8, 0, 18));
            assertThat(table.getContents().getRight().getValue()).startsWith("```toml\n[deploy.kubernetes]\n```");
        }
    }

    @Test
    void outlineFoldingAndFormatting() throws IOException {
        String text = "# Support desk\n# (sample)\n[package]\nname=\"desk\"\n  version =  \"1.0.0\"\n[test]\ninclude = [\n\"a\",\n]\n";
        String uri = manifest(text);
        try (ServerProcess s = ServerProcess.start()) {
            s.initialize(client());
            s.open(uri, "toml", 1, text);

            List<DocumentSymbol> symbols = Lsp.get(s.server.getTextDocumentService().documentSymbol(
                    new DocumentSymbolParams(new TextDocumentIdentifier(uri)))).stream().map(Either::getRight).toList();
            assertThat(symbols).extracting(DocumentSymbol::getName).containsExactly("package", "test");
            assertThat(symbols.get(0).getKind()).isEqualTo(SymbolKind.Object);
            assertThat(symbols.get(0).getRange()).isEqualTo(Lsp.range(2, 0, 4, 20));
            assertThat(symbols.get(0).getChildren()).extracting(DocumentSymbol::getName, DocumentSymbol::getDetail)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("name", "\"desk\""),
                            org.assertj.core.groups.Tuple.tuple("version", "\"1.0.0\""));
            assertThat(symbols.get(1).getChildren().get(0).getKind()).isEqualTo(SymbolKind.Array);

            List<FoldingRange> folds = Lsp.get(s.server.getTextDocumentService().foldingRange(
                    new FoldingRangeRequestParams(new TextDocumentIdentifier(uri))));
            assertThat(folds).extracting(FoldingRange::getStartLine, FoldingRange::getEndLine, FoldingRange::getKind)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(0, 1, "comment"),
                            org.assertj.core.groups.Tuple.tuple(2, 4, null),
                            org.assertj.core.groups.Tuple.tuple(5, 8, null),
                            org.assertj.core.groups.Tuple.tuple(6, 7, null));

            List<? extends TextEdit> edits = Lsp.get(s.server.getTextDocumentService().formatting(
                    new DocumentFormattingParams(new TextDocumentIdentifier(uri), new FormattingOptions(4, true))));
            assertThat(FormattingTest.apply(text, edits)).isEqualTo(
                    "# Support desk\n# (sample)\n[package]\nname = \"desk\"\nversion = \"1.0.0\"\n\n[test]\ninclude = [\n    \"a\",\n]\n");
        }
    }

    @Test
    void aManifestQuickFixIsAppliedThroughTheServer() throws IOException {
        String uri = manifest(MANIFEST);
        try (ServerProcess s = ServerProcess.start()) {
            s.initialize(CodeActionsTest.client(false));
            s.open(uri, "toml", 1, MANIFEST);
            Diagnostic quoted = CodeActionsTest.diagnostic(s, uri, 1, "TOML9001");
            assertThat(quoted.getRange()).isEqualTo(Lsp.range(7, 7, 7, 13));

            List<CodeAction> actions = CodeActionsTest.actions(s, uri, quoted.getRange(), List.of(quoted), null);

            assertThat(actions.get(0).getTitle()).isEqualTo("Write '8080'");
            String fixed = FormattingTest.apply(MANIFEST, actions.get(0).getEdit().getChanges().get(uri));
            assertThat(fixed).contains("\nport = 8080\n");
        }
    }

    private String manifest(String text) throws IOException {
        Path file = dir.resolve("neam.toml");
        Files.writeString(file, text);
        return file.toUri().toString();
    }

    /** Snippets, Markdown docs, hierarchical symbols with every symbol kind (so tables are objects). */
    private static ClientCapabilities client() {
        ClientCapabilities caps = Lsp.withCompletion(Lsp.pushClient(), true);
        caps.getTextDocument().getDocumentSymbol().setSymbolKind(new SymbolKindCapabilities(List.of(SymbolKind.values())));
        return caps;
    }

    private static Hover hover(ServerProcess s, String uri, int line, int character) {
        return Lsp.get(s.server.getTextDocumentService().hover(new HoverParams(new TextDocumentIdentifier(uri),
                new Position(line, character))));
    }
}
