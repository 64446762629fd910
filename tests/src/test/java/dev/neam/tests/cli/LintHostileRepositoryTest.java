package dev.neam.tests.cli;

import static dev.neam.tests.cli.LintProcess.run;
import static dev.neam.tests.cli.LintProcess.write;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * Lint of a repository that attacks its reader (the real jar, as CI runs it): links to a file of
 * secrets outside the project, FIFOs, a folder that cannot be listed, credentials and terminal escape
 * sequences in the code, a report that cannot be written. Nothing outside the project is read,
 * nothing blocks, every refusal is a finding with its reason, no secret is printed and a lost report
 * is exit status 2.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
@Isolated // prints lint's time on pathological files
class LintHostileRepositoryTest {

    /** Words of the secrets file, each of which would show in a syntax error if the file were read. */
    static final List<String> SECRET_WORDS = List.of("wJalrXUtnFEMIbK7MDENGbPxRfiCYzEXAMPLEKEY", "correcthorsebatterystaple",
            "hunter2", "aws_secret_access_key", "ghp_", "AKIA");
    static final String SECRETS = "[default]\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\n"
            + "aws_secret_access_key = wJalrXUtnFEMIbK7MDENGbPxRfiCYzEXAMPLEKEY\n"
            + "password = correcthorsebatterystaple hunter2\ntoken = ghp_abcdefghijklmnopqrstuvwxyz0123456789\n";

    @TempDir
    Path dir;
    Path project;

    @BeforeEach
    void repository() throws IOException {
        Path home = Files.createDirectories(dir.resolve("home"));
        Files.writeString(home.resolve("credentials"), SECRETS);
        project = dir.resolve("proj");
        write(project, "neam.toml", "[package]\nname = \"desk\"\nversion = \"0.1.0\"\n");
        write(project, "src/main.neam", "let answer = 42;\n");
        Files.createSymbolicLink(project.resolve("src/leak.neam"), home.resolve("credentials"));
        Files.createDirectories(project.resolve("deploy/k8s"));
        Files.createSymbolicLink(project.resolve("deploy/k8s/leak.yaml"), Path.of("../../../home/credentials"));
        Files.createSymbolicLink(project.resolve("src/same.neam"), Path.of("main.neam")); // a link inside is fine
    }

    @Test
    void aLinkToAFileOfSecretsIsNotFollowedAndNoFormatPrintsAnyOfItsWords() {
        for (String format : List.of("text", "json", "sarif", "github")) {
            LintProcess.Result r = run(dir, "lint", "--format", format, "proj");
            assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
            for (String word : SECRET_WORDS) {
                assertThat(r.stdout() + r.stderr()).as("%s output", format).doesNotContain(word);
            }
        }
        LintProcess.Result json = run(dir, "lint", "--format", "json", "proj");
        String refused = "NEAM0012 error 0:0-0:0 this file is a symbolic link to a place outside the project; it was not "
                + "followed; nothing in it was checked";
        assertThat(json.findingsOf(Path.of("proj/src/leak.neam"))).containsExactly(refused);
        assertThat(json.findingsOf(Path.of("proj/deploy/k8s/leak.yaml"))).containsExactly(refused);
        assertThat(json.stdout()).as("the rest of the project is checked").contains("proj/src/main.neam".replace("/", File.separator));
    }

    @Test
    void aLinkLeavingTheProjectNamedOnTheCommandLineIsRefusedToo() {
        LintProcess.Result r = run(dir, "lint", "--format", "json", "proj/src/leak.neam", "proj/deploy/k8s/leak.yaml");

        assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
        SECRET_WORDS.forEach(word -> assertThat(r.stdout() + r.stderr()).doesNotContain(word));
        assertThat(r.findingsOf(Path.of("proj/src/leak.neam"))).hasSize(1).allMatch(f -> f.contains("outside the project"));
        assertThat(r.findingsOf(Path.of("proj/deploy/k8s/leak.yaml"))).hasSize(1).allMatch(f -> f.contains("outside the project"));
    }

