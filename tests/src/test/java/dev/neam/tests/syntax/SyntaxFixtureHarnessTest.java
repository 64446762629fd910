package dev.neam.tests.syntax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.neam.parser.ast.AstPrinter;
import dev.neam.parser.syntax.NeamSyntax;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.MultipleFailuresError;

/** {@link SyntaxFixtureTest#check} on throw-away fixtures: it must fail when it should. */
class SyntaxFixtureHarnessTest {

    @TempDir
    Path root;

    Path fixture(String relative, String text) throws IOException {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }

    /** Writes the golden the way -DupdateGoldens=true does, without the other checks. */
    static void writeGolden(Path file) throws IOException {
        SyntaxFixtureTest.checkGolden(file.toString(), file, AstPrinter.print(NeamSyntax.parse(Files.readString(file)).tree()), true);
    }

    @Test
    void aMissingGoldenFailsWithTheWayToCreateIt() throws IOException {
        Path file = fixture("valid/a.neam", "// fine\n");

        assertThatThrownBy(() -> SyntaxFixtureTest.check(root, file, false))
                .isInstanceOf(MultipleFailuresError.class)
                .hasMessageContaining("a.tree is missing")
                .hasMessageContaining("-DupdateGoldens=true");
    }

    @Test
    void updateWritesTheGoldenAndThenItIsCompared() throws IOException {
        Path file = fixture("valid/a.neam", "// fine\n");
        Path golden = root.resolve("valid/a.tree");

        SyntaxFixtureTest.check(root, file, true);
        assertThat(Files.readString(golden)).isEqualTo(AstPrinter.print(NeamSyntax.parse("// fine\n").tree()));
        SyntaxFixtureTest.check(root, file, false);

        Files.writeString(golden, "(SourceFile 9:9-9:9)\n");
        assertThatThrownBy(() -> SyntaxFixtureTest.check(root, file, false))
                .isInstanceOf(MultipleFailuresError.class)
                .satisfies(e -> assertThat(((MultipleFailuresError) e).getFailures())
                        .singleElement().isInstanceOf(AssertionFailedError.class));
    }

    @Test
    void aGoldenWithWindowsLineEndingsStillMatches() throws IOException {
        Path file = fixture("valid/a.neam", "// fine\n");
        SyntaxFixtureTest.check(root, file, true);
        Path golden = root.resolve("valid/a.tree");
        Files.writeString(golden, Files.readString(golden).replace("\n", "\r\n"));

        SyntaxFixtureTest.check(root, file, false);
    }

    @Test
    void anAnnotatedDiagnosticThatIsNotProducedFails() throws IOException {
        // whatever the parser, this diagnostic (an invented code and message) is not produced
        Path file = fixture("errors/b.neam", "// fine and dandy\n//     ^^^^ error NEAM9999: no parser says this\n");
        writeGolden(file);

        assertThatThrownBy(() -> SyntaxFixtureTest.check(root, file, false))
                .isInstanceOf(MultipleFailuresError.class)
                .hasMessageContaining("missing (annotated but not produced)")
                .hasMessageContaining("1:8-1:12 error NEAM9999: no parser says this    [annotation on line 2]");
    }

    @Test
    void updatingGoldensStillReportsWrongDiagnostics() throws IOException {
        Path file = fixture("errors/e.neam", "// fine and dandy\n//     ^^^^ error NEAM9999: no parser says this\n");

        assertThatThrownBy(() -> SyntaxFixtureTest.check(root, file, true))
                .isInstanceOf(MultipleFailuresError.class)
                .hasMessageContaining("NEAM9999");
        assertThat(root.resolve("errors/e.tree")).exists();
    }

    @Test
    void aMalformedAnnotationFailsTheFixture() throws IOException {
        Path file = fixture("errors/c.neam", "// fine\n//   ^ error NEAM0003 no colon\n");
        writeGolden(file);

        assertThatThrownBy(() -> SyntaxFixtureTest.check(root, file, false))
                .isInstanceOf(MultipleFailuresError.class)
                .hasMessageContaining("syntax/errors/c.neam:2: malformed annotation");
    }

    @Test
    void multiFileSyntaxFixturesAreRefused() throws IOException {
        Path file = fixture("errors/d.neam", "//- a.neam\n// x\n//- b.neam\n// y\n");
        writeGolden(file);

        assertThatThrownBy(() -> SyntaxFixtureTest.check(root, file, false))
                .isInstanceOf(MultipleFailuresError.class)
                .hasMessageContaining("single-file");
    }
}
