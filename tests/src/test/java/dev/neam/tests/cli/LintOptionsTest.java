package dev.neam.tests.cli;

import static dev.neam.tests.cli.LintProcess.run;
import static dev.neam.tests.cli.LintProcess.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.neam.tests.support.RepoPaths;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CI options of {@code lint} through the real jar: thresholds and exit statuses, {@code --quiet},
 * {@code --output}, {@code --exclude}, {@code .gitignore}, suppression comments, {@code [tool.neam-lsp]}
 * configuration and {@code --language-version}.
 */
class LintOptionsTest {

    /** A syntax error: NEAM0004 on line 1. */
    static final String ERROR = "let x = 1\n";
    /** A warning only: NEAM0009. */
    static final String WARNING = "/* block */\n";
    /** A hint only: NEAM3007. */
    static final String HINT = "fun f(unused) { return 1; }\n";

    @TempDir
    Path dir;

    static List<String> paths(LintProcess.Result r) {
        return LintCommandTest.paths(JsonContract.assertLintDocument(r.json()));
    }

    static List<String> codes(LintProcess.Result r) {
        return JsonContract.assertLintDocument(r.json()).stream()
                .flatMap(f -> f.getAsJsonArray("diagnostics").asList().stream())
                .map(d -> d.getAsJsonObject().get("code").getAsString())
                .toList();
    }

