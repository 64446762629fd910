package dev.neam.tests.syntax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertAll;

import dev.neam.parser.ast.AstPrinter;
import dev.neam.parser.diagnostic.Diagnostic;
import dev.neam.parser.syntax.NeamSyntax;
import dev.neam.parser.syntax.ParseResult;
import dev.neam.tests.fixture.DiagnosticComparison;
import dev.neam.tests.fixture.Fixture;
import dev.neam.tests.fixture.FixtureFile;
import dev.neam.tests.fixture.FixtureParser;
import dev.neam.tests.support.Fixtures;
import dev.neam.tests.support.RepoPaths;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.function.Executable;
import org.opentest4j.AssertionFailedError;

/**
 * One test per {@code fixtures/syntax/**}{@code /*.neam}: the syntax diagnostics must equal the
 * annotated ones, files under {@code valid/} must have none, and the printed tree must equal the
 * sibling {@code .tree} golden. With {@code -DupdateGoldens=true} goldens are (re)written in the
 * source tree instead of compared.
 */
class SyntaxFixtureTest {

    static final String UPDATE_HINT = "./mvnw -B verify -DupdateGoldens=true (or: ./mvnw -B verify -pl tests -am -DupdateGoldens=true)";

    @TestFactory
    Stream<DynamicTest> syntaxFixtures() {
        Path root = syntaxRoot();
        List<Path> files = Fixtures.list(root, ".neam");
        assertThat(files).as("syntax fixtures under %s", root).isNotEmpty();
        boolean update = RepoPaths.updateGoldens();
        return files.stream().map(file -> DynamicTest.dynamicTest(
                Fixtures.relativeName(root, file), file.toUri(), () -> check(root, file, update)));
    }

    /** A .tree without its .neam is a stale golden (a fixture renamed or deleted). */
    @Test
    void everyGoldenTreeHasItsFixture() {
        Path root = syntaxRoot();
        List<String> orphans = Fixtures.list(root, ".tree").stream()
                .filter(tree -> !Files.exists(tree.resolveSibling(baseName(tree) + ".neam")))
                .map(tree -> Fixtures.relativeName(root, tree))
                .toList();
        assertThat(orphans).as("golden trees without a fixture (delete them)").isEmpty();
    }

    static Path syntaxRoot() {
        return RepoPaths.fixturesRoot().resolve("syntax");
    }

    /** Checks one syntax fixture; all failures of the fixture are reported together. */
    static void check(Path syntaxRoot, Path file, boolean updateGoldens) {
        String relative = Fixtures.relativeName(syntaxRoot, file);
        String name = "syntax/" + relative;
        String text = Fixtures.read(file);
        ParseResult result = NeamSyntax.parse(text);
        List<Diagnostic> produced = result.diagnostics();

        List<Executable> checks = new ArrayList<>();
        checks.add(() -> {
            Fixture fixture = FixtureParser.parse(name, text);
            if (fixture.multiFile()) {
                throw new AssertionError(name + ": syntax fixtures are single-file (no '//- path' headers)");
            }
            FixtureFile only = fixture.single();
            DiagnosticComparison.compare(only.expectations(), produced).assertMatches(name, only);
        });
        if (relative.startsWith("valid/")) {
            checks.add(() -> {
                if (!produced.isEmpty()) {
                    StringBuilder listing = new StringBuilder(name + ": a valid fixture must parse without diagnostics, got:\n");
                    for (Diagnostic d : produced) {
                        listing.append("  ").append(DiagnosticComparison.format(d.range(), d.severity(), d.code().id(), d.message()))
                                .append('\n');
                    }
                    throw new AssertionError(listing.toString());
                }
            });
        }
        checks.add(() -> checkGolden(name, file, AstPrinter.print(result.tree()), updateGoldens));
        assertAll(name, checks.stream());
    }

    static void checkGolden(String name, Path fixture, String actual, boolean update) throws IOException {
        Path golden = fixture.resolveSibling(baseName(fixture) + ".tree");
        String goldenName = golden.getFileName().toString();
        if (update) {
            if (!Files.exists(golden) || !normalise(Files.readString(golden)).equals(actual)) {
                Files.writeString(golden, actual, StandardCharsets.UTF_8);
                System.out.println("[golden] wrote " + golden);
            }
            return;
        }
        if (!Files.exists(golden)) {
            throw new AssertionError(name + ": golden tree " + goldenName + " is missing; create it with " + UPDATE_HINT
                    + ", review it, and commit it");
        }
        String expected = normalise(Files.readString(golden));
        if (!expected.equals(actual)) {
            throw new AssertionFailedError(name + ": the tree differs from " + goldenName
                    + " (after a deliberate change rewrite goldens with " + UPDATE_HINT + ")", expected, actual);
        }
    }

    private static String normalise(String s) {
        return s.replace("\r\n", "\n");
    }

    static String baseName(Path file) {
        String n = file.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot < 0 ? n : n.substring(0, dot);
    }
}
