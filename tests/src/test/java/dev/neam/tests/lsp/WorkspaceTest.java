package dev.neam.tests.lsp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.DidChangeWatchedFilesCapabilities;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.DocumentDiagnosticParams;
import org.eclipse.lsp4j.DocumentDiagnosticReport;
import org.eclipse.lsp4j.FileChangeType;
import org.eclipse.lsp4j.FileEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.WindowClientCapabilities;
import org.eclipse.lsp4j.WorkDoneProgressBegin;
import org.eclipse.lsp4j.WorkDoneProgressEnd;
import org.eclipse.lsp4j.WorkDoneProgressNotification;
import org.eclipse.lsp4j.WorkspaceClientCapabilities;
import org.eclipse.lsp4j.WorkspaceDiagnosticParams;
import org.eclipse.lsp4j.WorkspaceDiagnosticReport;
import org.eclipse.lsp4j.WorkspaceDocumentDiagnosticReport;
import org.eclipse.lsp4j.WorkspaceFullDocumentDiagnosticReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The workspace index, its progress and file watching, and pull diagnostics over it. */
class WorkspaceTest {
    @TempDir
    Path dir;

    static final String CLEAN = "agent Triage {\n  provider: \"ollama\"\n  model: \"llama3.2:3b\"\n}\n";
    static final String BROKEN = "agent Broken {\n  provider:\n  model: \"llama3.2:3b\"\n}\n";

    @Test
    void theIndexIsBuiltWithWorkDoneProgressAndFileWatchersAreRegistered() throws IOException {
        write("src/a.neam", CLEAN);
        write("src/lib/b.neam", CLEAN);
        write("node_modules/skipped.neam", BROKEN);
        ClientCapabilities caps = Lsp.pullClient();
        WindowClientCapabilities window = new WindowClientCapabilities();
        window.setWorkDoneProgress(true);
        caps.setWindow(window);
        WorkspaceClientCapabilities workspace = new WorkspaceClientCapabilities();
        workspace.setDidChangeWatchedFiles(new DidChangeWatchedFilesCapabilities(true));
        caps.setWorkspace(workspace);

        try (ServerProcess s = ServerProcess.start()) {
            s.initialize(caps, null, dir);

            WorkDoneProgressEnd end = s.client.await("the end of the indexing progress", () -> s.client.progress.stream()
                    .map(p -> p.getValue().getLeft()).filter(WorkDoneProgressEnd.class::isInstance)
                    .map(WorkDoneProgressEnd.class::cast).findFirst().orElse(null));
            assertThat(end.getMessage()).isEqualTo("Indexed 2 Neam files");
            assertThat(s.client.progressCreated).hasSize(1);
            WorkDoneProgressNotification first = s.client.progress.get(0).getValue().getLeft();
            assertThat(first).isInstanceOf(WorkDoneProgressBegin.class);
            assertThat(s.client.progress).allSatisfy(p -> assertThat(p.getToken())
                    .isEqualTo(s.client.progressCreated.get(0).getToken()));
            assertThat(s.client.registrations).singleElement().satisfies(r -> assertThat(r.getRegistrations())
                    .singleElement().satisfies(reg -> assertThat(reg.getMethod())
                            .isEqualTo("workspace/didChangeWatchedFiles")));
        }
    }

    @Test
    void pullDiagnosticsForOneDocumentWithResultIds() throws IOException {
        Path broken = write("src/broken.neam", BROKEN);
        try (ServerProcess s = ServerProcess.start()) {
            s.initialize(Lsp.pullClient(), null, dir);
            String uri = broken.toUri().toString();
            s.open(uri, 1, BROKEN);

            DocumentDiagnosticReport first = Lsp.get(s.server.getTextDocumentService()
                    .diagnostic(new DocumentDiagnosticParams(new TextDocumentIdentifier(uri))));
            assertThat(first.getLeft().getItems()).singleElement().satisfies(d -> {
                assertThat(d.getCode().getLeft()).isEqualTo("NEAM0006");
                assertThat(d.getRange()).isEqualTo(Lsp.range(1, 2, 1, 10));
            });
            String resultId = first.getLeft().getResultId();
            assertThat(resultId).isNotBlank();

            DocumentDiagnosticParams again = new DocumentDiagnosticParams(new TextDocumentIdentifier(uri));
            again.setPreviousResultId(resultId);
            DocumentDiagnosticReport unchanged = Lsp.get(s.server.getTextDocumentService().diagnostic(again));
            assertThat(unchanged.getRight().getResultId()).isEqualTo(resultId);

            DiagnosticsTest.sleep(300);
            assertThat(s.client.diagnostics).as("a pulling client gets nothing pushed").isEmpty();
        }
    }

