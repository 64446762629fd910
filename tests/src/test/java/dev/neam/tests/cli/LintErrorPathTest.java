package dev.neam.tests.cli;

import static dev.neam.tests.cli.LintProcess.run;
import static dev.neam.tests.cli.LintProcess.sep;
import static dev.neam.tests.cli.LintProcess.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.neam.parser.diagnostic.Diagnostic;
import dev.neam.parser.diagnostic.Severity;
import dev.neam.parser.syntax.NeamSyntax;
import dev.neam.parser.workspace.Analyzer;
import dev.neam.parser.workspace.Document;
import dev.neam.parser.workspace.FileDiagnostics;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code lint} cases that need diagnostics: they compare the jar's output with the one analysis
 * ({@link Analyzer}) run in-process on the same text. Each test is skipped (an assumption, not a
 * failure) while the parser reports nothing for its input, i.e. while {@code NeamSyntax} is the stub.
 */
class LintErrorPathTest {

    /** Certainly a syntax error for any real parser. */
    static final String BROKEN = "agent {{{ \"unterminated\n";
    /** A block comment, which the catalogue reports as a warning (NEAM0009), nothing else. */
    static final String WARNS = "/* a block comment */\n";
    static final String QUIET = LintCommandTest.QUIET;

    @TempDir
    Path dir;

    static void assumeErrors(String text) {
        assumeTrue(NeamSyntax.parse(text).diagnostics().stream().anyMatch(d -> d.severity() == Severity.ERROR),
                "the parser reports no error for " + text.strip() + " (NeamSyntax is still the stub)");
    }

    static List<Diagnostic> analyse(String path, String text) {
        List<FileDiagnostics> results = new Analyzer().analyze(List.of(new Document(path, text)));
        return results.get(0).diagnostics();
    }

    @Test
    void jsonReportsExactlyWhatTheAnalyzerFindsAndExitsWithOne() throws IOException {
        assumeErrors(BROKEN);
        write(dir, "proj/a_clean.neam", QUIET);
        write(dir, "proj/bad.neam", BROKEN);
        List<Diagnostic> expected = analyse(sep("proj/bad.neam"), BROKEN);

        LintProcess.Result r = run(dir, "lint", "--format", "json", "proj");

        assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
        assertThat(r.stderr()).isEmpty();
        JsonObject root = r.json();
        List<JsonObject> files = JsonContract.assertLintDocument(root);
        assertThat(LintCommandTest.paths(files)).containsExactly(sep("proj/a_clean.neam"), sep("proj/bad.neam"));
        assertThat(files.get(0).getAsJsonArray("diagnostics")).as("a clean file is listed with no diagnostics").isEmpty();

        JsonArray diagnostics = files.get(1).getAsJsonArray("diagnostics");
        assertThat(diagnostics).hasSize(expected.size());
        for (int i = 0; i < expected.size(); i++) {
            Diagnostic d = expected.get(i);
            JsonObject json = diagnostics.get(i).getAsJsonObject();
            assertThat(json.get("code").getAsString()).isEqualTo(d.code().id());
            assertThat(json.get("category").getAsString()).isEqualTo(d.category().id());
            assertThat(json.get("severity").getAsString()).isEqualTo(d.severity().id());
            assertThat(json.get("message").getAsString()).isEqualTo(d.message());
            JsonObject range = json.getAsJsonObject("range");
            assertThat(range.getAsJsonObject("start").get("line").getAsInt()).isEqualTo(d.range().start().line());
            assertThat(range.getAsJsonObject("start").get("character").getAsInt()).isEqualTo(d.range().start().character());
            assertThat(range.getAsJsonObject("end").get("line").getAsInt()).isEqualTo(d.range().end().line());
            assertThat(range.getAsJsonObject("end").get("character").getAsInt()).isEqualTo(d.range().end().character());
            assertThat(json.has("relatedInformation")).isEqualTo(!d.related().isEmpty());
        }
        long errors = expected.stream().filter(d -> d.severity() == Severity.ERROR).count();
        assertThat(root.getAsJsonObject("summary").get("errors").getAsLong()).isEqualTo(errors).isPositive();
    }

    @Test
    void textPrintsOneOneBasedLinePerDiagnosticAndTheSummary() throws IOException {
        assumeErrors(BROKEN);
        write(dir, "bad.neam", BROKEN);
        write(dir, "clean.neam", QUIET);
        List<Diagnostic> expected = analyse("bad.neam", BROKEN);

        LintProcess.Result r = run(dir, "lint", "bad.neam", "clean.neam");

        assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
        List<String> lines = new ArrayList<>();
        for (Diagnostic d : expected) {
            lines.add("bad.neam:" + (d.range().start().line() + 1) + ":" + (d.range().start().character() + 1) + ": "
                    + d.severity().id() + " " + d.code().id() + " " + d.message());
        }
        assertThat(r.stdout().lines().toList()).isEqualTo(lines);
        assertThat(r.stdout()).doesNotContain("\u001b[");
        long errors = expected.stream().filter(d -> d.severity() == Severity.ERROR).count();
        long warnings = expected.stream().filter(d -> d.severity() == Severity.WARNING).count();
        assertThat(r.stderr()).isEqualTo("2 files, " + errors + (errors == 1 ? " error, " : " errors, ")
                + warnings + (warnings == 1 ? " warning" : " warnings") + ", 0 information, 0 hints\n");
    }

    @Test
    void warningsAloneExitWithZero() throws IOException {
        List<Diagnostic> produced = NeamSyntax.parse(WARNS).diagnostics();
        assumeTrue(!produced.isEmpty() && produced.stream().allMatch(d -> d.severity() == Severity.WARNING),
                "the parser reports no warning-only result for a block comment (NeamSyntax is still the stub)");
        write(dir, "warn.neam", WARNS);

        LintProcess.Result r = run(dir, "lint", "warn.neam");

        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.stdout()).contains("warn.neam:1:1: warning NEAM0009 ");
        assertThat(r.stderr()).isEqualTo("1 file, 0 errors, " + produced.size() + (produced.size() == 1 ? " warning" : " warnings")
                + ", 0 information, 0 hints\n");
    }

    /** Colour needs a terminal: {@code script} (util-linux) gives the jar one. */
    @Test
    void colourOnlyOnATerminalAndNeverWithNoColor() throws IOException {
        assumeErrors(BROKEN);
        assumeTrue(File.separatorChar == '/' && Files.isExecutable(Path.of("/usr/bin/script")), "needs script(1)");
        write(dir, "bad.neam", BROKEN);
        String command = quote(LintProcess.java()) + " -jar " + quote(LintProcess.jar().toString()) + " lint bad.neam";
        List<String> viaTerminal = List.of("/usr/bin/script", "-qec", command, "/dev/null");

        LintProcess.Result coloured = LintProcess.exec(dir, viaTerminal, env -> { });
        LintProcess.Result noColor = LintProcess.exec(dir, viaTerminal, env -> env.put("NO_COLOR", "1"));
        LintProcess.Result noColorEmpty = LintProcess.exec(dir, viaTerminal, env -> env.put("NO_COLOR", ""));

        assertThat(coloured.exitCode()).as(coloured.toString()).isEqualTo(1);
        assertThat(coloured.stdout()).contains("\u001b[").contains("NEAM");
        assertThat(noColor.stdout()).contains("NEAM").doesNotContain("\u001b[");
        assertThat(noColorEmpty.stdout()).contains("NEAM").doesNotContain("\u001b[");
    }

    private static String quote(String s) {
        return "'" + s.replace("'", "'\\''") + "'";
    }
}
