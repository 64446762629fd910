package dev.neam.tests.lsp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.neam.parser.workspace.Analyzer;
import dev.neam.parser.workspace.Document;
import dev.neam.tests.cli.LintProcess;
import dev.neam.tests.support.RepoPaths;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real editor as the client: headless Neovim starts the server jar through its built-in LSP
 * client ({@code vim.lsp.start_client}, present since 0.5), opens a sample file and a broken copy,
 * and reports the diagnostics and symbols it received.
 */
class NeovimTest {
    /** Neovim's diagnostic severities 1 to 4, as lint names them. */
    private static final List<String> SEVERITIES = List.of("error", "warning", "information", "hint");

    @TempDir
    Path dir;

    @Test
    void neovimShowsTheServersDiagnosticsAndSymbols() throws Exception {
        assumeTrue(onPath("nvim"), "nvim is not installed (Debian package 'neovim'; .ci/run installs it): "
                + "the real-editor test is skipped");
        Path sample = RepoPaths.repoRoot().resolve("samples/src/main.neam").toAbsolutePath().normalize();
        String original = Files.readString(sample);
        String brokenText = original.replace("    max_turns: 6\n", "    max_turns:\n")
                .replace("guardchain InboundChecks = [MessageSize];", "guardchain InboundChecks = [MessageSize]");
        assertThat(brokenText).isNotEqualTo(original);
        Path broken = dir.resolve("broken.neam");
        Files.writeString(broken, brokenText);
        Path script = RepoPaths.repoRoot().resolve("tests/src/test/resources/nvim/neam_lsp_check.lua");
        Path out = dir.resolve("nvim-result.json");

        JsonObject result = runNeovim(script, out, Map.of(
                "NEAM_ROOT", dir.toString(),
                "NEAM_FILES", sample + "\n" + broken));

        assertThat(result.getAsJsonArray("errors")).as("errors in the Lua script").isEmpty();
        assertThat(result.getAsJsonObject("diagnostics").getAsJsonArray(sample.toString())).as("the sample is clean")
                .isEmpty();
        JsonArray seen = result.getAsJsonObject("diagnostics").getAsJsonArray(broken.toString());
        List<dev.neam.parser.diagnostic.Diagnostic> expected = new Analyzer()
                .analyze(List.of(new Document(broken.toString(), brokenText))).get(0).diagnostics();
        assertThat(expected).filteredOn(d -> d.category() == dev.neam.parser.diagnostic.Category.SYNTAX).hasSize(2);
        assertThat(seen).hasSize(expected.size());
        List<String> seenLines = new ArrayList<>();
        for (JsonElement e : seen) {
            JsonObject d = e.getAsJsonObject();
            seenLines.add(d.get("lnum").getAsInt() + ":" + d.get("col").getAsInt() + "-" + d.get("end_lnum").getAsInt()
                    + ":" + d.get("end_col").getAsInt() + " " + d.get("code").getAsString() + " " + d.get("message").getAsString()
                    + " [" + d.get("source").getAsString() + "]");
        }
        List<String> expectedLines = expected.stream().map(d -> d.range().start().line() + ":" + d.range().start().character()
                + "-" + d.range().end().line() + ":" + d.range().end().character() + " " + d.code().id() + " " + d.message()
                + " [neam]").toList();
        assertThat(seenLines).containsExactlyInAnyOrderElementsOf(expectedLines);
        assertThat(result.getAsJsonObject("symbols").getAsJsonArray(sample.toString()).toString())
                .contains("\"MessageSize\"", "\"SupportDesk\"", "\"handle\"");
        assertThat(result.getAsJsonObject("formatting").get(broken.toString()).getAsInt())
                .as("a file with syntax errors is not formatted").isZero();
        assertThat(result.getAsJsonObject("tokens").get(sample.toString()).getAsInt()).as("semantic tokens")
                .isPositive().matches(n -> n % 5 == 0);
        assertThat(result.get("exit_code").getAsInt()).as("Neovim stops the server with shutdown and exit").isZero();
    }