    @Test
    void fifosAreNeverOpenedWhetherFoundOrNamed() throws Exception {
        mkfifo(project.resolve("src/pipe.neam"));
        mkfifo(project.resolve("deploy/k8s/pipe.yaml"));

        LintProcess.Result found = run(dir, "lint", "--format", "json", "proj");
        LintProcess.Result named = run(dir, "lint", "--format", "json", "proj/src/pipe.neam");

        String special = "NEAM0012 error 0:0-0:0 this file is not a regular file (a FIFO, a device or a socket); it was not "
                + "opened; nothing in it was checked";
        assertThat(found.findingsOf(Path.of("proj/src/pipe.neam"))).as(found.toString()).containsExactly(special);
        assertThat(found.findingsOf(Path.of("proj/deploy/k8s/pipe.yaml"))).containsExactly(special);
        assertThat(named.findingsOf(Path.of("proj/src/pipe.neam"))).as(named.toString()).containsExactly(special);
    }

    @Test
    void aFolderThatCannotBeListedIsAFindingWithTheReasonAndTheRestIsChecked() throws Exception {
        write(project, "src/locked/hidden.neam", "let hidden = 1;\n");
        Path locked = project.resolve("src/locked");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        try {
            List<String> command = new ArrayList<>(withoutSuperuserReads());
            command.addAll(List.of(LintProcess.java(), "-jar", LintProcess.jar().toString(), "lint", "--format", "json", "proj"));
            LintProcess.Result r = LintProcess.exec(dir, command, env -> { });

            assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
            assertThat(r.findingsOf(Path.of("proj/src/locked"))).containsExactly("NEAM0012 error 0:0-0:0 this folder cannot be "
                    + "listed: permission denied; nothing in it was checked");
            assertThat(r.findingsOf(Path.of("proj/src/main.neam"))).isEmpty();
            assertThat(r.stdout()).contains("main.neam");
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void credentialsTypedIntoTheCodeAreMaskedInEveryFinding() throws IOException {
        String key = "sk-proj-Zq8xV3mN7pL2kR9tW4yB6cD1fG5hJ0aS";
        write(project, "src/agents.neam", "agent Desk {\n    provider: \"" + key + "\"\n    model: \"gpt-4o\"\n"
                + "    api_key_env: \"" + key + "\"\n}\nlet " + "AKIAIOSFODNN7EXAMPLE" + " = ;\n");
        // a key pasted into the manifest as a quoted key: quoted back by the unknown-key findings
        String awsSecret = "wJalrXUtnFEMIbK7MDENGbPxRfiCYzEXAMPLEKEY";
        write(project, "neam.toml", "[package]\nname = \"desk\"\nversion = \"0.1.0\"\n\"" + awsSecret + "\" = \"x\"\n");
        for (String format : List.of("text", "json", "sarif", "github")) {
            LintProcess.Result r = run(dir, "lint", "--format", format, "proj");
            assertThat(r.stdout()).as(r.toString()).contains("sk-p…").doesNotContain(key).doesNotContain(key.substring(0, 12))
                    .doesNotContain("AKIAIOSFODNN7EXAMPLE").doesNotContain(awsSecret).contains("wJal…");
        }
    }

    @Test
    void controlCharactersFromTheFilesAreEscapedInTextAndGithubOutput() throws IOException {
        write(project, "src/evil\u001b[2J.neam", "agent Desk {\n    provider: \"\u001b]0;owned\u0007\u001b[31mred\"\n"
                + "    model: \"gpt-4o\"\n}\nlet = ;\n");
        for (String format : List.of("text", "github")) {
            LintProcess.Result r = run(dir, "lint", "--format", format, "--fail-on", "never", "proj");
            assertThat(r.stdout()).as(r.toString()).doesNotContain("\u001b").doesNotContain("\u0007").contains("\\x1b");
        }
    }

    @Test
    void aReportThatCannotBeWrittenIsExitStatusTwoWithTheReason() throws Exception {
        List<String> lint = List.of(LintProcess.java(), "-jar", LintProcess.jar().toString(), "lint", "--format", "json", "proj");

        Process full = new ProcessBuilder(lint).directory(dir.toFile()).redirectOutput(new File("/dev/full")).start();
        full.getOutputStream().close();
        String fullErr = new String(full.getErrorStream().readAllBytes());
        assertThat(full.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(full.exitValue()).as(fullErr).isEqualTo(2);
        assertThat(fullErr).contains("cannot write the report to standard output: No space left on device");

        List<String> closed = List.of("sh", "-c", "exec \"$0\" \"$@\" >&-", lint.get(0));
        List<String> closedCommand = new ArrayList<>(closed);
        closedCommand.addAll(lint.subList(1, lint.size()));
        LintProcess.Result r = LintProcess.exec(dir, closedCommand, env -> { });
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(2);
        assertThat(r.stderr()).contains("cannot write the report to standard output");

        // a pipe whose reader is gone before lint writes (the reader, true, ends at once); pipefail gives lint's status
        List<String> piped = new ArrayList<>(List.of("bash", "-c", "set -o pipefail; \"$@\" | true", "lint"));
        piped.addAll(lint);
        LintProcess.Result broken = LintProcess.exec(dir, piped, env -> { });
        assertThat(broken.exitCode()).as(broken.toString()).isEqualTo(2);
        assertThat(broken.stderr()).contains("cannot write the report to standard output: Broken pipe");
    }

    /**
     * Files built to cost minutes and gigabytes cost what a tiny file costs: lint runs in a 1 GB heap
     * and its time is printed beside that of a one-line file (on a loaded machine the JVM's start
     * dominates both; the bound asserted is a regression guard, the target 10 s).
     */
    @Test
    void pathologicalFilesAreLintedInAGigabyteAndAboutTheTimeOfATinyFile() throws Exception {
        write(project, "src/braces.neam", "{".repeat(5 * 1024 * 1024));
        write(project, "src/parens.neam", "let x = " + "(".repeat(3_900_000) + "1;\n");
        write(project, "src/chain.neam", "let x = " + "a + ".repeat(500_000) + "1;\n");
        long tiny = timedLint("proj/src/main.neam");
        long pathological = timedLint("proj/src/braces.neam", "proj/src/parens.neam", "proj/src/chain.neam");
        System.out.printf("lint with -Xmx1g: a one-line file %d ms; 5 MB of braces, 3.9 MB of parentheses and a"
                + " 500,000-term chain %d ms%n", tiny, pathological);
        assertThat(pathological).as("lint of the pathological files").isLessThan(Math.max(60_000, 3 * tiny));
    }

    /** Runs lint with a 1 GB heap on the files, asserts it reported (exit 0 or 1, no OutOfMemoryError); returns the milliseconds. */
    private long timedLint(String... files) throws Exception {
        List<String> command = new ArrayList<>(List.of(LintProcess.java(), "-Xmx1g", "-jar", LintProcess.jar().toString(),
                "lint", "--format", "json"));
        command.addAll(List.of(files));
        long started = System.nanoTime();
        LintProcess.Result r = LintProcess.exec(dir, command, env -> { });
        long took = (System.nanoTime() - started) / 1_000_000;
        assertThat(r.exitCode()).as(r.stderr()).isIn(0, 1);
        assertThat(r.stderr()).doesNotContain("OutOfMemoryError");
        if (files.length > 1) {
            assertThat(r.stdout()).contains("NEAM0013").contains("NEAM0014");
        }
        return took;
    }

    /**
     * Ignore lines and deploy globs come from the repository: ones built to make a backtracking
     * matcher take exponential time cost lint what any other pattern costs (the bound only catches a
     * run that never ends; such a run took minutes per file with regular expressions).
     */
    @Test
    void globsBuiltToBacktrackDoNotHoldUpLint() throws Exception {
        String name = "a".repeat(200);
        write(project, "src/" + name + ".neam", "let answer = 42;\n");
        write(project, ".gitignore", "a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*b\n");
        write(project, "deploy/" + "x".repeat(200) + ".yaml", "kind: ConfigMap\n");
        List<String> command = new ArrayList<>(List.of(LintProcess.java(), "-jar", LintProcess.jar().toString(), "lint",
                "--format", "json", "--deploy-glob", "**" + "/**".repeat(40) + "/x*y*z*w*v.yaml", "proj"));
        long started = System.nanoTime();
        Process lint = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        boolean ended = lint.waitFor(60, TimeUnit.SECONDS);
        lint.destroyForcibly();
        System.out.printf("lint with a backtracking .gitignore line and --deploy-glob: %d ms%n",
                (System.nanoTime() - started) / 1_000_000);
        assertThat(ended).as("lint ended within 60 s").isTrue();
        assertThat(lint.exitValue()).isIn(0, 1);
    }

    /** A chain of 3,000 terms overflows a recursive checker's stack: a finding (exit 1), never an internal error (exit 2). */
    @Test
    void aLongChainOfLiteralsIsAFindingNotACrash() throws IOException {
        write(project, "src/chain.neam", "let x = " + "1 + ".repeat(3_000) + "1;\n");
        LintProcess.Result r = run(dir, "lint", "--format", "json", "proj/src/chain.neam");
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
        assertThat(r.findingsOf(Path.of("proj/src/chain.neam"))).as(r.toString()).singleElement()
                .satisfies(f -> assertThat(f).startsWith("NEAM0014 error"));
    }

    /** Garbage in one document of a multi-document deploy file hides none of the documents after it. */
    @Test
    void aBrokenYamlDocumentHidesNoDocumentAfterIt() throws IOException {
        write(project, "deploy/k8s/app.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: desk\n---\n"
                + "data: [unclosed\n---\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: desk\nspec:\n"
                + "  template:\n    spec:\n      containers:\n        - name: desk\n          image: neam/desk:latest\n");
        LintProcess.Result r = run(dir, "lint", "--format", "json", "proj");
        List<String> findings = r.findingsOf(Path.of("proj/deploy/k8s/app.yaml"));
        assertThat(findings).as(r.toString()).filteredOn(f -> f.startsWith("DEPLOY0001")).hasSize(1);
        assertThat(findings).as("the Deployment after the broken document is checked")
                .anyMatch(f -> f.startsWith("DEPLOY6003 warning 16:17-16:33 image 'neam/desk:latest'"));
    }

    @Test
    void existenceChecksDoNotLookOutsideTheProject() throws IOException {
        write(project, "src/paths.neam", "agent A {\n    provider: \"ollama\"\n    model: \"llama3.2:3b\"\n"
                + "    context_from: \"/etc/no-such-file-anywhere\"\n}\n"
                + "agent B {\n    provider: \"ollama\"\n    model: \"llama3.2:3b\"\n"
                + "    context_from: \"../../../no-such-file-either\"\n}\n"
                + "agent C {\n    provider: \"ollama\"\n    model: \"llama3.2:3b\"\n"
                + "    context_from: \"./missing-inside.md\"\n}\n");

        LintProcess.Result r = run(dir, "lint", "--format", "json", "--fail-on", "never", "proj/src/paths.neam");

        assertThat(r.findingsOf(Path.of("proj/src/paths.neam"))).as(r.toString())
                .filteredOn(f -> f.startsWith("NEAM1010")).hasSize(1).allMatch(f -> f.contains("missing-inside.md"));
    }

    /** Superusers read any folder: when the tests run as root, lint runs without that privilege. */
    private static List<String> withoutSuperuserReads() {
        if (!"root".equals(System.getProperty("user.name"))) {
            return List.of();
        }
        return List.of("setpriv", "--bounding-set=-dac_override,-dac_read_search");
    }

    static void mkfifo(Path path) throws Exception {
        Process p = new ProcessBuilder("mkfifo", path.toString()).inheritIO().start();
        assertThat(p.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isZero();
    }
}
