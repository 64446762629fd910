package dev.neam.tests.lsp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.neam.parser.workspace.Analyzer;
import dev.neam.parser.workspace.Document;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Push diagnostics: exact, debounced, for the newest version only, cleared on close. */
class DiagnosticsTest {
    static final String URI = "file:///tmp/neam-lsp-test/support.neam";

    static final String BROKEN = """
            agent Triage {
              provider: "ollama"
              model:
            }
            let answer = 42
            """;

    @Test
    void anOpenedBrokenFileGetsItsDiagnosticsWithExactRangesAndMessages() {
        try (ServerProcess s = ServerProcess.start()) {
            s.initialize(Lsp.pushClient());
            s.open(URI, 1, BROKEN);

            PublishDiagnosticsParams published = s.client.awaitVersion(URI, 1);

            assertThat(published.getDiagnostics()).hasSize(2);
            Diagnostic missingValue = published.getDiagnostics().get(0);
            assertThat(missingValue.getRange()).isEqualTo(Lsp.range(2, 2, 2, 7));
            assertThat(missingValue.getMessage().getLeft()).isEqualTo("property 'model' has no value");
            assertThat(missingValue.getCode().getLeft()).isEqualTo("NEAM0006");
            assertThat(missingValue.getSeverity()).isEqualTo(DiagnosticSeverity.Error);
            assertThat(missingValue.getSource()).isEqualTo("neam");
            Diagnostic semicolon = published.getDiagnostics().get(1);
            assertThat(semicolon.getRange()).isEqualTo(Lsp.range(4, 15, 4, 15));
            assertThat(semicolon.getMessage().getLeft()).isEqualTo("expected ';' at the end of the statement");
            assertThat(semicolon.getCode().getLeft()).isEqualTo("NEAM0004");
        }
    }

    @Test
    void incrementalEditsAreAppliedAndTheFixedFileIsCleared() {
        try (ServerProcess s = ServerProcess.start()) {
            s.initialize(Lsp.pushClient(), Lsp.json("{\"debounceMs\": 0}"));
            s.open(URI, 1, BROKEN);
            s.client.awaitVersion(URI, 1);

            change(s, 2, Lsp.edit(2, 8, 2, 8, "\"gpt-4o\""));      // model: "gpt-4o"
            assertThat(s.client.awaitVersion(URI, 2).getDiagnostics()).extracting(d -> d.getCode().getLeft())
                    .containsExactly("NEAM0004");
            change(s, 3, Lsp.edit(4, 15, 4, 15, ";"));
            assertThat(s.client.awaitVersion(URI, 3).getDiagnostics()).as("an empty list clears").isEmpty();
            // two changes in one notification, the second relative to the text after the first
            change(s, 4, Lsp.edit(0, 6, 0, 12, "Billing"), Lsp.edit(4, 15, 4, 16, ""));
            PublishDiagnosticsParams v4 = s.client.awaitVersion(URI, 4);
            assertThat(v4.getDiagnostics()).extracting(Diagnostic::getRange).containsExactly(Lsp.range(4, 15, 4, 15));
        }
    }

    @Test
    void aBurstOfFiftyEditsPublishesOnlyTheLastVersionWithItsDiagnostics() {
        try (ServerProcess s = ServerProcess.start()) {
            // a debounce far longer than the burst takes, so every edit but the last is superseded
            s.initialize(Lsp.pushClient(), Lsp.json("{\"debounceMs\": 3000}"));
            String text = "agent Triage {\n  provider: \"openai\"\n}\n";
            s.open(URI, 1, text);
            s.client.awaitVersion(URI, 1);

            StringBuilder expected = new StringBuilder(text);
            String typed = "let total = (1 + 2\nfun f(a) { return a; }\n";
            List<TextDocumentContentChangeEvent> burst = new ArrayList<>();
            int line = 3;
            int column = 0;
            for (char c : typed.toCharArray()) {     // typing at the end, one character per edit
                burst.add(Lsp.edit(line, column, line, column, String.valueOf(c)));
                expected.append(c);
                if (c == '\n') {
                    line++;
                    column = 0;
                } else {
                    column++;
                }
            }
            while (burst.size() < 50) {            // then retyping the provider name in the middle
                int at = burst.size() % 2 == 0 ? 13 : 14;
                String before = expected.substring(0, expected.indexOf("\n") + 1 + at);
                String after = expected.substring(before.length() + 1);
                burst.add(Lsp.edit(1, at, 1, at + 1, "x"));
                expected = new StringBuilder(before + "x" + after);
            }
            for (int i = 0; i < burst.size(); i++) {
                change(s, i + 2, burst.get(i));
            }

            PublishDiagnosticsParams last = s.client.awaitVersion(URI, 51);
            List<dev.neam.parser.diagnostic.Diagnostic> truth = new Analyzer()
                    .analyze(List.of(new Document("support.neam", expected.toString()))).get(0).diagnostics();
            assertThat(truth).as("the final text is broken, so the check is not vacuous").isNotEmpty();
            assertThat(last.getDiagnostics()).extracting(d -> d.getMessage().getLeft())
                    .containsExactlyElementsOf(truth.stream().map(dev.neam.parser.diagnostic.Diagnostic::message).toList());
            assertThat(last.getDiagnostics()).extracting(Diagnostic::getRange).containsExactlyElementsOf(truth.stream()
                    .map(d -> Lsp.range(d.range().start().line(), d.range().start().character(),
                            d.range().end().line(), d.range().end().character())).toList());
            sleep(3500);
            assertThat(s.client.diagnosticsFor(URI)).extracting(PublishDiagnosticsParams::getVersion)
                    .as("only the opened version and the last one were published").containsExactly(1, 51);
        }
    }

