package dev.neam.tests.lsp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.neam.lsp.documents.DocumentUris;
import dev.neam.lsp.features.diagnostics.DiagnosticsEngine;
import dev.neam.parser.diagnostic.Diagnostic;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Work on a version the client has already replaced (an analysis or a parse ahead that an edit
 * overtook) never puts its text back into the workspace: requests on the newest version read the
 * names of the newest text, not of an older one.
 */
class OvertakenAnalysisTest {
    private static final String FIRST = """
            fun greet(name) {
              return f"Hello {name}";
            }
            """;
    private static final String SECOND = """
            fun greeting(name) {
              return f"Hello {name}";
            }
            let x = missing_name;
            """;

    @Test
    void anAnalysisOfAnOlderVersionLeavesTheNewestTextInPlace(@TempDir Path folder) {
        OpenDocument doc = OpenDocument.at(folder, FIRST);
        doc.newest().set(SECOND); // the client's edit arrives
        DiagnosticsEngine.Model model = doc.engine().model(doc.uri(), SECOND).orElseThrow(); // a request on it

        doc.engine().diagnose(doc.uri(), "neam", FIRST); // the analysis of the first version, started before the edit

        assertThat(model.workspace().text(doc.file())).isEqualTo(SECOND);
        assertThat(model.workspace().parse(doc.file())).isSameAs(model.parse());
        List<Diagnostic> newestFindings = doc.engine().diagnose(doc.uri(), "neam", SECOND);
        assertThat(newestFindings).extracting(Diagnostic::message).anyMatch(m -> m.contains("missing_name"));
        assertThat(model.workspace().parse(doc.file())).isSameAs(model.parse());
    }

    @Test
    void theAnalysisOfTheNewestVersionReplacesAnOlderText(@TempDir Path folder) {
        OpenDocument doc = OpenDocument.at(folder, FIRST);
        doc.newest().set(SECOND);

        List<Diagnostic> findings = doc.engine().diagnose(doc.uri(), "neam", SECOND);

        DiagnosticsEngine.Model model = doc.engine().model(doc.uri(), SECOND).orElseThrow();
        assertThat(model.workspace().text(doc.file())).isEqualTo(SECOND);
        assertThat(findings).extracting(Diagnostic::message).anyMatch(m -> m.contains("missing_name"));
    }

    /** One open document of an engine, whose newest text {@code newest} holds, put in the workspace at {@code text}. */
    private record OpenDocument(Path file, String uri, AtomicReference<String> newest, DiagnosticsEngine engine) {
        static OpenDocument at(Path folder, String text) {
            Path file = folder.resolve("greet.neam").toAbsolutePath().normalize();
            String uri = DocumentUris.fromPath(file);
            AtomicReference<String> newest = new AtomicReference<>(text);
            DiagnosticsEngine engine = new DiagnosticsEngine(u -> u.equals(uri) ? Optional.of(newest.get()) : Optional.empty());
            engine.model(uri, text).orElseThrow();
            return new OpenDocument(file, uri, newest, engine);
        }
    }
}
