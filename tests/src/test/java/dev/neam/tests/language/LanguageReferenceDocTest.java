package dev.neam.tests.language;

import dev.neam.parser.language.LanguageReferenceGenerator;
import dev.neam.parser.language.Vocabulary;
import dev.neam.tests.support.RepoPaths;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/** docs/language-reference.md is exactly what the generator makes of the vocabulary data. */
class LanguageReferenceDocTest {
    static final String REGENERATE = "./mvnw -B -o test -pl tests -am -Dtest=LanguageReferenceDocTest "
            + "-Dsurefire.failIfNoSpecifiedTests=false -DupdateGoldens=true";

    @Test
    void committedReferenceMatchesTheData() throws IOException {
        Path doc = RepoPaths.repoRoot().resolve("docs/language-reference.md");
        String generated = new LanguageReferenceGenerator(Vocabulary.load()).generate();
        if (RepoPaths.updateGoldens()) {
            Files.createDirectories(doc.getParent());
            Files.writeString(doc, generated, StandardCharsets.UTF_8);
            return;
        }
        if (!Files.exists(doc)) {
            throw new AssertionError("docs/language-reference.md is missing; generate it with " + REGENERATE);
        }
        String committed = Files.readString(doc).replace("\r\n", "\n");
        if (!committed.equals(generated)) {
            throw new AssertionFailedError("docs/language-reference.md differs from the vocabulary data; regenerate it with "
                    + REGENERATE + " and commit it", committed, generated);
        }
    }
}
