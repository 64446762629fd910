package dev.neam.tests.cli;

import static dev.neam.tests.cli.LintProcess.run;
import static dev.neam.tests.cli.LintProcess.sep;
import static dev.neam.tests.cli.LintProcess.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.google.gson.JsonObject;
import dev.neam.tests.support.RepoPaths;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The {@code lint} contract, driven through the real shaded jar on temporary projects. These cases
 * hold whatever the parser reports; the ones that need error diagnostics are in
 * {@link LintErrorPathTest}.
 */
class LintCommandTest {

    /** Content with nothing to report for any parser: comments only. */
    static final String QUIET = "// nothing to see here\n";

    @TempDir
    Path dir;

    @BeforeEach
    void project() throws IOException {
        write(dir, "samples/src/main.neam", QUIET);
        write(dir, "samples/src/lib/util.neam", QUIET);
        write(dir, "samples/neam.toml", "[package]\nname = \"samples\"\nversion = \"0.1.0\"\n");
        write(dir, "samples/README.md", "# samples\n");
        for (String skipped : List.of("node_modules/dep", ".cache", ".git", "target", "build")) {
            write(dir, "samples/" + skipped + "/skipped.neam", "agent {{{ \"unterminated\n");
        }
        write(dir, "notes.txt", QUIET);
    }

