package dev.neam.tests.lsp;

import static dev.neam.tests.lsp.NavigationProject.at;
import static dev.neam.tests.lsp.NavigationProject.errorOf;
import static dev.neam.tests.lsp.NavigationProject.uri;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.PrepareRenameParams;
import org.eclipse.lsp4j.PrepareRenameResult;
import org.eclipse.lsp4j.RenameCapabilities;
import org.eclipse.lsp4j.RenameParams;
import org.eclipse.lsp4j.TextDocumentEdit;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceClientCapabilities;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.WorkspaceEditCapabilities;
import org.eclipse.lsp4j.services.TextDocumentService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** prepareRename and rename over stdio: refusals with their reasons, and edits across open and unopened files. */
class RenameTest {
    @TempDir
    Path dir;

    /** A client that sends prepareRename and accepts versioned document edits. */
    static ClientCapabilities renamingClient() {
        ClientCapabilities caps = Lsp.pushClient();
        RenameCapabilities rename = new RenameCapabilities();
        rename.setPrepareSupport(true);
        caps.getTextDocument().setRename(rename);
        WorkspaceClientCapabilities workspace = new WorkspaceClientCapabilities();
        WorkspaceEditCapabilities edits = new WorkspaceEditCapabilities();
        edits.setDocumentChanges(true);
        workspace.setWorkspaceEdit(edits);
        caps.setWorkspace(workspace);
        return caps;
    }

    @Test
    void prepareRenameIsAnnouncedOnlyToClientsThatSendIt() {
        try (ServerProcess s = ServerProcess.start()) {
            InitializeResult result = s.initialize(renamingClient());
            assertThat(result.getCapabilities().getRenameProvider().getRight().getPrepareProvider()).isTrue();
        }
        try (ServerProcess s = ServerProcess.start()) {
            InitializeResult result = s.initialize(Lsp.pushClient());
            assertThat(result.getCapabilities().getRenameProvider().getLeft()).isTrue();
        }
    }

    @Test
    void prepareRenameGivesTheNameOrSaysWhyNot() {
        NavigationProject p = new NavigationProject(dir);
        try (ServerProcess s = p.start(renamingClient())) {
            TextDocumentService docs = s.server.getTextDocumentService();
            PrepareRenameResult ok = Lsp.get(docs.prepareRename(new PrepareRenameParams(p.mainDocument(), at(9, 18))))
                    .getSecond();
            assertThat(ok.getRange()).isEqualTo(Lsp.range(9, 16, 9, 25));
            assertThat(ok.getPlaceholder()).isEqualTo("normalise");

            assertThat(errorOf(docs.prepareRename(new PrepareRenameParams(p.mainDocument(), at(11, 3)))))
                    .isEqualTo("'print' is a built-in and cannot be renamed");
            assertThat(errorOf(docs.prepareRename(new PrepareRenameParams(p.mainDocument(), at(8, 1)))))
                    .isEqualTo("'fun' is a keyword; keywords cannot be renamed");
            assertThat(errorOf(docs.prepareRename(new PrepareRenameParams(p.mainDocument(), at(0, 10)))))
                    .isEqualTo("'tools' is part of a module path; module paths cannot be renamed");
            assertThat(errorOf(docs.prepareRename(new PrepareRenameParams(p.mainDocument(), at(3, 4)))))
                    .isEqualTo("'provider' is a property key of the language and cannot be renamed");
        }
    }

    @Test
    void renameEditsEveryFileWithVersionsForOpenDocuments() {
        NavigationProject p = new NavigationProject(dir);
        try (ServerProcess s = p.start(renamingClient())) {
            WorkspaceEdit edit = Lsp.get(s.server.getTextDocumentService().rename(
                    new RenameParams(p.mainDocument(), at(9, 18), "tidy_text")));
            assertThat(edit.getChanges()).isNullOrEmpty(); // LSP4J fills a missing map with an empty one
            List<TextDocumentEdit> documents = edit.getDocumentChanges().stream().map(e -> e.getLeft()).toList();
            assertThat(documents).extracting(d -> d.getTextDocument().getUri())
                    .containsExactly(uri(p.main), uri(p.other), uri(p.search));
            assertThat(documents).extracting(d -> d.getTextDocument().getVersion()).containsExactly(3, null, null);
            assertThat(documents.get(2).getEdits()).extracting(e -> e.getLeft()).containsExactly(
                    new TextEdit(Lsp.range(4, 23, 4, 32), "tidy_text"),
                    new TextEdit(Lsp.range(7, 8, 7, 17), "tidy_text"));
            assertThat(documents.get(0).getEdits()).extracting(e -> e.getLeft()).containsExactly(
                    new TextEdit(Lsp.range(0, 33, 0, 42), "tidy_text"),
                    new TextEdit(Lsp.range(9, 16, 9, 25), "tidy_text"));
        }
    }

    @Test
    void clientsWithoutDocumentChangesGetAMapOfChanges() {
        NavigationProject p = new NavigationProject(dir);
        try (ServerProcess s = p.start(Lsp.pushClient())) {
            WorkspaceEdit edit = Lsp.get(s.server.getTextDocumentService().rename(
                    new RenameParams(p.mainDocument(), at(12, 26), "answer")));
            assertThat(edit.getDocumentChanges()).isNull();
            assertThat(edit.getChanges()).containsOnlyKeys(uri(p.main));
            assertThat(edit.getChanges().get(uri(p.main))).extracting(TextEdit::getRange).containsExactly(
                    Lsp.range(9, 6, 9, 13), Lsp.range(10, 2, 10, 9), Lsp.range(10, 12, 10, 19),
                    Lsp.range(11, 8, 11, 15), Lsp.range(12, 24, 12, 31));
            assertThat(edit.getChanges().values()).allSatisfy(edits -> assertThat(edits)
                    .allSatisfy(e -> assertThat(e.getNewText()).isEqualTo("answer")));
        }
    }

    @Test
    void invalidOrCollidingNamesAreRefused() {
        NavigationProject p = new NavigationProject(dir);
        try (ServerProcess s = p.start(renamingClient())) {
            TextDocumentService docs = s.server.getTextDocumentService();
            assertThat(errorOf(docs.rename(new RenameParams(p.mainDocument(), at(9, 18), "2fast"))))
                    .startsWith("'2fast' is not a valid Neam name");
            assertThat(errorOf(docs.rename(new RenameParams(p.mainDocument(), at(9, 18), "while"))))
                    .isEqualTo("'while' is a keyword and cannot be used as a name");
            assertThat(errorOf(docs.rename(new RenameParams(p.mainDocument(), at(9, 18), "ask"))))
                    .isEqualTo("'ask' is already declared in this scope (function 'ask' in main.neam, line 9)");
            assertThat(errorOf(docs.rename(new RenameParams(p.mainDocument(), at(11, 3), "show"))))
                    .isEqualTo("'print' is a built-in and cannot be renamed");
        }
    }
}
