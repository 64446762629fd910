package dev.neam.tests.lsp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.FileChangeType;
import org.eclipse.lsp4j.FileEvent;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An open file's imports follow the other files of its project: their text on disk while they are
 * closed (changes reported by file events included), their unsaved text while they are open, and
 * the disk again once they are closed without saving. Files its path properties name are looked
 * up again when the client reports them created or deleted.
 */
class ProjectOnDiskTest {
    private static final String MAIN = """
            import tools.search.{web_search};
            agent Researcher {
              provider: "openai"
              model: "gpt-4o"
              skills: [web_search]
            }
            """;
    private static final String SEARCH = """
            module tools.search;
            pub skill web_search {
              description: "Search the web"
              impl(query) { return query; }
            }
            """;

    @TempDir
    Path dir;

    @Test
    void importsFollowTheDiskTheEditorAndTheDiskAgain() throws IOException {
        Files.writeString(dir.resolve("neam.toml"), "[project]\nname = \"demo\"\nversion = \"0.1.0\"\n");
        Path main = write("src/main.neam", MAIN);
        Path search = write("src/tools/search.neam", SEARCH);
        String mainUri = uri(main);
        String searchUri = uri(search);
        try (ServerProcess s = ServerProcess.start()) {
            s.initialize(Lsp.pushClient(), Lsp.json("{\"debounceMs\": 0}"), dir);
            s.open(mainUri, 1, MAIN);
            assertThat(s.client.awaitVersion(mainUri, 1).getDiagnostics()).as("the import resolves from disk").isEmpty();

            Files.writeString(search, SEARCH.replace("web_search", "web_lookup"));
            s.server.getWorkspaceService().didChangeWatchedFiles(new DidChangeWatchedFilesParams(
                    List.of(new FileEvent(searchUri, FileChangeType.Changed))));
            PublishDiagnosticsParams broken = s.client.awaitDiagnostics(mainUri, p -> !p.getDiagnostics().isEmpty());
            assertThat(broken.getDiagnostics()).anySatisfy(d -> {
                assertThat(d.getRange()).isEqualTo(Lsp.range(0, 21, 0, 31));
                assertThat(d.getMessage().getLeft()).isEqualTo("module 'tools.search' has no declaration named 'web_search'");
            });

            s.open(searchUri, 1, SEARCH.replace("web_search", "web_lookup"));
            s.client.awaitVersion(searchUri, 1);
            int before = s.client.diagnosticsFor(mainUri).size();
            s.server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
                    new VersionedTextDocumentIdentifier(searchUri, 2), List.of(new TextDocumentContentChangeEvent(
                    Lsp.range(1, 10, 1, 20), "web_search"))));
            s.client.await("main.neam cleared by the unsaved edit", () -> {
                List<PublishDiagnosticsParams> all = s.client.diagnosticsFor(mainUri);
                return all.size() > before && all.get(all.size() - 1).getDiagnostics().isEmpty() ? true : null;
            });

            int cleared = s.client.diagnosticsFor(mainUri).size();
            s.server.getTextDocumentService().didClose(new DidCloseTextDocumentParams(new TextDocumentIdentifier(searchUri)));
            s.client.await("main.neam broken again: the disk counts after closing without saving", () -> {
                List<PublishDiagnosticsParams> all = s.client.diagnosticsFor(mainUri);
                return all.size() > cleared && !all.get(all.size() - 1).getDiagnostics().isEmpty() ? true : null;
            });
        }
    }

    @Test
    void aPathPropertyFollowsItsFileAppearingAndDisappearing() throws IOException {
        Files.writeString(dir.resolve("neam.toml"), "[project]\nname = \"demo\"\nversion = \"0.1.0\"\n");
        String text = """
                agent Tutor {
                  provider: "openai"
                  model: "gpt-4o"
                  context_from: "./AGENTS.md"
                }
                """;
        Path tutor = write("src/tutor.neam", text);
        String uri = uri(tutor);
        try (ServerProcess s = ServerProcess.start()) {
            s.initialize(Lsp.pushClient(), Lsp.json("{\"debounceMs\": 0}"), dir);
            s.open(uri, 1, text);
            assertThat(s.client.awaitVersion(uri, 1).getDiagnostics()).singleElement().satisfies(d -> {
                assertThat(d.getCode().getLeft()).isEqualTo("NEAM1010");
                assertThat(d.getRange()).isEqualTo(Lsp.range(3, 16, 3, 29));
            });

            Path notes = write("AGENTS.md", "# Notes for agents\n");
            s.server.getWorkspaceService().didChangeWatchedFiles(new DidChangeWatchedFilesParams(
                    List.of(new FileEvent(uri(notes), FileChangeType.Created))));
            s.client.await("the finding gone once the file exists", () -> {
                List<PublishDiagnosticsParams> all = s.client.diagnosticsFor(uri);
                return all.size() > 1 && all.get(all.size() - 1).getDiagnostics().isEmpty() ? true : null;
            });

            int before = s.client.diagnosticsFor(uri).size();
            Files.delete(notes);
            s.server.getWorkspaceService().didChangeWatchedFiles(new DidChangeWatchedFilesParams(
                    List.of(new FileEvent(uri(notes), FileChangeType.Deleted))));
            s.client.await("the finding back once the file is gone", () -> {
                List<PublishDiagnosticsParams> all = s.client.diagnosticsFor(uri);
                return all.size() > before && !all.get(all.size() - 1).getDiagnostics().isEmpty() ? true : null;
            });
        }
    }

    private Path write(String relative, String text) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }

    private static String uri(Path p) {
        return p.toAbsolutePath().normalize().toUri().toString();
    }
}