    @Test
    void withoutDebounceEveryPublicationIsForANewerVersionThanTheOneBefore() {
        try (ServerProcess s = ServerProcess.start()) {
            s.initialize(Lsp.pushClient(), Lsp.json("{\"debounceMs\": 0}"));
            StringBuilder big = new StringBuilder();
            for (int i = 0; i < 3000; i++) {
                big.append("agent A").append(i).append(" {\n  provider: \"openai\"\n  model: \"gpt-4o\"\n}\n");
            }
            s.open(URI, 1, big.toString());
            for (int v = 2; v <= 30; v++) {
                change(s, v, Lsp.edit(0, 6, 0, 6, "x"));
            }
            s.client.awaitVersion(URI, 30);
            List<Integer> versions = s.client.diagnosticsFor(URI).stream().map(PublishDiagnosticsParams::getVersion).toList();
            assertThat(versions).isSorted().doesNotHaveDuplicates().endsWith(30);
            assertThat(versions.size()).as("analyses overtaken by newer edits were dropped").isLessThan(30);
        }
    }

    @Test
    void closingADocumentClearsItsDiagnostics() {
        try (ServerProcess s = ServerProcess.start()) {
            s.initialize(Lsp.pushClient());
            s.open(URI, 1, BROKEN);
            assertThat(s.client.awaitVersion(URI, 1).getDiagnostics()).isNotEmpty();

            s.server.getTextDocumentService().didClose(new DidCloseTextDocumentParams(new TextDocumentIdentifier(URI)));

            PublishDiagnosticsParams cleared = s.client.awaitDiagnostics(URI, p -> p.getDiagnostics().isEmpty());
            assertThat(cleared.getVersion()).isNull();
        }
    }

    @Test
    void categorySettingsFilterAndChangeAtRunTime() {
        try (ServerProcess s = ServerProcess.start()) {
            s.initialize(Lsp.pushClient(), Lsp.json("""
                    {"languageVersion": "1.x", "diagnostics": {"syntax": false, "semantic": true, "manifest": true,
                     "deploy": true}, "debounceMs": 0, "deploy": {"globs": ["deploy/**"]}}"""));
            s.open(URI, 1, BROKEN);
            assertThat(s.client.awaitVersion(URI, 1).getDiagnostics()).as("syntax is switched off").isEmpty();

            s.server.getWorkspaceService().didChangeConfiguration(new DidChangeConfigurationParams(Lsp.json("""
                    {"neam": {"languageVersion": "auto", "diagnostics": {"syntax": true, "semantic": true,
                     "manifest": true, "deploy": true}, "debounceMs": 0, "deploy": {"globs": []}}}""")));

            s.client.awaitDiagnostics(URI, p -> p.getDiagnostics().size() == 2);
        }
    }

    @Test
    void anEditThatChangesTopLevelDeclarationsRepublishesTheOtherOpenFilesItChanges(@TempDir Path project)
            throws IOException {
        Files.writeString(project.resolve("neam.toml"), "[package]\nname = \"desk\"\nversion = \"0.1.0\"\n");
        Files.createDirectories(project.resolve("src"));
        String desk = project.resolve("src/desk.neam").toUri().toString();
        String billing = project.resolve("src/billing.neam").toUri().toString();
        try (ServerProcess s = ServerProcess.start()) {
            s.initialize(Lsp.pushClient(), Lsp.json("{\"debounceMs\": 0}"));
            s.open(desk, 1, "module desk;\nagent Triage {\n  provider: \"openai\"\n  model: \"gpt-4o\"\n}\n");
            s.open(billing, 1, "import desk.{Refunds};\nagent Billing {\n  provider: \"openai\"\n  model: \"gpt-4o\"\n"
                    + "  handoffs: [Refunds]\n}\n");
            s.client.awaitVersion(desk, 1);
            assertThat(s.client.awaitVersion(billing, 1).getDiagnostics()).extracting(d -> d.getCode().getLeft())
                    .containsExactly("NEAM1003");
            edit(s, desk, 2, Lsp.edit(2, 20, 2, 20, " "));          // inside a body: nobody else affected
            s.client.awaitVersion(desk, 2);
            edit(s, desk, 3, Lsp.edit(5, 0, 5, 0, "agent Refunds {\n  provider: \"openai\"\n  model: \"gpt-4o\"\n}\n"));
            s.client.awaitVersion(desk, 3);

            s.client.await("billing.neam published again", () -> s.client.diagnosticsFor(billing).size() >= 2 ? true : null);
            assertThat(s.client.diagnosticsFor(billing)).extracting(PublishDiagnosticsParams::getVersion).containsExactly(1, 1);
            assertThat(s.client.diagnosticsFor(billing).get(1).getDiagnostics()).as("Refunds is declared now").isEmpty();
        }
    }

    static void edit(ServerProcess s, String uri, int version, TextDocumentContentChangeEvent... changes) {
        s.server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
                new VersionedTextDocumentIdentifier(uri, version), List.of(changes)));
    }

    static void change(ServerProcess s, int version, TextDocumentContentChangeEvent... changes) {
        s.server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
                new VersionedTextDocumentIdentifier(URI, version), List.of(changes)));
    }

    static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
