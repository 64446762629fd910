package dev.neam.tests.lsp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.lsp4j.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** neam.toml opened in the editor is checked as a manifest (with the unsaved text), never parsed as Neam. */
class ProjectFileDiagnosticsTest {
    @TempDir
    Path dir;

    @Test
    void anOpenManifestGetsManifestDiagnosticsForItsUnsavedText() throws IOException {
        Path manifest = dir.resolve("neam.toml");
        Files.writeString(manifest, "[package]\nname = \"desk\"\nversion = \"1.0.0\"\n");
        String uri = manifest.toUri().toString();
        try (ServerProcess s = ServerProcess.start()) {
            s.initialize(Lsp.pushClient());
            s.open(uri, 1, "[package]\nname = \"desk\"\nversion = \"one\"\n");
            var published = s.client.awaitVersion(uri, 1);
            assertThat(published.getDiagnostics()).extracting(d -> d.getCode().getLeft()).containsExactly("TOML2002");
            Diagnostic version = published.getDiagnostics().get(0);
            assertThat(version.getRange().getStart().getLine()).isEqualTo(2);
            assertThat(published.getDiagnostics()).noneMatch(d -> d.getCode().getLeft().startsWith("NEAM"));
        }
    }
}
