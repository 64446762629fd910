package dev.neam.tests.cli;

import static dev.neam.tests.cli.LintProcess.run;
import static dev.neam.tests.cli.LintProcess.sep;
import static dev.neam.tests.cli.LintProcess.write;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Broken input is a finding, never a lost report: a copy of the sample project with a neam.toml that
 * is not valid TOML (a syntax error and a duplicate key), a deploy YAML that is not valid YAML and a
 * binary .neam file is reported in full, in every format, with those three files as findings and
 * exit status 1.
 */
class LintBrokenInputTest {

    /** Bytes of no text format: a NUL early on, as in any compiled or image file. */
    static final byte[] BINARY = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 0x0d, 'I', 'H', 'D', 'R'};

    @TempDir
    Path dir;

    @BeforeEach
    void brokenSamples() throws IOException {
        Path samples = LintProcess.copySamples(dir.resolve("samples"));
        String manifest = Files.readString(samples.resolve("neam.toml"))
                .replace("license = \"MIT\"\n", "license = \"MIT\"\nlicense = \"Apache-2.0\"\n")
                .replace("[agent.limits]\n", "[agent.limits]\ntimeout-seconds = = 30\n");
        Files.writeString(samples.resolve("neam.toml"), manifest);
        write(samples, "deploy/k8s/extra.yaml", "apiVersion: v1\nkind: ConfigMap\ndata: [unclosed\n");
        Files.write(samples.resolve("src/logo.neam"), BINARY);
    }

    /** The findings each format must carry, and nothing else is an error. */
    static final List<String> EXPECTED = List.of(
            "samples/deploy/k8s/extra.yaml:4 DEPLOY0001",
            "samples/neam.toml:12 TOML0002",
            "samples/neam.toml:41 TOML0001",
            "samples/src/logo.neam:1 NEAM0012");

    @Test
    void jsonListsEveryFileWithTheBrokenOnesAsFindings() {
        LintProcess.Result r = run(dir, "lint", "--format", "json", "samples");

        assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
        assertThat(r.stderr()).isEmpty();
        List<JsonObject> files = JsonContract.assertLintDocument(r.json());
        assertThat(LintCommandTest.paths(files)).as("every file of the project is still checked and listed").contains(
                sep("samples/src/main.neam"), sep("samples/src/agents/support.neam"), sep("samples/tests/test_orders.neam"),
                sep("samples/deploy/k8s/base/deployment.yaml"), sep("samples/deploy/Dockerfile"), sep("samples/neam.toml"),
                sep("samples/deploy/k8s/extra.yaml"), sep("samples/src/logo.neam")).hasSize(34);
        List<String> errors = new ArrayList<>();
        for (JsonObject file : files) {
            for (JsonElement d : file.getAsJsonArray("diagnostics")) {
                JsonObject diagnostic = d.getAsJsonObject();
                int line = diagnostic.getAsJsonObject("range").getAsJsonObject("start").get("line").getAsInt() + 1;
                errors.add(file.get("path").getAsString().replace('\\', '/') + ":" + line + " "
                        + diagnostic.get("code").getAsString());
            }
        }
        assertThat(errors).containsExactlyElementsOf(EXPECTED);
        JsonObject binary = files.stream().filter(f -> f.get("path").getAsString().endsWith("logo.neam")).findFirst()
                .orElseThrow().getAsJsonArray("diagnostics").get(0).getAsJsonObject();
        assertThat(binary.get("message").getAsString()).isEqualTo(
                "this file is not a text file (it holds binary data: a NUL byte at offset 8); nothing in it was checked");
        assertThat(binary.get("severity").getAsString()).isEqualTo("error");
        assertThat(binary.get("category").getAsString()).isEqualTo("syntax");
    }

    @Test
    void textGithubAndSarifCarryTheSameFindings() {
        LintProcess.Result text = run(dir, "lint", "samples");
        LintProcess.Result github = run(dir, "lint", "--format", "github", "samples");
        LintProcess.Result sarif = run(dir, "lint", "--format", "sarif", "--output", "neam.sarif", "samples");

        assertThat(text.exitCode()).as(text.toString()).isEqualTo(1);
        assertThat(text.stdout().lines().map(l -> l.replace('\\', '/')).map(l -> l.replaceFirst(":(\\d+):\\d+: \\w+ (\\w+) .*", ":$1 $2")))
                .containsExactlyElementsOf(EXPECTED);
        assertThat(text.stderr()).isEqualTo("34 files, 4 errors, 0 warnings, 0 information, 0 hints\n");

        assertThat(github.exitCode()).isEqualTo(1);
        assertThat(github.stdout().lines().map(l -> l.replaceFirst("^::error file=([^,]+),line=(\\d+),.*title=(\\w+)::.*", "$1:$2 $3")))
                .containsExactlyElementsOf(EXPECTED);

        assertThat(sarif.exitCode()).isEqualTo(1);
        assertThat(sarif.stdout()).isEmpty();
        String log = readString(dir.resolve("neam.sarif"));
        assertThat(SarifSchema.violations(log)).isEmpty();
        List<String> results = new ArrayList<>();
        JsonObject runObject = JsonParser.parseString(log).getAsJsonObject().getAsJsonArray("runs").get(0).getAsJsonObject();
        for (JsonElement e : runObject.getAsJsonArray("results")) {
            JsonObject physical = e.getAsJsonObject().getAsJsonArray("locations").get(0).getAsJsonObject()
                    .getAsJsonObject("physicalLocation");
            results.add(physical.getAsJsonObject("artifactLocation").get("uri").getAsString() + ":"
                    + physical.getAsJsonObject("region").get("startLine").getAsInt() + " "
                    + e.getAsJsonObject().get("ruleId").getAsString());
        }
        assertThat(results).containsExactlyElementsOf(EXPECTED);
        JsonObject binaryRule = runObject.getAsJsonObject("tool").getAsJsonObject("driver").getAsJsonArray("rules").asList()
                .stream().map(JsonElement::getAsJsonObject).filter(rule -> rule.get("id").getAsString().equals("NEAM0012"))
                .findFirst().orElseThrow();
        assertThat(binaryRule.getAsJsonObject("fullDescription").get("text").getAsString())
                .as("a binary file takes no comment: the help says how to leave it out")
                .endsWith("[tool.neam-lsp] exclude or --exclude keeps the file out of the report.");
    }

    @Test
    void aBinaryManifestOrDeployFileIsOneFindingNotParserNoise() throws IOException {
        Path project = dir.resolve("bin");
        Files.createDirectories(project.resolve("deploy"));
        Files.write(project.resolve("neam.toml"), BINARY);
        Files.write(project.resolve("deploy/app.yaml"), BINARY);
        write(project, "src/main.neam", "// main\n");

        LintProcess.Result r = run(dir, "lint", "--format", "json", "bin");

        assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
        List<JsonObject> files = JsonContract.assertLintDocument(r.json());
        assertThat(LintCommandTest.paths(files)).containsExactly(sep("bin/deploy/app.yaml"), sep("bin/neam.toml"),
                sep("bin/src/main.neam"));
        assertThat(LintProjectTest.codes(files.get(0))).containsExactly("NEAM0012");
        assertThat(LintProjectTest.codes(files.get(1))).containsExactly("NEAM0012");
        assertThat(LintProjectTest.codes(files.get(2))).isEmpty();
    }

    @Test
    void invalidTomlInsideTheToolTableIsAFindingNotAConfigurationError() throws IOException {
        write(dir, "p/neam.toml", "[package]\nname = \"p\"\nversion = \"1.0.0\"\n\n[tool.neam-lsp]\nrules = { NEAM3007 = off }\n");
        write(dir, "p/src/main.neam", "// main\n");

        for (String format : List.of("text", "json", "sarif", "github")) {
            LintProcess.Result r = run(dir, "lint", "--format", format, "p");
            assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
            assertThat(r.stdout()).as(format).contains("TOML0001");
        }
    }

    private static String readString(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
