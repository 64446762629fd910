package dev.neam.tests.semantic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.neam.parser.diagnostic.Diagnostic;
import dev.neam.parser.semantic.AnalysisOptions;
import dev.neam.parser.semantic.Builtins;
import dev.neam.parser.workspace.Workspace;
import dev.neam.tests.fixture.DiagnosticComparison;
import dev.neam.tests.fixture.Fixture;
import dev.neam.tests.fixture.FixtureFile;
import dev.neam.tests.fixture.FixtureParser;
import dev.neam.tests.support.Fixtures;
import dev.neam.tests.support.RepoPaths;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * One test per {@code fixtures/core/*.neam}: the whole analysis of each of its files (syntax and
 * semantic checks, through the {@link Workspace}) must produce exactly the annotated diagnostics.
 * See {@code fixtures/core/README.md}.
 */
class CoreFixtureTest {
    @TempDir
    Path tmp;

    static Path root() {
        return RepoPaths.fixturesRoot().resolve("core");
    }

    @TestFactory
    Stream<DynamicTest> coreFixtures() {
        List<Path> files = Fixtures.list(root(), ".neam");
        assertThat(files).as("core fixtures under %s", root()).isNotEmpty();
        return files.stream().map(file -> DynamicTest.dynamicTest(Fixtures.relativeName(root(), file), file.toUri(),
                () -> check(file)));
    }

    void check(Path fixtureFile) throws IOException {
        String name = "core/" + Fixtures.relativeName(root(), fixtureFile);
        Fixture fixture = FixtureParser.parse(name, Fixtures.read(fixtureFile));
        Path project = Files.createTempDirectory(tmp, "project");
        for (FixtureFile file : fixture.files()) {
            Path path = project.resolve(file.path());
            Files.createDirectories(path.getParent());
            Files.writeString(path, file.text());
        }
        Workspace workspace = new Workspace(AnalysisOptions.DEFAULT, Builtins.standard(), f -> project);
        for (FixtureFile file : fixture.files()) {
            if (file.path().endsWith(".neam")) {
                workspace.update(project.resolve(file.path()), file.path(), file.text());
            }
        }
        for (FixtureFile file : fixture.files()) {
            if (!file.path().endsWith(".neam")) {
                assertThat(file.expectations()).as("%s: only .neam files are analysed here", file.path()).isEmpty();
                continue;
            }
            List<Diagnostic> produced = workspace.diagnostics(project.resolve(file.path()));
            DiagnosticComparison.compare(file.expectations(), produced).assertMatches(name, file);
        }
    }
}
