package dev.neam.tests.project;

import static org.assertj.core.api.Assertions.assertThat;

import dev.neam.parser.diagnostic.Diagnostic;
import dev.neam.parser.fix.Fix;
import dev.neam.parser.fix.FixCatalogue;
import dev.neam.parser.fix.FixContext;
import dev.neam.parser.fix.QuickFixes;
import dev.neam.parser.fix.TextEdits;
import dev.neam.parser.text.SourceText;
import dev.neam.parser.workspace.FileDiagnostics;
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

/**
 * The quick fixes of deploy findings (did-you-mean names, the deprecated 'bases'): the family a
 * finding names is one FixCatalogue lists for its code, and applying the preferred fix to the
 * file makes that finding go away when the project is analysed again.
 */
class DeployFixtureQuickFixTest {

    @TestFactory
    Stream<DynamicTest> preferredFixesOfDeployFindingsRemoveThem() {
        Path root = RepoPaths.fixturesRoot().resolve("deploy");
        return Fixtures.list(root, ".project").stream().map(file -> DynamicTest.dynamicTest(Fixtures.relativeName(root, file),
                () -> check("deploy/" + Fixtures.relativeName(root, file), file)));
    }

    private static void check(String name, Path path) {
        Fixture fixture = FixtureParser.parse(name, Fixtures.read(path));
        Map<String, FileDiagnostics> results = ProjectFixtures.analyze(fixture, ProjectFixtures.profile(name));
        for (FixtureFile file : fixture.files()) {
            FileDiagnostics produced = results.get(file.path());
            for (Diagnostic d : produced == null ? List.<Diagnostic>of() : produced.diagnostics()) {
                String family = d.data().get("fix");
                if (family == null || !d.code().id().startsWith("DEPLOY") || !QuickFixes.families().contains(family)) {
                    continue; // no fix, or a family the library does not offer (yet)
                }
                assertThat(FixCatalogue.families(d.code())).as("%s in %s carries fix '%s'", d.code(), name, family).contains(family);
                List<Fix> preferred = QuickFixes.ofStrict(FixContext.of(d, new SourceText(file.text()), null)).stream()
                        .filter(Fix::preferred).toList();
                assertThat(preferred).as("a preferred fix for %s '%s' in %s", d.code(), d.message(), name).hasSize(1);
                String fixed = TextEdits.apply(file.text(), preferred.get(0).edits());
                List<FixtureFile> files = new ArrayList<>();
                for (FixtureFile f : fixture.files()) {
                    files.add(f == file ? new FixtureFile(f.path(), fixed, f.firstLine(), List.of()) : f);
                }
                FileDiagnostics after = ProjectFixtures.analyze(new Fixture(name, files, true), ProjectFixtures.profile(name)).get(file.path());
                assertThat(after.diagnostics()).as("'%s' removes %s '%s' in %s", preferred.get(0).title(), d.code(), d.message(), name)
                        .noneMatch(a -> a.code() == d.code() && a.range().start().equals(d.range().start()) && a.message().equals(d.message()));
            }
        }
    }
}
