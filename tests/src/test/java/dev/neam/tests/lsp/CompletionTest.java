package dev.neam.tests.lsp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionItemKind;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.CompletionListCapabilities;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InsertTextFormat;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/** {@code textDocument/completion} and {@code completionItem/resolve} over the real server's stdio. */
@Execution(ExecutionMode.CONCURRENT) // each test has its own server
class CompletionTest {
    static final String URI = "file:///tmp/neam-lsp-test/completion.neam";

    static final String PROGRAM = """
            agent Billing {
              provider: "openai"
              model: "gpt-4o"
            }

            agent Triage {
              provider: "openai"
              mo
              handoffs: []
            }

            fun greet(name) {
              let text = "😀 " + na;
              return Triage.;
            }
            """;

    @TempDir
    Path temp;

    @Test
    void announcesCompletionWithTriggerCharactersAndResolve() {
        try (ServerProcess s = ServerProcess.start()) {
            InitializeResult result = s.initialize(Lsp.withCompletion(Lsp.pushClient(), true));
            assertThat(result.getCapabilities().getCompletionProvider().getResolveProvider()).isTrue();
            assertThat(result.getCapabilities().getCompletionProvider().getTriggerCharacters())
                    .containsExactly(".", ":", "\"", "/", "[");
        }
    }

    @Test
    void keysOfTheDeclarationWithSnippetsReplacingTheHalfTypedWord() {
        try (ServerProcess s = ServerProcess.start()) {
            s.initialize(Lsp.withCompletion(Lsp.pushClient(), true));
            s.open(URI, 1, PROGRAM);

            CompletionList list = complete(s, URI, 7, 4);

            assertThat(list.isIncomplete()).isFalse();
            CompletionItem model = item(list, "model");
            assertThat(model.getKind()).isEqualTo(CompletionItemKind.Property);
            assertThat(model.getDetail()).isEqualTo("a string");
            assertThat(model.getSortText()).startsWith("0_");
            assertThat(model.getInsertTextFormat()).isEqualTo(InsertTextFormat.Snippet);
            TextEdit edit = model.getTextEdit().getLeft();
            assertThat(edit.getRange()).isEqualTo(Lsp.range(7, 2, 7, 4));
            assertThat(edit.getNewText()).isEqualTo("model: \"$1\"");
            assertThat(labels(list)).as("provider and handoffs are written already")
                    .doesNotContain("provider", "handoffs")
                    .contains("model_path", "skills", "system");
            assertThat(model.getDocumentation()).as("documentation comes with resolve").isNull();
        }
    }

    @Test
    void aClientWithItemDefaultsGetsTheSharedRangeOnceAndTheSameTexts() {
        List<CompletionItem> plain;
        try (ServerProcess s = ServerProcess.start()) {
            s.initialize(Lsp.withCompletion(Lsp.pushClient(), true));
            s.open(URI, 1, PROGRAM);
            plain = complete(s, URI, 7, 4).getItems();
        }
        try (ServerProcess s = ServerProcess.start()) {
            ClientCapabilities caps = Lsp.withCompletion(Lsp.pushClient(), true);
            CompletionListCapabilities listCaps = new CompletionListCapabilities();
            listCaps.setItemDefaults(List.of("editRange", "insertTextFormat", "data"));
            caps.getTextDocument().getCompletion().setCompletionList(listCaps);
            s.initialize(caps);
            s.open(URI, 1, PROGRAM);

            CompletionList list = complete(s, URI, 7, 4);

            assertThat(list.getItemDefaults().getEditRange().getLeft()).isEqualTo(Lsp.range(7, 2, 7, 4));
            assertThat(list.getItemDefaults().getInsertTextFormat()).isEqualTo(InsertTextFormat.Snippet);
            assertThat(list.getItems()).allSatisfy(item -> {
                assertThat(item.getTextEdit()).isNull();
                assertThat(item.getInsertTextFormat()).isNull();
            });
            assertThat(list.getItems()).extracting(CompletionItem::getLabel)
                    .containsExactlyElementsOf(plain.stream().map(CompletionItem::getLabel).toList());
            assertThat(list.getItems()).extracting(CompletionItem::getTextEditText)
                    .containsExactlyElementsOf(plain.stream().map(i -> i.getTextEdit().getLeft().getNewText()).toList());
            assertThat(item(list, "model").getTextEditText()).isEqualTo("model: \"$1\"");
        }
    }

