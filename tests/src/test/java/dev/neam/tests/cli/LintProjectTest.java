package dev.neam.tests.cli;

import static dev.neam.tests.cli.LintProcess.run;
import static dev.neam.tests.cli.LintProcess.sep;
import static dev.neam.tests.cli.LintProcess.write;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.neam.tests.support.RepoPaths;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tomlj.Toml;

/** lint on projects, through the real jar: neam.toml and deploy files appear in the output like .neam files. */
class LintProjectTest {

    static final String SECRET = "sk-proj-abcdefghijklmnopqrstuvwxyz0123";

    @TempDir
    Path dir;

    @BeforeEach
    void project() throws IOException {
        write(dir, "proj/src/main.neam", "// main\n");
        write(dir, "proj/neam.toml", "[package]\nname = \"bot\"\nversion = \"1.0\"\n\n[deploy.kubernetes]\nreplicas = \"3\"\nport = 8080\n");
        write(dir, "proj/deploy/k8s/app.yaml", String.join("\n",
                "apiVersion: apps/v1",
                "kind: Deployment",
                "metadata: {name: bot}",
                "spec:",
                "  replicas: 2",
                "  template:",
                "    spec:",
                "      containers:",
                "        - name: neam-api",
                "          image: ghcr.io/acme/bot:1.0.0",
                "          args: [\"--port\", \"9000\"]",
                "          env:",
                "            - name: OPENAI_API_KEY",
                "              value: " + SECRET,
                ""));
        write(dir, "proj/deploy/Dockerfile", "FROM debian:bookworm-slim\nUSER 1000\nEXPOSE 8080\n"
                + "HEALTHCHECK CMD curl -f http://127.0.0.1:8080/health\nCMD [\"neam-api\"]\n");
        write(dir, "proj/docs/example.yaml", "not: [checked\n");
        write(dir, "proj/node_modules/pkg/neam.toml", "broken = = toml\n");
    }

    @Test
    void jsonListsTheManifestAndDeployFilesWithTheirCategories() {
        LintProcess.Result r = run(dir, "lint", "--format", "json", "proj");

        assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
        List<JsonObject> files = JsonContract.assertLintDocument(r.json());
        assertThat(LintCommandTest.paths(files)).containsExactly(sep("proj/deploy/Dockerfile"), sep("proj/deploy/k8s/app.yaml"),
                sep("proj/neam.toml"), sep("proj/src/main.neam"));
        JsonObject manifest = files.get(2);
        assertThat(codes(manifest)).containsExactly("TOML2002", "TOML9001");
        assertThat(categories(manifest)).containsOnly("manifest");
        JsonObject quoted = diagnostic(manifest, "TOML9001");
        assertThat(quoted.get("severity").getAsString()).isEqualTo("warning");
        assertThat(quoted.get("message").getAsString()).isEqualTo(
                "'replicas' is quoted: neamc cannot read \"3\" as an integer and uses the default 2; write 3");
        assertThat(quoted.getAsJsonObject("range").toString())
                .isEqualTo("{\"start\":{\"line\":5,\"character\":11},\"end\":{\"line\":5,\"character\":14}}");

        JsonObject deployment = files.get(1);
        assertThat(categories(deployment)).containsOnly("deploy");
        assertThat(codes(deployment)).contains("DEPLOY5001", "DEPLOY1001", "DEPLOY9001", "DEPLOY2001");
        JsonObject cross = diagnostic(deployment, "DEPLOY9001");
        JsonObject related = cross.getAsJsonArray("relatedInformation").get(0).getAsJsonObject();
        assertThat(related.get("path").getAsString()).isEqualTo(sep("proj/neam.toml"));
        assertThat(related.getAsJsonObject("range").toString())
                .isEqualTo("{\"start\":{\"line\":6,\"character\":0},\"end\":{\"line\":6,\"character\":11}}");
        assertThat(codes(files.get(0))).as("the Dockerfile keeps the contract").isEmpty();
        assertThat(r.stdout()).as("secrets are never printed in full").doesNotContain(SECRET).contains("'sk-p…' (38 characters)");
    }

    @Test
    void textOutputPrintsManifestDiagnosticsLikeOthers() {
        LintProcess.Result r = run(dir, "lint", "proj");

        assertThat(r.stdout()).contains(sep("proj/neam.toml") + ":6:12: warning TOML9001 'replicas' is quoted")
                .contains(sep("proj/neam.toml") + ":3:11: error TOML2002 '1.0' is not a SemVer 2.0 version such as 1.2.3\n")
                .doesNotContain(SECRET).doesNotContain("example.yaml").doesNotContain("node_modules");
        assertThat(r.stderr()).startsWith("4 files, ");
    }

    @Test
    void aManifestNamedExplicitlyIsCheckedAsAManifest() {
        LintProcess.Result r = run(dir, "lint", "--format", "json", "proj/neam.toml");

        List<JsonObject> files = JsonContract.assertLintDocument(r.json());
        assertThat(LintCommandTest.paths(files)).containsExactly(sep("proj/neam.toml"));
        assertThat(codes(files.get(0))).containsExactly("TOML2002", "TOML9001");
    }

