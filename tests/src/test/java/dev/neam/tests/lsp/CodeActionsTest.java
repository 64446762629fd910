package dev.neam.tests.lsp;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionCapabilities;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionKindCapabilities;
import org.eclipse.lsp4j.CodeActionLiteralSupportCapabilities;
import org.eclipse.lsp4j.CodeActionOptions;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.CodeActionResolveSupportCapabilities;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentEdit;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceClientCapabilities;
import org.eclipse.lsp4j.WorkspaceEditCapabilities;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/** Code actions over stdio: quick fixes from published diagnostics, lazy resolve, suppressions, source actions. */
@Execution(ExecutionMode.CONCURRENT) // each test has its own server
class CodeActionsTest {
    static final String PROGRAM = """
            import tools.text.{shout, whisper};
            use std.json;
            import tools.text.{shout};

            agent Helper {
              provider: "openai"
              modle: "gpt-4o-mini"
              model: "gpt-4o-mini"
            }
            fun talk(x) {
              let s = "ü"; return shout(whisper(itemz)) + json.encode(s);
            }
            """;

    @TempDir
    Path dir;

    @Test
    void aPublishedDiagnosticGetsItsQuickFixesWithExactEdits() {
        String uri = uri("src/main.neam");
        try (ServerProcess s = ServerProcess.start()) {
            InitializeResult init = s.initialize(client(false));
            CodeActionOptions options = init.getCapabilities().getCodeActionProvider().getRight();
            assertThat(options.getCodeActionKinds())
                    .containsExactly("quickfix", "source.organizeImports", "source.neam.sortProperties");
            assertThat(options.getResolveProvider()).isFalse();
            s.open(uri, 1, PROGRAM);
            Diagnostic typo = diagnostic(s, uri, 1, "NEAM2003");
            assertThat(typo.getData()).as("the fix data travels with the diagnostic").isNotNull();

            List<CodeAction> actions = actions(s, uri, typo.getRange(), List.of(typo), List.of("quickfix"));

            assertThat(actions).extracting(CodeAction::getTitle).containsExactly("Change to 'model'",
                    "Suppress NEAM2003 on this line", "Suppress NEAM2003 in this file");
            assertThat(actions).extracting(CodeAction::getIsPreferred).containsExactly(true, null, null);
            assertThat(actions).allSatisfy(a -> assertThat(a.getKind()).isEqualTo("quickfix"));
            assertThat(actions.get(0).getDiagnostics()).containsExactly(typo);
            assertThat(actions.get(0).getEdit().getChanges().get(uri))
                    .containsExactly(new TextEdit(Lsp.range(6, 2, 6, 7), "model"));
            assertThat(actions.get(1).getEdit().getChanges().get(uri))
                    .containsExactly(new TextEdit(Lsp.range(6, 0, 6, 0), "  // neam-disable-next-line NEAM2003\n"));
            assertThat(actions.get(2).getEdit().getChanges().get(uri))
                    .containsExactly(new TextEdit(Lsp.range(0, 0, 0, 0), "// neam-disable NEAM2003\n"));
        }
    }

    @Test
    void editsAreInTheNegotiatedEncoding() {
        String uri = uri("src/main.neam");
        try (ServerProcess s = ServerProcess.start()) {
            s.initialize(Lsp.withEncodings(client(false), "utf-8"));
            s.open(uri, 1, "agent Mini { provider: \"openai\", system: \"ü\", modle: \"m\", model: \"m\" }\n");
            Diagnostic typo = diagnostic(s, uri, 1, "NEAM2003");
            assertThat(typo.getRange()).as("'ü' is two UTF-8 bytes").isEqualTo(Lsp.range(0, 47, 0, 52));

            List<CodeAction> actions = actions(s, uri, typo.getRange(), List.of(typo), null);

            assertThat(actions.get(0).getTitle()).isEqualTo("Change to 'model'");
            assertThat(actions.get(0).getEdit().getChanges().get(uri))
                    .containsExactly(new TextEdit(Lsp.range(0, 47, 0, 52), "model"));
        }
    }