    @Test
    void workspaceDiagnosticsCoverEveryIndexedFileAndFollowFileEvents() throws IOException {
        Path a = write("src/a.neam", CLEAN);
        Path b = write("src/b.neam", BROKEN);
        try (ServerProcess s = ServerProcess.start()) {
            s.initialize(Lsp.pullClient(), null, dir);
            awaitIndexed(s, 2);

            WorkspaceDiagnosticReport report = Lsp.get(s.server.getWorkspaceService()
                    .diagnostic(new WorkspaceDiagnosticParams(List.of())));
            assertThat(full(report)).extracting(WorkspaceFullDocumentDiagnosticReport::getUri)
                    .containsExactlyInAnyOrder(uri(a), uri(b));
            assertThat(full(report)).filteredOn(r -> r.getUri().equals(uri(b))).singleElement()
                    .satisfies(r -> assertThat(r.getItems()).hasSize(1));

            Path c = write("src/c.neam", BROKEN);
            Files.delete(b);
            s.server.getWorkspaceService().didChangeWatchedFiles(new DidChangeWatchedFilesParams(List.of(
                    new FileEvent(uri(c), FileChangeType.Created), new FileEvent(uri(b), FileChangeType.Deleted))));

            s.client.await("c.neam indexed, b.neam forgotten", () -> {
                WorkspaceDiagnosticReport now = Lsp.get(s.server.getWorkspaceService()
                        .diagnostic(new WorkspaceDiagnosticParams(List.of())));
                List<String> uris = full(now).stream().map(WorkspaceFullDocumentDiagnosticReport::getUri).toList();
                return uris.contains(uri(c)) && !uris.contains(uri(b)) ? uris : null;
            });
        }
    }

    @Test
    void theFirstWorkspaceReportWaitsForTheStartUpScanInsteadOfAnsweringWithoutFiles() throws IOException {
        List<String> uris = new java.util.ArrayList<>();
        for (int i = 0; i < 400; i++) {
            uris.add(uri(write("src/module" + i + ".neam", i % 2 == 0 ? CLEAN : BROKEN)));
        }
        try (ServerProcess s = ServerProcess.start()) {
            s.initialize(Lsp.pullClient(), null, dir);
            // asked at once, as VS Code does right after initialized
            WorkspaceDiagnosticReport report = Lsp.get(s.server.getWorkspaceService()
                    .diagnostic(new WorkspaceDiagnosticParams(List.of())));
            assertThat(full(report)).extracting(WorkspaceFullDocumentDiagnosticReport::getUri)
                    .containsExactlyInAnyOrderElementsOf(uris);
        }
    }

    private void awaitIndexed(ServerProcess s, int files) {
        s.client.await("the index", () -> s.client.logs.stream()
                .filter(m -> m.getMessage().startsWith("indexed " + files + " Neam files")).findFirst().orElse(null));
    }

    private static List<WorkspaceFullDocumentDiagnosticReport> full(WorkspaceDiagnosticReport report) {
        return report.getItems().stream().map(WorkspaceDocumentDiagnosticReport::getWorkspaceFullDocumentDiagnosticReport)
                .filter(r -> r != null).toList();
    }

    private static String uri(Path p) {
        return p.toAbsolutePath().normalize().toUri().toString();
    }

    private Path write(String relative, String text) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }
}