    @Test
    void neovimShowsHoverAndJumpsToTheDefinition() throws Exception {
        assumeTrue(onPath("nvim"), "nvim is not installed: the real-editor test is skipped");
        Path samples = RepoPaths.repoRoot().resolve("samples").toAbsolutePath().normalize();
        Path main = samples.resolve("src/main.neam");
        Path support = samples.resolve("src/agents/support.neam");
        List<String> lines = Files.readAllLines(main);
        int line = lines.indexOf("    entry_agent: Triage");
        int definitionLine = Files.readAllLines(support).indexOf("pub agent Triage {");
        assertThat(line).isNotNegative();
        assertThat(definitionLine).isNotNegative();
        Path script = RepoPaths.repoRoot().resolve("tests/src/test/resources/nvim/neam_lsp_navigation.lua");
        Path out = dir.resolve("nvim-navigation.json");

        JsonObject result = runNeovim(script, out, Map.of(
                "NEAM_ROOT", samples.toString(),
                "NEAM_FILE", main.toString(),
                "NEAM_LINE", String.valueOf(line),
                "NEAM_COL", String.valueOf("    entry_agent: Tri".length())));

        assertThat(result.getAsJsonArray("errors")).as("errors in the Lua script").isEmpty();
        JsonObject hover = result.getAsJsonObject("textDocument/hover");
        assertThat(hover.getAsJsonObject("contents").get("kind").getAsString()).isEqualTo("markdown");
        assertThat(hover.getAsJsonObject("contents").get("value").getAsString())
                .startsWith("```neam\npub agent Triage\n```")
                .contains("- **provider**: `\"openai\"`")
                .endsWith("Defined in `src/agents/support.neam`");
        assertThat(span(hover.getAsJsonObject("range"))).isEqualTo(line + ":17-" + line + ":23");
        JsonArray definition = result.getAsJsonArray("textDocument/definition");
        assertThat(definition).hasSize(1);
        JsonObject target = definition.get(0).getAsJsonObject();
        String uri = target.has("targetUri") ? target.get("targetUri").getAsString() : target.get("uri").getAsString();
        JsonObject range = target.has("targetSelectionRange") ? target.getAsJsonObject("targetSelectionRange")
                : target.getAsJsonObject("range");
        assertThat(Path.of(java.net.URI.create(uri))).isEqualTo(support);
        assertThat(span(range)).isEqualTo(definitionLine + ":10-" + definitionLine + ":16");
        assertThat(result.get("exit_code").getAsInt()).isZero();
    }

    @Test
    void neovimChecksNeamTomlAndDeployFilesWithTheDocumentedConfiguration() throws Exception {
        assumeTrue(onPath("nvim"), "nvim is not installed (Debian package 'neovim'): the real-editor test is skipped");
        Path project = dir.resolve("harbour-desk");
        Files.createDirectories(project.resolve("deploy/k8s"));
        Files.createDirectories(project.resolve("src"));
        Files.writeString(project.resolve("neam.toml"), """
                [package]
                name = "harbour-desk"
                version = "0.1.0"

                [deploy.kubernetes]
                replicas = "3"
                port = 8080
                """);
        Files.writeString(project.resolve("src/main.neam"), """
                agent Barista {
                    provider: "ollama"
                    model: "llama3"
                    system: "You take coffee orders."
                }
                """);
        Files.writeString(project.resolve("deploy/k8s/deployment.yaml"), """
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: harbour-desk
                spec:
                  replicas: 3
                  template:
                    spec:
                      containers:
                        - name: neam-api
                          image: registry.example/harbour-desk:0.1.0
                          args: ["--port", "8080"]
                          ports:
                            - containerPort: 9090
                """);
        Files.writeString(project.resolve("deploy/Dockerfile"), """
                FROM ghcr.io/neam-lang/neam-api:0.7.2
                USER 1000
                EXPOSE 9090
                CMD ["neam-api", "--port", "8080"]
                """);
        // YAML of another project: no neam.toml above it, so Neovim must not attach the server
        Path other = dir.resolve("elsewhere/config.yaml");
        Files.createDirectories(other.getParent());
        Files.writeString(other, "replicas: \"3\"\n");
        List<Path> files = List.of(project.resolve("neam.toml"), project.resolve("deploy/k8s/deployment.yaml"),
                project.resolve("deploy/Dockerfile"));
        Path script = RepoPaths.repoRoot().resolve("tests/src/test/resources/nvim/neam_lsp_project.lua");

        JsonObject result = runNeovim(script, dir.resolve("nvim-project.json"), Map.of(
                "NEAM_ROOT", project.toString(),
                "NEAM_FILES", String.join("\n", files.stream().map(Path::toString).toList()),
                "NEAM_OTHER_FILES", other.toString()));

        assertThat(result.getAsJsonArray("errors")).as("errors in the Lua script").isEmpty();
        LintProcess.Result lint = LintProcess.run(project, "lint", "--format", "json", "--fail-on", "never", ".");
        assertThat(lint.exitCode()).as("lint ran: %s", lint).isZero();
        Map<String, String> filetypes = Map.of("neam.toml", "toml", "deployment.yaml", "yaml", "Dockerfile", "dockerfile");
        for (Path file : files) {
            String key = file.toString();
            assertThat(result.getAsJsonObject("filetypes").get(key).getAsString()).as("Neovim's file type of %s", file)
                    .isEqualTo(filetypes.get(file.getFileName().toString()));
            assertThat(result.getAsJsonObject("attached").get(key).getAsBoolean()).as("attached: %s", file).isTrue();
            List<String> expected = lint.findingsOf(project.relativize(file));
            assertThat(expected).as("lint finds something in %s", file).isNotEmpty();
            List<String> seen = new ArrayList<>();
            for (JsonElement e : result.getAsJsonObject("diagnostics").getAsJsonArray(key)) {
                JsonObject d = e.getAsJsonObject();
                seen.add(d.get("code").getAsString() + " " + SEVERITIES.get(d.get("severity").getAsInt() - 1) + " "
                        + d.get("lnum").getAsInt() + ":" + d.get("col").getAsInt() + "-" + d.get("end_lnum").getAsInt() + ":"
                        + d.get("end_col").getAsInt() + " " + d.get("message").getAsString());
            }
            assertThat(seen).as("what Neovim shows for %s", file).containsExactlyInAnyOrderElementsOf(expected);
        }
        assertThat(lint.findingsOf(project.relativize(files.get(0))))
                .containsExactly("TOML9001 warning 5:11-5:14 'replicas' is quoted: neamc cannot read \"3\" as an integer and uses "
                        + "the default 2; write 3");
        assertThat(lint.findingsOf(project.relativize(files.get(1)))).as("among the deployment's findings")
                .contains("DEPLOY1001 warning 13:29-13:33 containerPort 9090 is not the port neam-api listens on (8080, from --port)");
        assertThat(result.getAsJsonObject("filetypes").get(other.toString()).getAsString()).isEqualTo("yaml");
        assertThat(result.getAsJsonObject("attached").get(other.toString()).getAsBoolean())
                .as("YAML outside a Neam project is left alone").isFalse();
        assertThat(result.get("stopped").getAsBoolean()).as("Neovim stops the server").isTrue();
    }