    @Test
    void aClientWithoutSnippetsGetsPlainText() {
        try (ServerProcess s = ServerProcess.start()) {
            s.initialize(Lsp.withCompletion(Lsp.pushClient(), false));
            s.open(URI, 1, PROGRAM);

            CompletionItem model = item(complete(s, URI, 7, 4), "model");

            assertThat(model.getInsertTextFormat()).isEqualTo(InsertTextFormat.PlainText);
            assertThat(model.getTextEdit().getLeft().getNewText()).isEqualTo("model: ");
        }
    }

    @Test
    void resolveAddsTheDocumentation() {
        try (ServerProcess s = ServerProcess.start()) {
            s.initialize(Lsp.withCompletion(Lsp.pushClient(), true));
            s.open(URI, 1, PROGRAM);
            CompletionItem model = item(complete(s, URI, 7, 4), "model");

            CompletionItem resolved = Lsp.get(s.server.getTextDocumentService().resolveCompletionItem(model));

            MarkupContent doc = resolved.getDocumentation().getRight();
            assertThat(doc.getKind()).isEqualTo("markdown");
            assertThat(doc.getValue()).startsWith("Model id passed to the provider").contains("Expects a string.");
        }
    }

    @Test
    void referencesInsideAListAndMembersAfterADot() {
        try (ServerProcess s = ServerProcess.start()) {
            s.initialize(Lsp.withCompletion(Lsp.pushClient(), true));
            s.open(URI, 1, PROGRAM);

            CompletionList handoffs = complete(s, URI, 8, 13);
            assertThat(labels(handoffs)).as("an agent does not hand off to itself").containsExactly("Billing");
            assertThat(item(handoffs, "Billing").getTextEdit().getLeft().getRange()).isEqualTo(Lsp.range(8, 13, 8, 13));

            CompletionList members = complete(s, URI, 13, 16);
            CompletionItem ask = item(members, "ask");
            assertThat(ask.getKind()).isEqualTo(CompletionItemKind.Method);
            assertThat(ask.getDetail()).isEqualTo("ask(question) -> string");
            assertThat(ask.getTextEdit().getLeft().getNewText()).isEqualTo("ask($1)");
        }
    }

    @Test
    void rangesCountUtf16AfterAnEmoji() {
        try (ServerProcess s = ServerProcess.start()) {
            s.initialize(Lsp.withCompletion(Lsp.pushClient(), true));
            s.open(URI, 1, PROGRAM);

            // `  let text = "😀 " + na|`: the emoji is two UTF-16 units, so `na` is at 21–23
            CompletionItem name = item(complete(s, URI, 12, 23), "name");

            assertThat(name.getKind()).isEqualTo(CompletionItemKind.Variable);
            assertThat(name.getTextEdit().getLeft().getRange()).isEqualTo(Lsp.range(12, 21, 12, 23));
        }
    }

    @Test
    void pathStringsListTheFilesBesideTheDocument() throws Exception {
        Files.createDirectories(temp.resolve("docs"));
        Files.writeString(temp.resolve("docs/guide.md"), "# Guide\n");
        Path file = temp.resolve("main.neam");
        String text = "agent A {\n  provider: \"openai\"\n  model: \"m\"\n  context_from: \"./docs/\"\n}\n";
        Files.writeString(file, text);
        String uri = file.toUri().toString();
        try (ServerProcess s = ServerProcess.start()) {
            s.initialize(Lsp.withCompletion(Lsp.pushClient(), true));
            s.open(uri, 1, text);

            CompletionList list = complete(s, uri, 3, 24);

            assertThat(labels(list)).containsExactly("guide.md");
            assertThat(list.getItems().get(0).getKind()).isEqualTo(CompletionItemKind.File);
            assertThat(list.getItems().get(0).getTextEdit().getLeft().getRange()).isEqualTo(Lsp.range(3, 24, 3, 24));
        }
    }

    @Test
    void nothingInsideAComment() {
        try (ServerProcess s = ServerProcess.start()) {
            s.initialize(Lsp.withCompletion(Lsp.pushClient(), true));
            s.open(URI, 1, "// agent mo\n");

            assertThat(complete(s, URI, 0, 11).getItems()).isEmpty();
        }
    }

    static CompletionList complete(ServerProcess s, String uri, int line, int character) {
        CompletionParams params = new CompletionParams(new TextDocumentIdentifier(uri), new Position(line, character));
        return Lsp.get(s.server.getTextDocumentService().completion(params)).getRight();
    }

    static List<String> labels(CompletionList list) {
        return list.getItems().stream().map(CompletionItem::getLabel).toList();
    }

    static CompletionItem item(CompletionList list, String label) {
        return list.getItems().stream().filter(i -> i.getLabel().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no item " + label + " in " + labels(list)));
    }
}