    @Test
    void failOnSetsTheThresholdForExitStatusOne() throws IOException {
        write(dir, "warn.neam", WARNING);
        write(dir, "hint.neam", HINT);
        write(dir, "error.neam", ERROR);

        assertThat(run(dir, "lint", "warn.neam", "hint.neam").exitCode()).as("warnings pass by default").isZero();
        assertThat(run(dir, "lint", "--fail-on", "error", "warn.neam").exitCode()).isZero();
        assertThat(run(dir, "lint", "--fail-on", "warning", "warn.neam").exitCode()).isEqualTo(1);
        assertThat(run(dir, "lint", "--fail-on", "warning", "hint.neam").exitCode()).as("hints never fail").isZero();
        assertThat(run(dir, "lint", "error.neam").exitCode()).isEqualTo(1);
        assertThat(run(dir, "lint", "--fail-on", "warning", "error.neam").exitCode()).isEqualTo(1);
        assertThat(run(dir, "lint", "--fail-on", "never", "error.neam", "warn.neam").exitCode()).isZero();
        LintProcess.Result bad = run(dir, "lint", "--fail-on", "hint", "warn.neam");
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.stderr()).startsWith("neam-lsp: ").contains("hint");
    }

    @Test
    void quietPrintsErrorsOnlyAndKeepsTheExitStatus() throws IOException {
        write(dir, "warn.neam", WARNING);
        write(dir, "error.neam", ERROR);

        LintProcess.Result text = run(dir, "lint", "--quiet", "warn.neam", "error.neam");
        assertThat(text.exitCode()).as(text.toString()).isEqualTo(1);
        assertThat(text.stdout().lines().toList()).singleElement().asString().startsWith("error.neam:1:").contains("error NEAM0004");
        assertThat(text.stderr()).as("no summary").isEmpty();

        LintProcess.Result warningsOnly = run(dir, "lint", "-q", "--fail-on", "warning", "warn.neam");
        assertThat(warningsOnly.exitCode()).as("the warning still fails the run").isEqualTo(1);
        assertThat(warningsOnly.stdout()).isEmpty();
        assertThat(warningsOnly.stderr()).isEmpty();

        LintProcess.Result json = run(dir, "lint", "--quiet", "--format", "json", "warn.neam", "error.neam");
        assertThat(paths(json)).containsExactly("error.neam", "warn.neam");
        assertThat(codes(json)).containsExactly("NEAM0004");

        LintProcess.Result sarif = run(dir, "lint", "--quiet", "--format", "sarif", "warn.neam", "error.neam");
        assertThat(SarifSchema.violations(sarif.stdout())).isEmpty();
        assertThat(sarif.stdout()).contains("NEAM0004").doesNotContain("NEAM0009");
    }

    @Test
    void outputWritesTheReportToAFile() throws IOException {
        write(dir, "error.neam", ERROR);

        LintProcess.Result json = run(dir, "lint", "--format", "json", "--output", "report.json", "error.neam");
        LintProcess.Result direct = run(dir, "lint", "--format", "json", "error.neam");
        assertThat(json.exitCode()).as(json.toString()).isEqualTo(1);
        assertThat(json.stdout()).isEmpty();
        assertThat(Files.readString(dir.resolve("report.json"), StandardCharsets.UTF_8)).isEqualTo(direct.stdout());

        LintProcess.Result text = run(dir, "lint", "-o", "report.txt", "error.neam");
        assertThat(text.stdout()).isEmpty();
        assertThat(text.stderr()).as("the summary stays on stderr").isEqualTo("1 file, 1 error, 0 warnings, 0 information, 0 hints\n");
        assertThat(Files.readString(dir.resolve("report.txt"))).startsWith("error.neam:1:").doesNotContain("\u001b[");

        LintProcess.Result sarif = run(dir, "lint", "--format", "sarif", "--output", "neam.sarif", "error.neam");
        assertThat(SarifSchema.violations(Files.readString(dir.resolve("neam.sarif")))).isEmpty();
        assertThat(sarif.stdout()).isEmpty();
    }

    @Test
    void anUnwritableOutputIsExitStatusTwo() throws IOException {
        write(dir, "a.neam", WARNING);
        LintProcess.Result r = run(dir, "lint", "--output", "no/such/folder/report.txt", "a.neam");

        assertThat(r.exitCode()).as(r.toString()).isEqualTo(2);
        assertThat(r.stdout()).isEmpty();
        assertThat(r.stderr()).isEqualTo("neam-lsp: cannot write the report to " + LintProcess.sep("no/such/folder/report.txt")
                + ": the folder " + LintProcess.sep("no/such/folder") + " does not exist\n");

        LintProcess.Result folder = run(dir, "lint", "--format", "json", "--output", ".", "a.neam");
        assertThat(folder.exitCode()).isEqualTo(2);
        assertThat(folder.stdout()).as("no report anywhere: the JSON error is not sent elsewhere").isEmpty();
        assertThat(folder.stderr()).isEqualTo("neam-lsp: cannot write the report to .: it is a folder\n");
    }

    @Test
    void jsonIsByteIdenticalForTheSameInput() throws IOException {
        for (int i = 0; i < 40; i++) {
            write(dir, "p/src/f" + i + ".neam", i % 3 == 0 ? ERROR : i % 3 == 1 ? WARNING : HINT);
        }
        String first = run(dir, "lint", "--format", "json", "p").stdout();
        String second = run(dir, "lint", "--format", "json", "p").stdout();
        String sarif1 = run(dir, "lint", "--format", "sarif", "p").stdout();
        String sarif2 = run(dir, "lint", "--format", "sarif", "p").stdout();

        assertThat(second).isEqualTo(first);
        assertThat(sarif2).isEqualTo(sarif1);
    }

    @Test
    void gitignoreFilesAndExcludePatternsSkipFilesWhileSearching() throws IOException {
        write(dir, ".gitignore", "/generated/\n*.tmp.neam\n");
        write(dir, "src/.gitignore", "scratch/\n!keep.tmp.neam\n");
        for (String f : List.of("src/a.neam", "src/b.tmp.neam", "src/keep.tmp.neam", "src/scratch/s.neam",
                "generated/g.neam", "src/vendor/v.neam", "src/vendor/w.neam")) {
            write(dir, f, ERROR);
        }

        LintProcess.Result r = run(dir, "lint", "--format", "json", "--exclude", "src/vendor/v.neam", "--exclude",
                "**/w.neam", ".");
        assertThat(paths(r)).containsExactly(LintProcess.sep("./src/a.neam"), LintProcess.sep("./src/keep.tmp.neam"));

        LintProcess.Result named = run(dir, "lint", "--format", "json", "generated/g.neam");
        assertThat(paths(named)).as("a file named explicitly is always checked").containsExactly(
                LintProcess.sep("generated/g.neam"));
    }

    @Test
    void suppressionCommentsSilenceFindingsInLint() throws IOException {
        write(dir, "s.neam", """
                // neam-disable-next-line NEAM0004
                let x = 1
                // neam-disable NEAM0009
                /* block */
                let y = 2
                """);

        LintProcess.Result r = run(dir, "lint", "s.neam");
        assertThat(r.stdout()).isEqualTo("s.neam:5:10: error NEAM0004 expected ';' at the end of the statement\n");
        assertThat(r.exitCode()).isEqualTo(1);
    }

    @Test
    void theProjectsRulesChangeSeveritiesAndWhatIsReported() throws IOException {
        write(dir, "p/neam.toml", """
                [package]
                name = "p"
                version = "1.0.0"

                [tool.neam-lsp]
                rules = { NEAM0009 = "error", NEAM0004 = "off" }
                disable = ["NEAM3007"]
                exclude = ["generated/**"]
                deploy-globs = ["deploy/**/*.yaml"]
                language-version = "0.6"
                """);
        write(dir, "p/src/main.neam", ERROR + WARNING + HINT);
        write(dir, "p/generated/g.neam", ERROR);

        LintProcess.Result r = run(dir, "lint", "--format", "json", "p");
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
        assertThat(paths(r)).containsExactly(LintProcess.sep("p/neam.toml"), LintProcess.sep("p/src/main.neam"));
        JsonObject only = r.json().getAsJsonArray("files").get(1).getAsJsonObject().getAsJsonArray("diagnostics").get(0)
                .getAsJsonObject();
        assertThat(codes(r)).containsExactly("NEAM0009");
        assertThat(only.get("severity").getAsString()).isEqualTo("error");
    }

    private static final Gson JSON = new GsonBuilder().disableHtmlEscaping().create();

    @Test
    void anInvalidConfigurationIsAUsageProblem() throws IOException {
        write(dir, "p/neam.toml", """
                [tool.neam-lsp]
                rules = { NEAM3007 = "loud" }
                exlude = ["x"]
                """);
        write(dir, "p/src/main.neam", WARNING);

        String rule = "rule NEAM3007 must be one of error, warning, information, hint, off; got \"loud\"";
        String key = "unknown key 'exlude' in [tool.neam-lsp] (known keys: rules, disable, exclude, deploy-globs, "
                + "language-version)";
        String manifest = LintProcess.sep("p/neam.toml");
        for (String format : List.of("text", "json", "sarif", "github")) {
            LintProcess.Result r = run(dir, "lint", "--format", format, "p");
            assertThat(r.exitCode()).as(r.toString()).isEqualTo(2);
            assertThat(r.stderr().lines().toList()).containsExactly(
                    "neam-lsp: " + manifest + ":2:11: " + rule, "neam-lsp: " + manifest + ":3:1: " + key);
            switch (format) {
                case "text" -> assertThat(r.stdout()).isEmpty();
                case "json" -> assertThat(r.stdout()).isEqualTo("{\"version\":1,\"error\":{\"kind\":\"configuration\",\"problems\":["
                        + "{\"message\":" + JSON.toJson(rule) + ",\"path\":" + JSON.toJson(manifest)
                        + ",\"range\":{\"start\":{\"line\":1,\"character\":10},\"end\":{\"line\":1,\"character\":10}}},"
                        + "{\"message\":" + JSON.toJson(key) + ",\"path\":" + JSON.toJson(manifest)
                        + ",\"range\":{\"start\":{\"line\":2,\"character\":0},\"end\":{\"line\":2,\"character\":0}}}]}}\n");
                case "sarif" -> {
                    assertThat(SarifSchema.violations(r.stdout())).isEmpty();
                    JsonObject run = JsonParser.parseString(r.stdout()).getAsJsonObject().getAsJsonArray("runs").get(0)
                            .getAsJsonObject();
                    assertThat(run.getAsJsonArray("results")).isEmpty();
                    JsonObject invocation = run.getAsJsonArray("invocations").get(0).getAsJsonObject();
                    assertThat(invocation.get("executionSuccessful").getAsBoolean()).isFalse();
                    assertThat(invocation.get("exitCode").getAsInt()).isEqualTo(2);
                    JsonObject first = invocation.getAsJsonArray("toolConfigurationNotifications").get(0).getAsJsonObject();
                    assertThat(first.getAsJsonObject("message").get("text").getAsString()).isEqualTo(rule);
                    JsonObject physical = first.getAsJsonArray("locations").get(0).getAsJsonObject()
                            .getAsJsonObject("physicalLocation");
                    assertThat(physical.getAsJsonObject("artifactLocation").get("uri").getAsString()).isEqualTo("p/neam.toml");
                    assertThat(physical.getAsJsonObject("region").toString()).isEqualTo("{\"startLine\":2,\"startColumn\":11}");
                }
                default -> assertThat(r.stdout().lines().toList()).containsExactly(
                        "::error file=p/neam.toml,line=2,col=11,title=neam-lsp configuration error::" + rule,
                        "::error file=p/neam.toml,line=3,col=1,title=neam-lsp configuration error::" + key);
            }
        }
        LintProcess.Result toFile = run(dir, "lint", "--format", "sarif", "--output", "neam.sarif", "p");
        assertThat(toFile.stdout()).isEmpty();
        assertThat(Files.readString(dir.resolve("neam.sarif"))).as("the failure goes where the report would have")
                .contains("\"executionSuccessful\": false");
    }

    @Test
    void languageVersionAcceptsTheProfilesOnly() throws IOException {
        write(dir, "a.neam", WARNING);
        for (String version : List.of("auto", "0.6", "1.x")) {
            LintProcess.Result r = run(dir, "lint", "--language-version", version, "a.neam");
            assertThat(r.exitCode()).as(r.toString()).isZero();
        }
        LintProcess.Result bad = run(dir, "lint", "--language-version", "2", "a.neam");
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.stdout()).isEmpty();
        assertThat(bad.stderr()).startsWith("neam-lsp: invalid --language-version '2' (expected one of auto, 0.6, 1.x)");
    }

    /** The launcher gives lint (only) the batch JVM options the benchmark measured; NEAM_LSP_JAVA_OPTS replaces them. */
    @Test
    void theLauncherRunsLintWithBatchJvmOptions() throws IOException {
        assumeTrue(File.separatorChar == '/', "POSIX launcher");
        write(dir, "a.neam", WARNING);
        String script = RepoPaths.repoRoot().resolve("bin/neam-lsp").toString();
        LintProcess.jar();
        String batch = "-XX:TieredStopAtLevel=1";

        LintProcess.Result lint = LintProcess.exec(dir, List.of(script, "lint", "a.neam"),
                env -> env.put("JAVA_TOOL_OPTIONS", "-XX:+PrintCommandLineFlags"));
        assertThat(lint.exitCode()).as(lint.toString()).isZero();
        assertThat(lint.stdout()).contains(batch, "-XX:+UseSerialGC", "a.neam:1:1: warning NEAM0009");

        LintProcess.Result version = LintProcess.exec(dir, List.of(script, "--version"),
                env -> env.put("JAVA_TOOL_OPTIONS", "-XX:+PrintCommandLineFlags"));
        assertThat(version.stdout()).as("the server keeps the JVM defaults").doesNotContain(batch);

        LintProcess.Result replaced = LintProcess.exec(dir, List.of(script, "lint", "a.neam"), env -> {
            env.put("JAVA_TOOL_OPTIONS", "-XX:+PrintCommandLineFlags");
            env.put("NEAM_LSP_JAVA_OPTS", "");
        });
        assertThat(replaced.exitCode()).isZero();
        assertThat(replaced.stdout()).doesNotContain(batch).contains("a.neam:1:1: warning NEAM0009");
    }

    @Test
    void helpListsTheNewOptions() {
        LintProcess.Result r = run(dir, "lint", "--help");
        assertThat(r.stdout()).contains("--fail-on", "--quiet", "--output", "--exclude", "--language-version",
                "--manifest-profile", "--deploy-glob",
                "text, json, sarif, github", "error, warning, never");
    }
}
