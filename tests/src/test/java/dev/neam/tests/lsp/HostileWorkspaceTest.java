package dev.neam.tests.lsp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.neam.tests.support.JarCommand;
import dev.neam.tests.support.RepoPaths;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DocumentLink;
import org.eclipse.lsp4j.DocumentLinkParams;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceSymbolParams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A folder opened in the editor that attacks the server (the real jar over stdio): document links
 * and path completion that would show what lies outside the project, a folder that cannot be
 * listed, a sparse file of gigabytes, a document of 100 MB. Nothing outside the project is shown,
 * and the index and the requests keep working for the rest.
 */
@Timeout(value = 300, unit = TimeUnit.SECONDS)
class HostileWorkspaceTest {
    @TempDir
    Path dir;

    private Path project() throws IOException {
        Path project = Files.createDirectories(dir.resolve("proj"));
        Files.writeString(project.resolve("neam.toml"), "[package]\nname = \"p\"\nversion = \"0.1.0\"\n");
        Files.createDirectories(project.resolve("src"));
        Files.writeString(project.resolve("src/visible.neam"), "fun visibleThing() {\n    return 1;\n}\n");
        return project;
    }

    @Test
    void documentLinksAndPathCompletionStayInsideTheProject() throws Exception {
        Path project = project();
        Files.createDirectories(dir.resolve("outside"));
        Files.writeString(dir.resolve("outside/secret.md"), "secret\n");
        Files.createDirectories(project.resolve("src/docs"));
        Files.writeString(project.resolve("src/docs/guide.md"), "guide\n");
        Files.createSymbolicLink(project.resolve("src/docs/escape.md"), dir.resolve("outside/secret.md"));
        Process fifo = new ProcessBuilder("mkfifo", project.resolve("src/docs/pipe.md").toString()).inheritIO().start();
        assertThat(fifo.waitFor(10, TimeUnit.SECONDS) && fifo.exitValue() == 0).as("mkfifo").isTrue();
        StringBuilder text = new StringBuilder();
        List<String> targets = List.of("/etc/shadow", "/etc/hostname", "/dev/zero", "./docs/pipe.md", "../../outside/secret.md",
                "./docs/escape.md", "./docs/guide.md");
        for (int i = 0; i < targets.size(); i++) {
            text.append("agent A").append(i).append(" {\n    provider: \"ollama\"\n    model: \"llama3.2:3b\"\n    context_from: \"")
                    .append(targets.get(i)).append("\"\n}\n");
        }
        Path main = project.resolve("src/main.neam");
        Files.writeString(main, text);
        String uri = main.toUri().toString();
        try (ServerProcess s = ServerProcess.start()) {
            s.initialize(Lsp.pushClient(), Lsp.json("{\"debounceMs\": 0}"), project);
            s.open(uri, 1, text.toString());

            List<DocumentLink> links = Lsp.get(s.server.getTextDocumentService().documentLink(
                    new DocumentLinkParams(new TextDocumentIdentifier(uri))));
            assertThat(links).extracting(link -> Path.of(URI.create(link.getTarget())))
                    .containsExactly(project.resolve("src/docs/guide.md").toRealPath());

            assertThat(complete(s, uri, 2, "../../../../../../../../")).as("completion up to /").isEmpty();
            assertThat(complete(s, uri, 3, "../../")).as("completion past the project root").isEmpty();
            assertThat(complete(s, uri, 4, "./docs/")).as("completion inside the project").contains("guide.md");
        }
    }