    @Test
    void aDeployFileNamedExplicitlyIsCheckedAgainstItsProjectsManifest() {
        LintProcess.Result r = run(dir, "lint", "--format", "json", "proj/deploy/k8s/app.yaml");

        List<JsonObject> files = JsonContract.assertLintDocument(r.json());
        assertThat(LintCommandTest.paths(files)).containsExactly(sep("proj/deploy/k8s/app.yaml"));
        assertThat(codes(files.get(0))).contains("DEPLOY9001", "DEPLOY5001").noneMatch(c -> c.startsWith("NEAM"));
    }

    @Test
    void theSampleProjectIsClean() {
        LintProcess.Result r = run(RepoPaths.repoRoot(), "lint", "--format", "json", "samples");

        List<JsonObject> files = JsonContract.assertLintDocument(r.json());
        assertThat(LintCommandTest.paths(files)).contains(sep("samples/neam.toml"), sep("samples/deploy/Dockerfile"),
                sep("samples/deploy/docker-compose.yml"), sep("samples/deploy/k8s/base/deployment.yaml"),
                sep("samples/deploy/k8s/overlays/production/kustomization.yaml"), sep("samples/deploy/otel/otel-collector.yaml"));
        List<JsonObject> projectFiles = files.stream().filter(f -> !f.get("path").getAsString().endsWith(".neam")).toList();
        assertThat(projectFiles).hasSize(25);
        assertThat(projectFiles).allSatisfy(f -> assertThat(f.getAsJsonArray("diagnostics")).as("%s", f).isEmpty());
    }

    @Test
    void theManifestProfileAndDeployGlobsAreOptions() throws IOException {
        write(dir, "proj/neam.toml", "[package]\nname = \"bot\"\nversion = \"1.0.0\"\n\n[[agents]]\nid = \"a\"\n");
        write(dir, "proj/ops/Dockerfile", "FROM debian\n");

        LintProcess.Result auto = run(dir, "lint", "--format", "json", "proj/neam.toml");
        LintProcess.Result old = run(dir, "lint", "--format", "json", "--manifest-profile", "0.6.8", "proj/neam.toml");
        LintProcess.Result globs = run(dir, "lint", "--format", "json", "--deploy-glob", "ops/**", "proj");
        LintProcess.Result bad = run(dir, "lint", "--manifest-profile", "0.5", "proj");

        assertThat(codes(JsonContract.assertLintDocument(auto.json()).get(0))).isEmpty();
        JsonObject agents = diagnostic(JsonContract.assertLintDocument(old.json()).get(0), "TOML9010");
        assertThat(agents.get("message").getAsString()).isEqualTo("[[agents]] is not read by neamc 0.6.8 (read by 0.7.2)");
        assertThat(LintCommandTest.paths(JsonContract.assertLintDocument(globs.json())))
                .containsExactly(sep("proj/neam.toml"), sep("proj/ops/Dockerfile"), sep("proj/src/main.neam"));
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.stderr()).startsWith("neam-lsp: unknown manifest profile: 0.5");
    }

    @Test
    void schemaPrintsTheCommittedJsonSchema() throws IOException {
        LintProcess.Result r = run(dir, "schema", "neam-toml");
        LintProcess.Result bad = run(dir, "schema", "helm-values");

        assertThat(r.exitCode()).isZero();
        assertThat(r.stdout()).isEqualTo(Files.readString(RepoPaths.repoRoot().resolve("docs/neam-toml.schema.json")));
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.stderr()).startsWith("neam-lsp: ").contains("unknown schema 'helm-values'");
    }

    /** The schema the jar prints rejects exactly the [tool.neam-lsp] tables the jar's lint stops on. */
    @Test
    void theSchemaFromTheJarRejectsExactlyTheToolTablesLintStopsOn() throws IOException {
        Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7)
                .getSchema(run(dir, "schema", "neam-toml").stdout(), InputFormat.JSON);
        List<String> bodies = List.of("rules = { NEAM3007 = \"off\" }", "rules = { NEAM3007 = \"loud\" }",
                "disable = [\"NEAM9999\"]", "language-version = \"1.x\"", "exlude = [\"x\"]");
        for (String body : bodies) {
            String toml = "[package]\nname = \"bot\"\nversion = \"1.0.0\"\n\n[tool.neam-lsp]\n" + body + "\n";
            write(dir, "proj/neam.toml", toml);
            LintProcess.Result lint = run(dir, "lint", "--format", "json", "proj/neam.toml");
            boolean rejected = !schema.validate(Toml.parse(toml).toJson(), InputFormat.JSON).isEmpty();
            assertThat(lint.exitCode() == 2).as("%s: schema rejects %s, lint %s", body, rejected, lint).isEqualTo(rejected);
        }
    }

    static List<String> codes(JsonObject file) {
        List<String> codes = new ArrayList<>();
        for (JsonElement d : file.getAsJsonArray("diagnostics")) {
            codes.add(d.getAsJsonObject().get("code").getAsString());
        }
        return codes;
    }

    static List<String> categories(JsonObject file) {
        List<String> categories = new ArrayList<>();
        for (JsonElement d : file.getAsJsonArray("diagnostics")) {
            categories.add(d.getAsJsonObject().get("category").getAsString());
        }
        return categories;
    }

    static JsonObject diagnostic(JsonObject file, String code) {
        JsonArray all = file.getAsJsonArray("diagnostics");
        for (JsonElement d : all) {
            if (d.getAsJsonObject().get("code").getAsString().equals(code)) {
                return d.getAsJsonObject();
            }
        }
        throw new AssertionError(code + " not in " + all);
    }
}
