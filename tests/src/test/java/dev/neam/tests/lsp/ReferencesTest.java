package dev.neam.tests.lsp;

import static dev.neam.tests.lsp.NavigationProject.at;
import static dev.neam.tests.lsp.NavigationProject.uri;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.eclipse.lsp4j.DocumentHighlight;
import org.eclipse.lsp4j.DocumentHighlightKind;
import org.eclipse.lsp4j.DocumentHighlightParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.ReferenceContext;
import org.eclipse.lsp4j.ReferenceParams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** References and document highlights over stdio, across the files of a project (open or not). */
class ReferencesTest {
    @TempDir
    Path dir;

    @Test
    void referencesAcrossFilesWithAndWithoutTheDeclaration() {
        NavigationProject p = new NavigationProject(dir);
        try (ServerProcess s = p.start(Lsp.pushClient())) {
            List<Location> all = List.copyOf(Lsp.get(s.server.getTextDocumentService().references(
                    new ReferenceParams(p.mainDocument(), at(9, 18), new ReferenceContext(true)))));
            assertThat(all).containsExactly(
                    new Location(uri(p.main), Lsp.range(0, 33, 0, 42)),
                    new Location(uri(p.main), Lsp.range(9, 16, 9, 25)),
                    new Location(uri(p.other), Lsp.range(0, 21, 0, 30)),
                    new Location(uri(p.other), Lsp.range(2, 24, 2, 33)),
                    new Location(uri(p.search), Lsp.range(4, 23, 4, 32)),
                    new Location(uri(p.search), Lsp.range(7, 8, 7, 17)));

            List<Location> uses = List.copyOf(Lsp.get(s.server.getTextDocumentService().references(
                    new ReferenceParams(p.mainDocument(), at(9, 18), new ReferenceContext(false)))));
            assertThat(uses).hasSize(5).doesNotContain(new Location(uri(p.search), Lsp.range(7, 8, 7, 17)));
        }
    }

    @Test
    void referencesOfALocalStayInItsFunctionAndNothingAnswersEmpty() {
        NavigationProject p = new NavigationProject(dir);
        try (ServerProcess s = p.start(Lsp.pushClient())) {
            List<? extends Location> local = Lsp.get(s.server.getTextDocumentService().references(
                    new ReferenceParams(p.mainDocument(), at(12, 26), new ReferenceContext(true))));
            assertThat(local).extracting(Location::getRange).containsExactly(
                    Lsp.range(9, 6, 9, 13), Lsp.range(10, 2, 10, 9), Lsp.range(10, 12, 10, 19),
                    Lsp.range(11, 8, 11, 15), Lsp.range(12, 24, 12, 31));
            assertThat(Lsp.get(s.server.getTextDocumentService().references(
                    new ReferenceParams(p.mainDocument(), at(7, 0), new ReferenceContext(true))))).isEmpty();
            // a built-in has no declaration in the project: no references are made up for it
            assertThat(Lsp.get(s.server.getTextDocumentService().references(
                    new ReferenceParams(p.mainDocument(), at(11, 3), new ReferenceContext(true))))).isEmpty();
        }
    }

    @Test
    void highlightsTellWritesFromReads() {
        NavigationProject p = new NavigationProject(dir);
        try (ServerProcess s = p.start(Lsp.pushClient())) {
            List<DocumentHighlight> highlights = List.copyOf(Lsp.get(s.server.getTextDocumentService()
                    .documentHighlight(new DocumentHighlightParams(p.mainDocument(), at(11, 10)))));
            assertThat(highlights).containsExactly(
                    new DocumentHighlight(Lsp.range(9, 6, 9, 13), DocumentHighlightKind.Write),
                    new DocumentHighlight(Lsp.range(10, 2, 10, 9), DocumentHighlightKind.Write),
                    new DocumentHighlight(Lsp.range(10, 12, 10, 19), DocumentHighlightKind.Read),
                    new DocumentHighlight(Lsp.range(11, 8, 11, 15), DocumentHighlightKind.Read),
                    new DocumentHighlight(Lsp.range(12, 24, 12, 31), DocumentHighlightKind.Read));
            // a symbol used in other files is highlighted in this one only
            assertThat(List.<DocumentHighlight>copyOf(Lsp.get(s.server.getTextDocumentService().documentHighlight(
                    new DocumentHighlightParams(p.mainDocument(), at(5, 14)))))).containsExactly(
                    new DocumentHighlight(Lsp.range(0, 21, 0, 31), DocumentHighlightKind.Read),
                    new DocumentHighlight(Lsp.range(5, 11, 5, 21), DocumentHighlightKind.Read));
        }
    }
}