    @Test
    void aFolderThatCannotBeListedLeavesTheRestOfTheIndex() throws Exception {
        Path project = project();
        Path locked = Files.createDirectories(project.resolve("src/locked"));
        Files.writeString(locked.resolve("hidden.neam"), "fun hiddenThing() {\n    return 1;\n}\n");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        try (ServerProcess s = ServerProcess.start(withoutSuperuserReads(), env -> { })) {
            s.initialize(Lsp.pushClient(), Lsp.json("{\"debounceMs\": 0}"), project);
            assertThat(searchIndexed(s, "visibleThing")).containsExactly("visibleThing");
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void aSparseFileOfThreeGigabytesLeavesTheRestOfTheIndex() throws Exception {
        Path project = project();
        try (RandomAccessFile huge = new RandomAccessFile(project.resolve("src/huge.neam").toFile(), "rw")) {
            huge.setLength(3L * 1024 * 1024 * 1024); // no blocks written: sparse
        }
        try (ServerProcess s = ServerProcess.start()) {
            s.initialize(Lsp.pushClient(), Lsp.json("{\"debounceMs\": 0}"), project);
            assertThat(searchIndexed(s, "visibleThing")).containsExactly("visibleThing");
        }
    }

    /** A 100 MB document in a server with a 1 GB heap: one finding for it, and every request still answered. */
    @Test
    void aDocumentOfAHundredMegabytesIsOneFindingInAGigabyteHeap() throws Exception {
        Path project = project();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = List.of(java, "-Xmx1g", "-jar", RepoPaths.lspJar().toString());
        String small = project.resolve("src/visible.neam").toUri().toString();
        String big = project.resolve("src/big.neam").toUri().toString();
        try (ServerProcess s = ServerProcess.start(command, env -> { })) {
            s.initialize(Lsp.pushClient(), Lsp.json("{\"debounceMs\": 0}"), project);
            s.open(small, 1, Files.readString(project.resolve("src/visible.neam")));
            s.open(big, 1, "let a = 1;\n".repeat(100 * 1024 * 1024 / 11));

            PublishDiagnosticsParams published = s.client.awaitVersion(big, 1);
            assertThat(published.getDiagnostics()).singleElement().satisfies(d -> {
                assertThat(d.getCode().getLeft()).isEqualTo("NEAM0013");
                assertThat(d.getMessage().getLeft()).startsWith("this file is 100.0 MB");
            });
            assertThat(Lsp.get(s.server.getTextDocumentService().documentSymbol(
                    new DocumentSymbolParams(new TextDocumentIdentifier(small))))).hasSize(1);
            assertThat(search(s, "visibleThing")).containsExactly("visibleThing");
            assertThat(s.stderr()).doesNotContain("OutOfMemoryError");
            assertThat(s.client.logs).noneMatch(log -> log.getMessage().contains("OutOfMemoryError"));
        }
    }

    private static List<String> complete(ServerProcess s, String uri, int version, String typed) {
        String text = "agent A {\n    provider: \"ollama\"\n    model: \"llama3.2:3b\"\n    context_from: \"" + typed + "\"\n}\n";
        s.replace(uri, version, text);
        var answer = Lsp.get(s.server.getTextDocumentService().completion(
                new CompletionParams(new TextDocumentIdentifier(uri), new Position(3, 19 + typed.length()))));
        List<CompletionItem> items = answer.isLeft() ? answer.getLeft() : answer.getRight().getItems();
        return items.stream().map(CompletionItem::getLabel).toList();
    }

    private static List<String> search(ServerProcess s, String query) {
        var answer = Lsp.get(s.server.getWorkspaceService().symbol(new WorkspaceSymbolParams(query)));
        return answer.isLeft() ? answer.getLeft().stream().map(symbol -> symbol.getName()).toList()
                : answer.getRight().stream().map(symbol -> symbol.getName()).toList();
    }

    /** Asks until the background index has been built (polling: the client's wait helper holds its message thread's lock). */
    private static List<String> searchIndexed(ServerProcess s, String query) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(RecordingClient.TIMEOUT_MS);
        List<String> found = search(s, query);
        while (found.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(100);
            found = search(s, query);
        }
        return found;
    }

    /** The server without a superuser's right to read any folder, when the tests run as root. */
    private static List<String> withoutSuperuserReads() {
        List<String> command = new ArrayList<>();
        if ("root".equals(System.getProperty("user.name"))) {
            command.addAll(List.of("setpriv", "--bounding-set=-dac_override,-dac_read_search"));
        }
        command.addAll(JarCommand.server());
        return command;
    }
}
