package dev.neam.tests.semantic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertAll;

import dev.neam.parser.diagnostic.Category;
import dev.neam.parser.diagnostic.Diagnostic;
import dev.neam.parser.workspace.Analyzer;
import dev.neam.parser.workspace.Document;
import dev.neam.parser.workspace.FileDiagnostics;
import dev.neam.tests.fixture.DiagnosticComparison;
import dev.neam.tests.fixture.Fixture;
import dev.neam.tests.fixture.FixtureFile;
import dev.neam.tests.fixture.FixtureParser;
import dev.neam.tests.support.Fixtures;
import dev.neam.tests.support.RepoPaths;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.function.Executable;

/**
 * One test per {@code fixtures/semantic/**}{@code /*.neam}: every {@code .neam} file of the fixture
 * (one, or each {@code //- path} section) goes through the one analysis path, and its semantic
 * diagnostics must equal the annotations of that file. Semantic fixtures must parse without syntax
 * diagnostics, so that each one shows exactly the checks it is about. Options come from directive
 * comments ({@link FixtureSettings}).
 */
class SemanticFixtureTest {

    @TestFactory
    Stream<DynamicTest> semanticFixtures() {
        Path root = RepoPaths.fixturesRoot().resolve("semantic");
        List<Path> files = Fixtures.list(root, ".neam");
        assertThat(files).as("semantic fixtures under %s", root).isNotEmpty();
        return files.stream().map(file -> DynamicTest.dynamicTest(Fixtures.relativeName(root, file), file.toUri(),
                () -> check("semantic/" + Fixtures.relativeName(root, file), Fixtures.read(file))));
    }

    static void check(String name, String text) {
        Fixture fixture = FixtureParser.parse(name, text);
        List<FixtureFile> neamFiles = fixture.files().stream().filter(f -> f.path().endsWith(".neam")).toList();
        List<Document> documents = neamFiles.stream().map(f -> new Document(f.path(), f.text())).toList();
        List<FileDiagnostics> results = new Analyzer(FixtureSettings.of(text)).analyze(documents);

        List<Executable> checks = new ArrayList<>();
        for (int i = 0; i < neamFiles.size(); i++) {
            FixtureFile file = neamFiles.get(i);
            List<Diagnostic> all = results.get(i).diagnostics();
            List<Diagnostic> syntax = all.stream().filter(d -> d.category() == Category.SYNTAX).toList();
            List<Diagnostic> semantic = all.stream().filter(d -> d.category() != Category.SYNTAX).toList();
            checks.add(() -> assertThat(syntax).as("%s [%s]: semantic fixtures must parse cleanly", name, file.path())
                    .isEmpty());
            checks.add(() -> DiagnosticComparison.compare(file.expectations(), semantic).assertMatches(name, file));
        }
        assertAll(name, checks.stream());
    }
}
