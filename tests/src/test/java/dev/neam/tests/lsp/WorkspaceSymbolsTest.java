package dev.neam.tests.lsp;

import static dev.neam.tests.lsp.NavigationProject.uri;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.eclipse.lsp4j.SymbolInformation;
import org.eclipse.lsp4j.SymbolKind;
import org.eclipse.lsp4j.WorkspaceSymbolParams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** workspace/symbol over stdio: top-level declarations of every indexed file, fuzzy-matched, best first. */
class WorkspaceSymbolsTest {
    @TempDir
    Path dir;

    private static List<SymbolInformation> search(ServerProcess s, String query) {
        var answer = Lsp.get(s.server.getWorkspaceService().symbol(new WorkspaceSymbolParams(query)));
        if (answer.isLeft()) {
            return List.copyOf(answer.getLeft());
        }
        // both shapes have a name, kind and location: LSP4J's client may read the server's list as either
        return answer.getRight().stream().map(w -> new SymbolInformation(w.getName(), w.getKind(),
                w.getLocation().getLeft(), w.getContainerName())).toList();
    }

    /**
     * Asks until the background index, which brings in the files that are not open, has been
     * built (polling here: the client's own wait helper holds the lock its message thread needs).
     */
    private static List<SymbolInformation> searchIndexed(ServerProcess s, String query, int expected) {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.MILLISECONDS.toNanos(RecordingClient.TIMEOUT_MS);
        List<SymbolInformation> found = search(s, query);
        while (found.size() != expected && System.nanoTime() < deadline) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
            found = search(s, query);
        }
        assertThat(found).as("symbols for '%s' once the workspace is indexed", query).hasSize(expected);
        return found;
    }

    @Test
    void everyTopLevelDeclarationOfTheWorkspaceWithItsKind() {
        NavigationProject p = new NavigationProject(dir);
        try (ServerProcess s = p.start(Lsp.pushClient())) {
            List<SymbolInformation> all = searchIndexed(s, "", 5);
            assertThat(all).extracting(SymbolInformation::getName, SymbolInformation::getContainerName,
                    SymbolInformation::getKind).containsExactlyInAnyOrder(
                    org.assertj.core.groups.Tuple.tuple("web_search", "skill", SymbolKind.Function),
                    org.assertj.core.groups.Tuple.tuple("normalise", "function", SymbolKind.Function),
                    org.assertj.core.groups.Tuple.tuple("Researcher", "agent", SymbolKind.Class),
                    org.assertj.core.groups.Tuple.tuple("ask", "function", SymbolKind.Function),
                    org.assertj.core.groups.Tuple.tuple("tidy", "function", SymbolKind.Function));
            SymbolInformation normalise = all.stream().filter(i -> i.getName().equals("normalise")).findFirst()
                    .orElseThrow();
            assertThat(normalise.getLocation().getUri()).isEqualTo(uri(p.search));
            assertThat(normalise.getLocation().getRange().getStart().getLine()).isEqualTo(7);
        }
    }

    @Test
    void fuzzyQueriesRankPrefixesAndWordStartsFirst() {
        NavigationProject p = new NavigationProject(dir);
        try (ServerProcess s = p.start(Lsp.pushClient())) {
            searchIndexed(s, "", 5);
            assertThat(search(s, "ws")).extracting(SymbolInformation::getName).containsExactly("web_search");
            assertThat(search(s, "nrm")).extracting(SymbolInformation::getName).containsExactly("normalise");
            assertThat(search(s, "a")).extracting(SymbolInformation::getName).first().isEqualTo("ask");
            assertThat(search(s, "se")).extracting(SymbolInformation::getName)
                    .containsExactly("web_search", "normalise", "Researcher");
            assertThat(search(s, "xyz")).isEmpty();
        }
    }

    @Test
    void anOpenDocumentsNewestTextCounts() {
        NavigationProject p = new NavigationProject(dir);
        try (ServerProcess s = p.start(Lsp.pushClient())) {
            searchIndexed(s, "", 5);
            s.server.getTextDocumentService().didChange(new org.eclipse.lsp4j.DidChangeTextDocumentParams(
                    new org.eclipse.lsp4j.VersionedTextDocumentIdentifier(uri(p.main), 4),
                    List.of(Lsp.edit(8, 4, 8, 7, "inquire"))));
            assertThat(search(s, "inq")).extracting(SymbolInformation::getName).containsExactly("inquire");
            assertThat(search(s, "ask")).isEmpty();
        }
    }
}