    @Test
    void theDocumentedNeovimConfigurationIsTheOneTheTestRuns() throws Exception {
        String script = Files.readString(RepoPaths.repoRoot().resolve("tests/src/test/resources/nvim/neam_lsp_project.lua"));
        String begin = "-- begin documented configuration\n";
        String block = script.substring(script.indexOf(begin) + begin.length(),
                script.indexOf("-- end documented configuration"));
        String documented = block.stripIndent()
                .replace("cmd = { os.getenv('NEAM_JAVA'), '-jar', os.getenv('NEAM_LSP_JAR') }",
                        "cmd = { 'java', '-jar', vim.fn.expand('~/tools/neam-lsp.jar') }");
        assertThat(documented).contains("vim.fn.expand('~/tools/neam-lsp.jar')");
        assertThat(Files.readString(RepoPaths.repoRoot().resolve("docs/editors.md"))).contains(documented);
    }

    /** "line:character-line:character" of a protocol range as Neovim encodes it (key order varies). */
    private static String span(JsonObject range) {
        JsonObject start = range.getAsJsonObject("start");
        JsonObject end = range.getAsJsonObject("end");
        return start.get("line").getAsInt() + ":" + start.get("character").getAsInt() + "-" + end.get("line").getAsInt()
                + ":" + end.get("character").getAsInt();
    }