    @Test
    void withResolveSupportTheEditIsComputedInResolve() {
        String uri = uri("src/main.neam");
        try (ServerProcess s = ServerProcess.start()) {
            InitializeResult init = s.initialize(client(true));
            assertThat(init.getCapabilities().getCodeActionProvider().getRight().getResolveProvider()).isTrue();
            s.open(uri, 1, PROGRAM);
            Diagnostic typo = diagnostic(s, uri, 1, "NEAM2003");

            List<CodeAction> actions = actions(s, uri, typo.getRange(), List.of(typo), null);

            CodeAction fix = actions.get(0);
            assertThat(fix.getEdit()).as("edits come from codeAction/resolve").isNull();
            JsonObject data = Lsp.toJson(fix).getAsJsonObject("data");
            assertThat(data.get("uri").getAsString()).isEqualTo(uri);
            assertThat(data.get("version").getAsInt()).isEqualTo(1);
            assertThat(data.get("fix").getAsString()).isEqualTo("replace");
            assertThat(data.getAsJsonObject("diagnostic").get("code").getAsString()).isEqualTo("NEAM2003");

            CodeAction resolved = Lsp.get(s.server.getTextDocumentService().resolveCodeAction(fix));

            TextDocumentEdit edit = resolved.getEdit().getDocumentChanges().get(0).getLeft();
            assertThat(edit.getTextDocument().getUri()).isEqualTo(uri);
            assertThat(edit.getTextDocument().getVersion()).isEqualTo(1);
            assertThat(edit.getEdits()).extracting(Either::getLeft)
                    .containsExactly(new TextEdit(Lsp.range(6, 2, 6, 7), "model"));

            s.server.getTextDocumentService().didChange(new org.eclipse.lsp4j.DidChangeTextDocumentParams(
                    new org.eclipse.lsp4j.VersionedTextDocumentIdentifier(uri, 2), List.of(Lsp.edit(0, 0, 0, 0, "\n"))));
            CodeAction stale = Lsp.get(s.server.getTextDocumentService().resolveCodeAction(fix));
            assertThat(stale.getEdit()).as("no edit for a version that moved on").isNull();
        }
    }

    @Test
    void aSuppressionCommentSilencesTheDiagnosticOnceApplied() {
        String uri = uri("src/main.neam");
        try (ServerProcess s = ServerProcess.start()) {
            s.initialize(client(false));
            s.open(uri, 1, PROGRAM);
            Diagnostic typo = diagnostic(s, uri, 1, "NEAM2003");
            CodeAction suppress = actions(s, uri, typo.getRange(), List.of(typo), List.of("quickfix")).stream()
                    .filter(a -> a.getTitle().equals("Suppress NEAM2003 on this line")).findFirst().orElseThrow();
            TextEdit edit = suppress.getEdit().getChanges().get(uri).get(0);

            s.server.getTextDocumentService().didChange(new org.eclipse.lsp4j.DidChangeTextDocumentParams(
                    new org.eclipse.lsp4j.VersionedTextDocumentIdentifier(uri, 2),
                    List.of(new org.eclipse.lsp4j.TextDocumentContentChangeEvent(edit.getRange(), edit.getNewText()))));

            List<Diagnostic> after = s.client.awaitVersion(uri, 2).getDiagnostics();
            assertThat(after).extracting(d -> d.getCode().getLeft()).doesNotContain("NEAM2003").contains("NEAM3007");
        }
    }

    @Test
    void sourceActionsOnlyWhenTheirKindIsWanted() {
        String uri = uri("src/main.neam");
        try (ServerProcess s = ServerProcess.start()) {
            s.initialize(client(false));
            s.open(uri, 1, PROGRAM);
            diagnostic(s, uri, 1, "NEAM2003");
            Range inHelper = Lsp.range(5, 3, 5, 3);

            List<CodeAction> organize = actions(s, uri, inHelper, List.of(), List.of("source.organizeImports"));
            List<CodeAction> source = actions(s, uri, inHelper, List.of(), List.of("source"));
            List<CodeAction> quick = actions(s, uri, inHelper, List.of(), List.of("quickfix"));

            assertThat(organize).extracting(CodeAction::getTitle).containsExactly("Organize imports");
            assertThat(organize.get(0).getKind()).isEqualTo("source.organizeImports");
            assertThat(organize.get(0).getEdit().getChanges().get(uri)).containsExactly(new TextEdit(Lsp.range(0, 0, 2, 26),
                    "import tools.text.{shout, whisper};\nuse std.json;"));
            assertThat(source).extracting(CodeAction::getTitle)
                    .containsExactly("Organize imports", "Sort the properties of agent 'Helper'");
            assertThat(source.get(1).getKind()).isEqualTo("source.neam.sortProperties");
            assertThat(quick).isEmpty();
        }
    }

