package dev.neam.tests.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertAll;

import dev.neam.parser.diagnostic.Diagnostic;
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
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.function.Executable;

/**
 * One test per fixture under {@code fixtures/manifest/} and {@code fixtures/deploy/}: a {@code .toml}
 * fixture is a project's neam.toml; a {@code .project} fixture holds several files behind
 * {@code //- path} headers. For every file the diagnostics must equal its annotations (a file
 * without annotations must have none), and a fixture under a {@code valid/} folder must have none
 * at all. A folder named {@code profile-X} selects the manifest profile X.
 */
class ProjectFixtureTest {

    @TestFactory
    Stream<DynamicTest> manifestFixtures() {
        return fixtures("manifest");
    }

    @TestFactory
    Stream<DynamicTest> deployFixtures() {
        return fixtures("deploy");
    }

    private static Stream<DynamicTest> fixtures(String folder) {
        Path root = RepoPaths.fixturesRoot().resolve(folder);
        List<Path> files = new ArrayList<>(Fixtures.list(root, ".toml"));
        files.addAll(Fixtures.list(root, ".project"));
        assertThat(files).as("fixtures under %s", root).isNotEmpty();
        return files.stream().map(file -> DynamicTest.dynamicTest(Fixtures.relativeName(root, file), file.toUri(),
                () -> check(folder + "/" + Fixtures.relativeName(root, file), file)));
    }

    static void check(String name, Path file) {
        Fixture fixture = FixtureParser.parse(name, Fixtures.read(file));
        Map<String, FileDiagnostics> results = ProjectFixtures.analyze(fixture, ProjectFixtures.profile(name));
        List<Executable> checks = new ArrayList<>();
        List<FixtureFile> files = fixture.multiFile() ? fixture.files() : List.of(fixture.single());
        for (FixtureFile f : files) {
            String path = fixture.multiFile() ? f.path() : "neam.toml";
            FileDiagnostics produced = results.get(path);
            List<Diagnostic> diagnostics = produced == null ? List.of() : produced.diagnostics();
            checks.add(() -> DiagnosticComparison.compare(f.expectations(), diagnostics).assertMatches(name, f));
        }
        if (name.contains("/valid/")) {
            checks.add(() -> assertThat(results.values().stream().flatMap(r -> r.diagnostics().stream()).toList())
                    .as("%s is a valid fixture", name).isEmpty());
        }
        assertAll(name, checks.stream());
    }
}
