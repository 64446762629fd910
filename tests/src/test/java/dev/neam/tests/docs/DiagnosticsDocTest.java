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
 * {@code docs/diagnostics.md} is generated from the catalogue and the fixtures; this test fails when
 * the committed file is stale, and rewrites it with {@code -DupdateDocs=true}.
 */
class DiagnosticsDocTest {

    static final String REGENERATE = "./mvnw -B verify -pl tests -am -Dtest=DiagnosticsDocTest "
            + "-Dsurefire.failIfNoSpecifiedTests=false -DupdateDocs=true (or -DupdateDocs=true on any full build)";

    @Test
    void theCommittedCatalogueIsUpToDate() throws IOException {
        String generated = DiagnosticsDoc.render(RepoPaths.fixturesRoot());
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
            throw new AssertionFailedError("docs/diagnostics.md is stale (the catalogue or the fixtures changed); "
                    + "regenerate it with " + REGENERATE + ", review the diff and commit it", committed, generated);
        }
    }

    @Test
    void everyCodeHasASectionWithItsHelpAndExamplesComeFromFixtures() {
        String doc = DiagnosticsDoc.render(RepoPaths.fixturesRoot());
        for (DiagnosticCode code : DiagnosticCode.values()) {
            assertThat(doc).contains("\n## " + code.id() + "\n").contains("How to fix: " + code.help());
        }
        assertThat(doc).contains("""
                Example (`core/call_arity.neam`):

                ```neam
                emit scale(1, 2, 3);
                     ^^^^^ error NEAM3003: 'scale' takes 1 to 2 arguments but is called with 3
                ```
                """);
        assertThat(doc).contains("Example (`core/imports.neam`, file `src/main.neam`):");
    }
}