    private static boolean onPath(String command) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String folder : path.split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(folder, command))) {
                return true;
            }
        }
        return false;
    }

    @Test
    void neovimListsCompletionsFromTheServer() throws Exception {
        assumeTrue(onPath("nvim"), "nvim is not installed (Debian package 'neovim'): the real-editor test is skipped");
        Path sample = RepoPaths.repoRoot().resolve("samples/src/main.neam").toAbsolutePath().normalize();
        Path script = RepoPaths.repoRoot().resolve("tests/src/test/resources/nvim/neam_lsp_completion.lua");
        Path out = dir.resolve("nvim-completion.json");
        // in the runner: a key position (line 38), the value of `tracing:` (39), after `SupportDesk.` (50)
        String positions = "38:4;39:13;50:29";
        JsonObject result = runNeovim(script, out, Map.of(
                "NEAM_ROOT", sample.getParent().getParent().toString(),
                "NEAM_FILE", sample.toString(),
                "NEAM_POSITIONS", positions));

        assertThat(result.getAsJsonArray("errors")).as("errors in the Lua script").isEmpty();
        JsonObject completions = result.getAsJsonObject("completions");
        assertThat(labels(completions, "38:4")).contains("max_turns", "guardrails")
                .doesNotContain("entry_agent", "tracing", "input_guardrails");
        assertThat(labels(completions, "39:13")).containsExactlyInAnyOrder("enabled", "disabled");
        assertThat(labels(completions, "50:29")).containsExactly("run");
        assertThat(result.get("exit_code").getAsInt()).as("Neovim stops the server with shutdown and exit").isZero();
    }

    @Test
    void neovimServesNeamTomlOpenedAsToml() throws Exception {
        assumeTrue(onPath("nvim"), "nvim is not installed (Debian package 'neovim'): the real-editor test is skipped");
        String sample = Files.readString(RepoPaths.repoRoot().resolve("samples/neam.toml"));
        Path manifest = dir.resolve("neam.toml");
        Files.writeString(manifest, sample + "\n[deploy.serverless]\nmem\n");
        List<String> lines = Files.readAllLines(manifest);
        int half = lines.size() - 1;
        int replicas = lines.indexOf("replicas = 3");
        Path script = RepoPaths.repoRoot().resolve("tests/src/test/resources/nvim/neam_lsp_manifest.lua");

        JsonObject result = runNeovim(script, dir.resolve("nvim-manifest.json"), Map.of(
                "NEAM_ROOT", dir.toString(),
                "NEAM_FILE", manifest.toString(),
                "NEAM_COMPLETE", half + ":3",
                "NEAM_HOVER", replicas + ":2"));

        assertThat(result.getAsJsonArray("errors")).as("errors in the Lua script").isEmpty();
        assertThat(result.get("filetype").getAsString()).as("Neovim's own file type for neam.toml").isEqualTo("toml");
        assertThat(result.getAsJsonArray("published").toString()).as("the half-typed key is a TOML syntax error")
                .contains("TOML0001").doesNotContain("NEAM");
        List<String> completions = new ArrayList<>();
        result.getAsJsonArray("completions").forEach(e -> completions.add(e.getAsString()));
        assertThat(completions).contains("memory", "timeout", "workers");
        assertThat(result.get("hover").getAsString()).contains("replicas = 2", "- Read by neamc 0.6, 0.6.8, 0.7.2");
        assertThat(result.getAsJsonArray("symbols").toString()).contains("\"package\"", "\"deploy\"", "\"agents[0]\"");
        assertThat(result.get("formatting").getAsInt()).as("a file with syntax errors is not formatted").isZero();
        assertThat(result.get("exit_code").getAsInt()).isZero();
    }

    /**
     * Runs a Lua script in headless Neovim against the server jar, with the given NEAM_* variables,
     * and reads the JSON the script writes to {@code out}.
     */
    private JsonObject runNeovim(Path script, Path out, Map<String, String> variables) throws Exception {
        Path log = dir.resolve("nvim-output.txt");
        ProcessBuilder builder = new ProcessBuilder("nvim", "--headless", "--clean", "-n", "-i", "NONE",
                "-c", "luafile " + script)
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("NEAM_LSP_JAR", RepoPaths.lspJar().toString());
        builder.environment().put("NEAM_JAVA", Path.of(System.getProperty("java.home"), "bin", "java").toString());
        builder.environment().putAll(variables);
        builder.environment().put("NEAM_OUT", out.toString());
        builder.environment().put("XDG_STATE_HOME", dir.resolve("state").toString()); // Neovim's LSP log goes here
        builder.environment().put("XDG_CACHE_HOME", dir.resolve("cache").toString());
        builder.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        Process nvim = builder.start();
        if (!nvim.waitFor(240, TimeUnit.SECONDS)) { // beyond the script's own waits: they name what was missing
            nvim.destroyForcibly();
            throw new AssertionError("Neovim did not finish: " + Files.readString(log));
        }
        assertThat(out).as("Neovim output: %s", Files.readString(log)).exists();
        return JsonParser.parseString(Files.readString(out)).getAsJsonObject();
    }

    private static List<String> labels(JsonObject completions, String position) {
        List<String> labels = new ArrayList<>();
        completions.getAsJsonArray(position).forEach(e -> labels.add(e.getAsString()));
        return labels;
    }
}