    @Test
    void aManifestDiagnosticGetsItsRenameFix() throws IOException {
        Path manifest = dir.resolve("neam.toml");
        String text = "[package]\nname = \"desk\"\nversion = \"1.0.0\"\nlicence = \"MIT\"\n";
        Files.writeString(manifest, text);
        String uri = manifest.toUri().toString();
        try (ServerProcess s = ServerProcess.start()) {
            s.initialize(client(false));
            s.open(uri, 1, text);
            Diagnostic unknown = diagnostic(s, uri, 1, "TOML1001");

            List<CodeAction> actions = actions(s, uri, unknown.getRange(), List.of(unknown), null);

            assertThat(actions).extracting(CodeAction::getTitle).containsExactly("Rename to 'license'",
                    "Suppress TOML1001 on this line", "Suppress TOML1001 in this file");
            assertThat(actions.get(0).getEdit().getChanges().get(uri))
                    .containsExactly(new TextEdit(Lsp.range(3, 0, 3, 7), "license"));
        }
    }

    @Test
    void aClientWithoutCodeActionLiteralsIsOfferedNone() {
        try (ServerProcess s = ServerProcess.start()) {
            InitializeResult init = s.initialize(Lsp.pushClient());
            assertThat(init.getCapabilities().getCodeActionProvider()).isNull();
        }
    }

    private String uri(String relative) {
        try {
            Files.writeString(dir.resolve("neam.toml"), "[package]\nname = \"desk\"\nversion = \"1.0.0\"\n");
            Files.createDirectories(dir.resolve("src/tools"));
            Files.writeString(dir.resolve("src/tools/text.neam"),
                    "pub fun shout(x) { return x; }\npub fun whisper(x) { return x; }\n");
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return dir.resolve(relative).toUri().toString();
    }

    static Diagnostic diagnostic(ServerProcess s, String uri, int version, String code) {
        return s.client.awaitVersion(uri, version).getDiagnostics().stream()
                .filter(d -> d.getCode().getLeft().equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + code + " published"));
    }

    static List<CodeAction> actions(ServerProcess s, String uri, Range range, List<Diagnostic> diagnostics,
                                    List<String> only) {
        CodeActionContext context = new CodeActionContext(diagnostics);
        context.setOnly(only);
        return Lsp.get(s.server.getTextDocumentService().codeAction(
                new CodeActionParams(new TextDocumentIdentifier(uri), range, context))).stream().map(e -> {
                    assertThat(e.isRight()).as("code action literals, not commands").isTrue();
                    return e.getRight();
                }).toList();
    }

    /** A push client that takes code action literals; with {@code resolve}, edits are resolved lazily. */
    static ClientCapabilities client(boolean resolve) {
        ClientCapabilities caps = Lsp.pushClient();
        CodeActionCapabilities actions = new CodeActionCapabilities();
        actions.setCodeActionLiteralSupport(new CodeActionLiteralSupportCapabilities(
                new CodeActionKindCapabilities(List.of("quickfix", "source", "source.organizeImports"))));
        actions.setIsPreferredSupport(true);
        if (resolve) {
            actions.setDataSupport(true);
            actions.setResolveSupport(new CodeActionResolveSupportCapabilities(List.of("edit")));
            WorkspaceClientCapabilities workspace = new WorkspaceClientCapabilities();
            WorkspaceEditCapabilities edits = new WorkspaceEditCapabilities();
            edits.setDocumentChanges(true);
            workspace.setWorkspaceEdit(edits);
            caps.setWorkspace(workspace);
        }
        caps.getTextDocument().setCodeAction(actions);
        return caps;
    }
}