    @Test
    void jsonListsEveryFileWithThePathAsFound() {
        LintProcess.Result r = run(dir, "lint", "--format", "json", "samples", "notes.txt");

        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.stderr()).as("nothing on stderr in json mode").isEmpty();
        List<JsonObject> files = JsonContract.assertLintDocument(r.json());
        assertThat(paths(files)).as("in path order").containsExactly("notes.txt", sep("samples/neam.toml"),
                sep("samples/src/lib/util.neam"), sep("samples/src/main.neam"));
        assertThat(files).allSatisfy(f -> assertThat(f.getAsJsonArray("diagnostics")).isEmpty());
        JsonObject summary = r.json().getAsJsonObject("summary");
        assertThat(summary.get("files").getAsInt()).isEqualTo(4);
        assertThat(summary.get("errors").getAsInt()).isZero();
        assertThat(summary.get("warnings").getAsInt()).isZero();
        assertThat(r.stdout()).as("exactly one JSON document, one line").endsWith("}\n").doesNotContain("\n{");
    }

    @Test
    void defaultPathIsTheCurrentFolder() {
        LintProcess.Result r = run(dir.resolve("samples"), "lint", "--format", "json");

        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(paths(JsonContract.assertLintDocument(r.json())))
                .containsExactly(sep("./neam.toml"), sep("./src/lib/util.neam"), sep("./src/main.neam"));
    }

    @Test
    void aFileNamedExplicitlyIsCheckedWhateverItsExtensionAndListedOnce() {
        LintProcess.Result r = run(dir, "lint", "--format", "json", "notes.txt", "samples/src/main.neam", "notes.txt",
                "samples/src");

        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(paths(JsonContract.assertLintDocument(r.json())))
                .containsExactly("notes.txt", sep("samples/src/lib/util.neam"), sep("samples/src/main.neam"));
    }

    @Test
    void absolutePathsStayAbsolute() {
        String root = dir.resolve("samples").toAbsolutePath().toString();
        LintProcess.Result r = run(dir, "lint", "--format", "json", root);

        assertThat(paths(JsonContract.assertLintDocument(r.json())))
                .containsExactly(root + sep("/neam.toml"), root + sep("/src/lib/util.neam"), root + sep("/src/main.neam"));
    }

    @Test
    void aFolderWithoutNeamFilesGivesAnEmptyReport() throws IOException {
        Files.createDirectories(dir.resolve("empty"));
        LintProcess.Result json = run(dir, "lint", "--format", "json", "empty");
        LintProcess.Result text = run(dir, "lint", "empty");

        assertThat(json.exitCode()).as(json.toString()).isZero();
        assertThat(JsonContract.assertLintDocument(json.json())).isEmpty();
        assertThat(text.exitCode()).as(text.toString()).isZero();
        assertThat(text.stdout()).isEmpty();
        assertThat(text.stderr()).isEqualTo("0 files, 0 errors, 0 warnings, 0 information, 0 hints\n");
    }

    @Test
    void malformedUtf8IsReadNotFatal() throws IOException {
        Files.write(dir.resolve("broken.neam"), new byte[] {'/', '/', ' ', (byte) 0xFF, (byte) 0xFE, (byte) 0xC3, '\n'});
        LintProcess.Result r = run(dir, "lint", "--format", "json", "broken.neam");

        assertThat(r.exitCode()).as(r.toString()).isIn(0, 1);
        assertThat(paths(JsonContract.assertLintDocument(r.json()))).containsExactly("broken.neam");
    }

    @Test
    void textFormatIsTheDefaultAndSummarisesOnStderr() {
        LintProcess.Result plain = run(dir, "lint", "samples");
        LintProcess.Result explicit = run(dir, "lint", "--format", "text", "samples");
        LintProcess.Result one = run(dir, "lint", "samples/src/main.neam");

        assertThat(plain.exitCode()).as(plain.toString()).isZero();
        assertThat(plain.stdout()).isEmpty();
        assertThat(plain.stderr()).isEqualTo("3 files, 0 errors, 0 warnings, 0 information, 0 hints\n");
        assertThat(explicit).isEqualTo(plain);
        assertThat(one.stderr()).isEqualTo("1 file, 0 errors, 0 warnings, 0 information, 0 hints\n");
        assertThat(plain.stdout() + plain.stderr()).as("no colour when stdout is not a terminal").doesNotContain("\u001b[");
    }

    static Stream<Arguments> usageErrors() {
        return Stream.of(
                Arguments.of(List.of("lint", "--bogus"), "--bogus"),
                Arguments.of(List.of("lint", "--format", "xml", "samples"), "xml"),
                Arguments.of(List.of("lint", "--format", "json", "--format"), "--format"),
                Arguments.of(List.of("lint", "no/such/file.neam"), "no/such/file.neam"),
                Arguments.of(List.of("lint", "--format", "json", "samples", "missing"), "missing"),
                Arguments.of(List.of("frobnicate"), "frobnicate"),
                Arguments.of(List.of("--bogus"), "--bogus"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("usageErrors")
    void usageErrorsExitWithTwoAndSayWhyOnStderr(List<String> args, String mentioned) {
        LintProcess.Result r = run(dir, args.toArray(String[]::new));

        assertThat(r.exitCode()).as(r.toString()).isEqualTo(2);
        assertThat(r.stderr()).contains(mentioned).startsWith("neam-lsp: ");
        if (!args.contains("json") || args.indexOf("json") != args.indexOf("--format") + 1) {
            assertThat(r.stdout()).as("nothing on stdout for a usage error").isEmpty();
            return;
        }
        // with --format json read before the error, the error itself is the JSON document
        JsonObject error = r.json().getAsJsonObject("error");
        assertThat(JsonContract.keys(r.json())).containsExactly("version", "error");
        assertThat(error.get("kind").getAsString()).isEqualTo("usage");
        assertThat(error.getAsJsonArray("problems").get(0).getAsJsonObject().get("message").getAsString()).contains(mentioned);
    }

    @Test
    void aFileThatCannotBeReadIsAFindingAndTheOthersAreStillChecked() {
        Path unreadable = Path.of("/proc/self/mem"); // reading it fails with an I/O error, even for root
        assumeTrue(Files.exists(unreadable), "needs Linux /proc");
        LintProcess.Result r = run(dir, "lint", "--format", "json", unreadable.toString(), "samples/src/main.neam");

        assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
        assertThat(r.stderr()).isEmpty();
        List<JsonObject> files = JsonContract.assertLintDocument(r.json());
        assertThat(paths(files)).containsExactly("/proc/self/mem", sep("samples/src/main.neam"));
        JsonObject finding = files.get(0).getAsJsonArray("diagnostics").get(0).getAsJsonObject();
        assertThat(finding.get("code").getAsString()).isEqualTo("NEAM0012");
        assertThat(finding.get("message").getAsString()).startsWith("this file cannot be read: ")
                .endsWith("; nothing in it was checked");
        assertThat(files.get(0).getAsJsonArray("diagnostics")).hasSize(1);
    }

    @Test
    void versionPrintsTheMavenVersion() throws IOException {
        String expected = "neam-lsp " + projectVersion() + "\n";
        LintProcess.Result top = run(dir, "--version");
        LintProcess.Result lint = run(dir, "lint", "--version");

        assertThat(top.exitCode()).isZero();
        assertThat(top.stdout().replace("\r\n", "\n")).isEqualTo(expected);
        assertThat(lint.stdout().replace("\r\n", "\n")).isEqualTo(expected);
    }

    @Test
    void helpDescribesTheCommands() {
        LintProcess.Result top = run(dir, "--help");
        LintProcess.Result lint = run(dir, "lint", "--help");

        assertThat(top.exitCode()).isZero();
        assertThat(top.stdout()).contains("Usage: neam-lsp", "lint", "--stdio", "--version");
        assertThat(lint.exitCode()).isZero();
        assertThat(lint.stdout()).contains("Usage: neam-lsp lint", "--format", "text, json", "PATH");
    }

    /** Without a command the jar serves LSP on stdio; with no client (stdin closed at once) it ends by itself. */
    @Test
    void withoutACommandTheServerRunsAndEndsWhenStdinCloses() {
        for (List<String> args : List.of(List.<String>of(), List.of("--stdio"))) {
            LintProcess.Result r = run(dir, args.toArray(String[]::new));
            assertThat(r.exitCode()).as("no shutdown was asked for: " + r).isEqualTo(1);
            assertThat(r.stdout()).as("stdout carries the protocol only, and no client spoke").isEmpty();
            assertThat(r.stderr()).contains("the input has ended").as("an editor gets no hint").doesNotContain("language server;");
        }
    }

    /** On a terminal the server says what it is and how to lint instead of waiting in silence; {@code script} gives it one. */
    @Test
    void onATerminalTheServerSaysWhatItIsInOneLine() {
        assumeTrue(File.separatorChar == '/' && Files.isExecutable(Path.of("/usr/bin/script")), "needs script(1)");
        String command = "'" + LintProcess.java() + "' -jar '" + LintProcess.jar() + "'";
        LintProcess.Result r = LintProcess.exec(dir, List.of("/usr/bin/script", "-qec", command, "/dev/null"), env -> { });

        List<String> lines = r.stdout().replace("\r", "").lines().toList(); // script merges the terminal's output
        assertThat(lines.get(0)).isEqualTo("neam-lsp: this is the Neam language server; it speaks LSP on standard input and "
                + "output to an editor. To check files run 'neam-lsp lint PATH' (see 'neam-lsp --help'); Ctrl-D ends the server.");
        assertThat(lines).anyMatch(l -> l.contains("the input has ended"));
    }

    @Test
    void launcherScriptRunsTheJarThroughSymlinksAndHonoursJavaHome() throws IOException {
        assumeTrue(File.separatorChar == '/', "POSIX launcher");
        Path script = RepoPaths.repoRoot().resolve("bin/neam-lsp");
        assertThat(script).isRegularFile().isExecutable();
        LintProcess.jar();
        String version = "neam-lsp " + projectVersion() + "\n";

        LintProcess.Result direct = LintProcess.exec(dir, List.of(script.toString(), "--version"), env -> { });
        assertThat(direct.stdout()).as(direct.toString()).isEqualTo(version);

        Path link = dir.resolve("links/neam-lsp");
        Files.createDirectories(link.getParent());
        Files.createSymbolicLink(link, script);
        try {
            checkLauncherThroughLinks(link, version);
        } finally {
            Files.delete(link); // so @TempDir cleanup never meets a link leaving the temp folder
        }
    }

    private void checkLauncherThroughLinks(Path link, String version) throws IOException {
        LintProcess.Result viaLink = LintProcess.exec(dir, List.of(link.toString(), "--version"), env -> { });
        assertThat(viaLink.stdout()).as(viaLink.toString()).isEqualTo(version);

        Path linkToLink = dir.resolve("nl");
        Files.createSymbolicLink(linkToLink, Path.of("links/neam-lsp")); // relative link to a link
        String javaHome = System.getProperty("java.home");
        LintProcess.Result viaLinks = LintProcess.exec(dir, List.of(linkToLink.toString(), "lint", "--format", "json",
                "samples"), env -> env.put("JAVA_HOME", javaHome));
        assertThat(viaLinks.exitCode()).as(viaLinks.toString()).isZero();
        assertThat(paths(JsonContract.assertLintDocument(viaLinks.json())))
                .containsExactly("samples/neam.toml", "samples/src/lib/util.neam", "samples/src/main.neam");

        LintProcess.Result badJavaHome = LintProcess.exec(dir, List.of(link.toString(), "--version"),
                env -> env.put("JAVA_HOME", dir.resolve("no-jdk").toString()));
        assertThat(badJavaHome.exitCode()).isEqualTo(2);
        assertThat(badJavaHome.stderr()).contains("JAVA_HOME");

        LintProcess.Result exitStatus = LintProcess.exec(dir, List.of(link.toString(), "lint", "nope"), env -> { });
        assertThat(exitStatus.exitCode()).as("exit status passes through").isEqualTo(2);
    }

    static List<String> paths(List<JsonObject> files) {
        List<String> paths = new ArrayList<>();
        files.forEach(f -> paths.add(f.get("path").getAsString()));
        return paths;
    }

    /** The parent POM's version, which the jar's --version must print. */
    static String projectVersion() throws IOException {
        String pom = Files.readString(RepoPaths.repoRoot().resolve("pom.xml"));
        Matcher m = Pattern.compile("<artifactId>neam-lsp-parent</artifactId>\\s*<version>([^<]+)</version>").matcher(pom);
        assertThat(m.find()).as("version in the parent POM").isTrue();
        return m.group(1).trim();
    }
}
