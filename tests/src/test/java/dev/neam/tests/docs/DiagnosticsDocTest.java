package dev.neam.tests.docs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.neam.parser.diagnostic.DiagnosticCode;
import dev.neam.tests.support.RepoPaths;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/**
 * {@code docs/diagnostics.md} is generated from the catalogue and the examples (run through the real
 * jar); this test fails when the committed file is stale, and rewrites it with {@code -DupdateDocs=true}.
 */
class DiagnosticsDocTest {

    static final String REGENERATE = "./mvnw -B verify -pl tests -am -Dtest=DiagnosticsDocTest "
            + "-Dsurefire.failIfNoSpecifiedTests=false -DupdateDocs=true (or -DupdateDocs=true on any full build)";

    @Test
    void theCommittedCatalogueIsUpToDate() throws IOException {
        String generated = DiagnosticsDoc.render(DiagnosticExample.all(), ExampleRuns.all());
        Path doc = RepoPaths.docs().resolve("diagnostics.md");
        if (RepoPaths.updateDocs()) {
            Files.createDirectories(doc.getParent());
            if (!Files.exists(doc) || !Files.readString(doc).equals(generated)) {
                Files.writeString(doc, generated, StandardCharsets.UTF_8);
                System.out.println("[docs] wrote " + doc);
            }
            return;
        }
        if (!Files.exists(doc)) {
            throw new AssertionError("docs/diagnostics.md is missing; generate it with " + REGENERATE + " and commit it");
        }
        String committed = Files.readString(doc).replace("\r\n", "\n");
        if (!committed.equals(generated)) {
            throw new AssertionFailedError("docs/diagnostics.md is stale (the catalogue or the examples changed); "
                    + "regenerate it with " + REGENERATE + ", review the diff and commit it", committed, generated);
        }
    }

    @Test
    void everyCodeHasASectionWithItsExampleHelpAndSuppression() {
        String doc = DiagnosticsDoc.render(DiagnosticExample.all(), ExampleRuns.all());
        for (DiagnosticCode code : DiagnosticCode.values()) {
            assertThat(doc).contains("\n## " + code.id() + "\n").contains("How to fix: " + code.help());
        }
        assertThat(doc).contains("""
                ## NEAM3003

                **Call arity** · semantic · error by default

                A call with more or fewer arguments than the function takes.

                Example:

                `main.neam`:

                ```neam
                fun scale(x) {
                    return x * 2;
                }

                emit scale(1, 2);
                ```

                `neam-lsp lint .` reports:

                ```text
                main.neam:5:6: error NEAM3003 'scale' takes 1 argument but is called with 2
                ```

                Fixed:
                """);
        assertThat(doc).contains("Silence one occurrence: `// neam-disable-next-line NEAM3003` on the line above it.\n");
        assertThat(doc).contains("Silence one occurrence: `# neam-disable-next-line TOML1001` on the line above it, on a line of its own.\n");
        assertThat(doc).contains("Silence one occurrence: `# neam-disable-next-line DEPLOY7001` on the line above it, on a line of its own.\n");
        assertThat(doc).as("no references to documents users do not have").doesNotContainPattern("R-[A-Z]+[0-9]")
                .doesNotContainPattern("\\(S[0-9]+\\)").doesNotContain("section 2.").doesNotContain("Phase 20");
    }
}
