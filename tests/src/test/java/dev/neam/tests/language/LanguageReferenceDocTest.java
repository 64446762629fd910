package dev.neam.tests.language;

import dev.neam.parser.language.LanguageReferenceGenerator;
import dev.neam.parser.language.Vocabulary;
import dev.neam.tests.support.Goldens;
import dev.neam.tests.support.RepoPaths;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docs/language-reference.md is exactly what the generator makes of the vocabulary data. */
class LanguageReferenceDocTest {
    static final String REGENERATE = "./mvnw -B -o test -pl tests -am -Dtest=LanguageReferenceDocTest "
            + "-Dsurefire.failIfNoSpecifiedTests=false -DupdateGoldens=true";

    @Test
    void committedReferenceMatchesTheData() {
        Path doc = RepoPaths.repoRoot().resolve("docs/language-reference.md");
        String generated = new LanguageReferenceGenerator(Vocabulary.load()).generate();
        Goldens.check(doc, generated, "it must match the vocabulary data; regenerate it with " + REGENERATE
                + " and commit it");
    }
}
