package dev.neam.tests.actions;

import static org.assertj.core.api.Assertions.assertThat;

import dev.neam.parser.diagnostic.Diagnostic;
import dev.neam.parser.diagnostic.DiagnosticCode;
import dev.neam.parser.fix.Fix;
import dev.neam.parser.fix.FixCatalogue;
import dev.neam.parser.fix.OrganizeImports;
import dev.neam.parser.fix.QuickFixes;
import dev.neam.parser.fix.SortProperties;
import dev.neam.parser.fix.TextEdits;
import dev.neam.parser.language.Vocabulary;
import dev.neam.parser.semantic.AnalysisOptions;
import dev.neam.parser.syntax.ParseResult;
import dev.neam.parser.text.Position;
import dev.neam.parser.text.SourceText;
import dev.neam.parser.workspace.Workspace;
import dev.neam.tests.fixture.Fixture;
import dev.neam.tests.fixture.FixtureFile;
import dev.neam.tests.fixture.FixtureParser;
import dev.neam.tests.support.Fixtures;
import dev.neam.tests.support.RepoPaths;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * Quick fixes on every finding of the semantic, core and syntax-error fixtures: computing them never
 * throws, their edits apply, the fix data a check attaches names a family the catalogue lists for
 * its code, and applying the preferred fix or a suppression really makes that finding go away.
 * Also every prefix of a fixture and of a sample file, with the source actions.
 */
@Execution(ExecutionMode.CONCURRENT) // each fixture in its own project folder
class QuickFixCrashTest {
    @TempDir
    Path temp;

    @TestFactory
    Stream<DynamicTest> everyFindingOfEveryFixture() {
        Path fixtures = RepoPaths.fixturesRoot();
        List<Path> files = new ArrayList<>();
        for (String folder : List.of("semantic", "core", "syntax/errors", "cursor/actions")) {
            files.addAll(Fixtures.list(fixtures.resolve(folder), ".neam"));
        }
        return files.stream().map(f -> DynamicTest.dynamicTest(Fixtures.relativeName(fixtures, f), f.toUri(),
                () -> checkFixture(f)));
    }

    private void checkFixture(Path source) throws Exception {
        Fixture fixture = FixtureParser.parse(source.getFileName().toString(),
                Fixtures.read(source).replaceAll("\\$[0-9]", ""));
        Path project = Files.createTempDirectory(temp, "project");
        List<Path> neam = new ArrayList<>();
        for (FixtureFile file : fixture.files()) {
            Path path = project.resolve(fixture.multiFile() ? file.path() : "src/" + file.path());
            Files.createDirectories(path.getParent());
            Files.writeString(path, file.text());
            if (file.path().endsWith(".neam")) {
                neam.add(path);
            }
        }
        Workspace workspace = workspace(project, neam);
        for (Path file : neam) {
            ParseResult parse = workspace.parse(file);
            for (Diagnostic d : workspace.diagnostics(file)) {
                List<Fix> fixes = QuickFixes.ofStrict(Actions.context(workspace, file, d));
                String fix = d.data().get("fix");
                if (fix != null && QuickFixes.families().contains(fix)) {
                    assertThat(FixCatalogue.families(d.code())).as("%s carries fix '%s' (%s)", d.code(), fix, source)
                            .contains(fix);
                }
                assertThat(fixes.stream().filter(Fix::preferred).count()).as("at most one preferred fix").isLessThanOrEqualTo(1);
                for (Fix f : fixes) {
                    String after = TextEdits.apply(parse.text().text(), f.edits());
                    if (f.preferred() || f.id().startsWith("suppress")) {
                        assertThat(count(project, neam, file, after, d.code()))
                                .as("'%s' for %s at %s in %s removes the finding", f.title(), d.code().id(), d.range(), source)
                                .isLessThan(count(workspace, file, d.code()));
                    }
                }
            }
            OrganizeImports.of(parse.text(), parse.tree()).ifPresent(f -> TextEdits.apply(parse.text().text(), f.edits()));
        }
    }

    @Test
    void everyPrefixOfAFixtureAndASample() {
        List<Path> files = List.of(RepoPaths.fixturesRoot().resolve("semantic/keys/unknown_keys.neam"),
                RepoPaths.fixturesRoot().resolve("cursor/actions/organize_imports.neam"),
                RepoPaths.repoRoot().resolve("samples/src/main.neam"));
        for (Path source : files) {
            String text = Fixtures.read(source).replaceAll("\\$[0-9]", "");
            Path file = temp.resolve("prefix").resolve(source.getFileName()).toAbsolutePath().normalize();
            Workspace workspace = new Workspace(AnalysisOptions.DEFAULT);
            for (int end = 0; end <= text.length(); end++) {
                String prefix = text.substring(0, end);
                workspace.update(file, file.toString(), prefix);
                ParseResult parse = workspace.parse(file);
                for (Diagnostic d : workspace.diagnostics(file)) {
                    for (Fix f : QuickFixes.ofStrict(Actions.context(workspace, file, d))) {
                        TextEdits.apply(prefix, f.edits());
                    }
                }
                SourceText st = parse.text();
                OrganizeImports.of(st, parse.tree());
                Position last = st.positionAt(st.length());
                SortProperties.at(st, parse.tree(), last, Vocabulary.load());
                SortProperties.at(st, parse.tree(), new Position(Math.max(0, last.line() - 1), 0), Vocabulary.load());
            }
        }
    }

    @Test
    void everyCodeDecidesWhetherItHasAFix() {
        for (DiagnosticCode code : DiagnosticCode.values()) {
            assertThat(FixCatalogue.lists(code)).as("%s must be listed in FixCatalogue (with its fixes or none)", code)
                    .isTrue();
            assertThat(QuickFixes.families()).as("fix families of %s", code).containsAll(FixCatalogue.families(code));
        }
        assertThat(FixCatalogue.suppressible(DiagnosticCode.UNUSED_LOCAL)).isTrue();
        assertThat(FixCatalogue.suppressible(DiagnosticCode.TOML_UNKNOWN_KEY)).as("neam.toml has no suppression comments")
                .isFalse();
    }

    private static Workspace workspace(Path project, List<Path> files) throws Exception {
        Workspace workspace = new Workspace(AnalysisOptions.DEFAULT);
        for (Path f : files) {
            workspace.update(f, f.toString(), Files.readString(f));
        }
        return workspace;
    }

    private static long count(Workspace workspace, Path file, DiagnosticCode code) {
        return workspace.diagnostics(file).stream().filter(d -> d.code() == code).count();
    }

    /** Findings of {@code code} in {@code file} once its text is {@code text} (other files unchanged). */
    private static long count(Path project, List<Path> files, Path file, String text, DiagnosticCode code) throws Exception {
        Workspace workspace = workspace(project, files);
        workspace.update(file, file.toString(), text);
        return count(workspace, file, code);
    }
}
