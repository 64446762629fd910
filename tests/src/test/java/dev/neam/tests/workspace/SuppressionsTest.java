package dev.neam.tests.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import dev.neam.parser.diagnostic.Diagnostic;
import dev.neam.parser.semantic.AnalysisOptions;
import dev.neam.parser.workspace.Suppressions;
import dev.neam.parser.workspace.Workspace;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Suppression comments, through the {@link Workspace} (the path the server and lint share). Built-ins
 * are a known set so undefined names (NEAM3001) are reported.
 */
class SuppressionsTest {
    private static final Set<String> BUILTINS = Set.of("print");

    @TempDir
    Path project;

    List<String> check(String text) {
        Workspace w = new Workspace(AnalysisOptions.DEFAULT, BUILTINS::contains, file -> project);
        Path file = project.resolve("main.neam");
        w.update(file, "main.neam", text);
        return w.diagnostics(file).stream()
                .map(d -> (d.range().start().line() + 1) + " " + d.code().id())
                .toList();
    }

    @Test
    void neamTomlAndDeployFilesUseHashCommentsOnTheirOwnLine() {
        dev.neam.parser.diagnostic.Diagnostic onLine2 = dev.neam.parser.diagnostic.Diagnostic.of(
                dev.neam.parser.diagnostic.DiagnosticCode.TOML_UNKNOWN_KEY,
                dev.neam.parser.text.Range.of(1, 0, 1, 7), "unknown key");
        List<dev.neam.parser.diagnostic.Diagnostic> one = List.of(onLine2);
        assertThat(Suppressions.forFile("neam.toml", "# neam-disable-next-line TOML1001\nlicence = 1\n").filter(one))
                .isEmpty();
        assertThat(Suppressions.forFile("deploy/app.yaml", "  # neam-disable TOML1001 -- why\nx: 1\n").filter(one))
                .isEmpty();
        assertThat(Suppressions.forFile("neam.toml", "name = \"a\" # neam-disable-next-line TOML1001\nlicence = 1\n")
                .filter(one)).as("after a value it may be inside a string: not a directive").containsExactly(onLine2);
        assertThat(Suppressions.forFile("neam.toml", "// neam-disable-next-line TOML1001\nlicence = 1\n").filter(one))
                .as("// is no comment in TOML").containsExactly(onLine2);
    }

    @Test
    void withoutCommentsEverythingIsReported() {
        assertThat(check("""
                emit a;
                emit b;
                fun f(x) { return 1; }
                """)).containsExactly("1 NEAM3001", "2 NEAM3001", "3 NEAM3007");
    }

    @Test
    void nextLineSilencesTheNamedCodesOnTheNextLineOnly() {
        assertThat(check("""
                // neam-disable-next-line NEAM3001
                emit a;
                emit b;
                // neam-disable-next-line NEAM3007
                emit c;
                """)).containsExactly("3 NEAM3001", "5 NEAM3001");
    }

    @Test
    void severalCodesSeparatedByCommasOrSpacesAndANote() {
        assertThat(check("""
                // neam-disable-next-line NEAM3007, NEAM3001 -- generated code
                fun f(x) { return y; }
                //neam-disable-next-line NEAM3007 NEAM3001
                fun g(x) { return y; }
                """)).isEmpty();
    }

    @Test
    void aBareNextLineSilencesEveryCodeIncludingSyntaxErrors() {
        assertThat(check("""
                // neam-disable-next-line
                emit a
                emit b;
                """)).containsExactly("3 NEAM3001");
    }

    @Test
    void disableSilencesACodeFromItsLineToTheEndOfTheFile() {
        assertThat(check("""
                emit a;
                // neam-disable NEAM3001
                emit b;
                fun f(x) { return c; }
                """)).containsExactly("1 NEAM3001", "4 NEAM3007");
    }

    @Test
    void aBareDisableAtTheTopSilencesTheWholeFile() {
        assertThat(check("""
                // neam-disable
                emit a;
                fun f(x) { return c; }
                """)).isEmpty();
    }

    @Test
    void aDirectiveWithSomethingOtherThanCodesSilencesNothing() {
        assertThat(check("""
                // neam-disable-next-line because I said so
                emit a;
                // neam-disable-next-lines NEAM3001
                emit b;
                """)).containsExactly("2 NEAM3001", "4 NEAM3001");
    }

    @Test
    void aDirectiveInsideAStringIsNoComment() {
        assertThat(check("""
                let s = "// neam-disable-next-line";
                emit a + s;
                """)).containsExactly("2 NEAM3001");
    }

    @Test
    void aTrailingCommentSilencesTheLineAfterIt() {
        assertThat(check("""
                emit a; // neam-disable-next-line NEAM3001
                emit b;
                """)).containsExactly("1 NEAM3001");
    }

    @Test
    void docCommentsAndBlockCommentsAreNoDirectives() {
        Suppressions s = Suppressions.of("""
                /// neam-disable-next-line
                /* neam-disable-next-line */
                emit a;
                """);
        assertThat(s.isEmpty()).isTrue();
    }

    @Test
    void filesWithoutTheMarkerAreNotLexedAgain() {
        assertThat(Suppressions.of("emit a; // a comment\n")).isSameAs(Suppressions.NONE);
    }

    @Test
    void carriageReturnLineBreaksCountAsLines() {
        List<Diagnostic> none = List.of();
        assertThat(check("// neam-disable-next-line NEAM3001\remit a;\remit b;\r")).containsExactly("3 NEAM3001");
        assertThat(Suppressions.of("x").filter(none)).isEmpty();
    }
}
