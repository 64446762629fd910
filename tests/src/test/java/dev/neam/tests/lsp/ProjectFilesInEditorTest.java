package dev.neam.tests.lsp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.neam.tests.cli.LintProcess;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.DiagnosticWorkspaceCapabilities;
import org.eclipse.lsp4j.DocumentDiagnosticParams;
import org.eclipse.lsp4j.DocumentDiagnosticReport;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceClientCapabilities;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * neam.toml and deploy files opened the way real clients open them (language ids {@code toml},
 * {@code yaml}, {@code dockerfile}, {@code plaintext}) get exactly the findings lint gives for the
 * same unsaved text, pushed or pulled; the edit that fixes them clears them; editing neam.toml
 * re-checks an open deployment it now contradicts, without the deployment being touched.
 */
@Execution(ExecutionMode.CONCURRENT) // each test has its own copy of the sample and its own server
class ProjectFilesInEditorTest {
    @TempDir
    Path dir;

    enum Mode { PUSH, PULL }

    /** The overlay deployed to neam.toml's namespace, whose replicas neam.toml states. */
    private static final String PRODUCTION = "deploy/k8s/overlays/production/kustomization.yaml";

    static Stream<Arguments> brokenFiles() {
        List<Arguments> cases = new ArrayList<>();
        for (Mode mode : Mode.values()) {
            cases.add(Arguments.of("neam.toml", "toml", "replicas = 3", "replicas = \"3\"", mode));
            cases.add(Arguments.of("neam.toml", "plaintext", "version = \"1.0.0\"\ntype", "version = \"one\"\ntype", mode));
            cases.add(Arguments.of("deploy/k8s/base/deployment.yaml", "yaml", "containerPort: 8080", "containerPort: 9090", mode));
            cases.add(Arguments.of("deploy/k8s/base/deployment.yaml", "plaintext", "path: /health", "path: /healthz", mode));
            // a value neam-api reads through envFrom, found in every overlay that deploys it
            cases.add(Arguments.of("deploy/k8s/base/configmap.yaml", "yaml", "NEAM_PORT: \"8080\"", "NEAM_PORT: \"9090\"", mode));
            // an overlay's patch that targets nothing once rendered
            cases.add(Arguments.of("deploy/k8s/overlays/production/kustomization.yaml", "yaml",
                    "kind: PodDisruptionBudget\n      name: trailhead-support", "kind: PodDisruptionBudget\n      name: trailhead-suport", mode));
            cases.add(Arguments.of("deploy/Dockerfile", "dockerfile", "USER 1000:1000\n", "", mode));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} as {1}, {4}")
    @MethodSource("brokenFiles")
    void anOpenProjectFileGetsLintsFindingsForItsUnsavedText(String file, String languageId, String from, String to,
                                                             Mode mode) throws IOException {
        Path project = copySamples("project");
        String original = Files.readString(project.resolve(file));
        assertThat(original).contains(from);
        String broken = original.replace(from, to);
        Set<String> expected = lintFindings(new Variant(file, from, to), file);
        assertThat(expected).as("lint finds something in the broken %s", file).isNotEmpty();

        String uri = project.resolve(file).toUri().toString();
        try (ServerProcess s = ServerProcess.start()) {
            s.initialize(capabilities(mode), Lsp.json("{\"debounceMs\": 0}"), project);
            s.open(uri, languageId, 1, broken);
            assertThat(findings(s, mode, uri, 1)).as("the editor's findings are lint's").isEqualTo(expected);

            s.replace(uri, 2, original);
            assertThat(findings(s, mode, uri, 2)).as("the edit that fixes it clears them").isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("modes")
    void editingTheManifestRechecksAnOpenDeploymentWithoutTouchingIt(Mode mode) throws IOException {
        Path project = copySamples("project");
        String manifest = Files.readString(project.resolve("neam.toml"));
        String deployment = Files.readString(project.resolve(PRODUCTION));
        String manifestUri = project.resolve("neam.toml").toUri().toString();
        String deploymentUri = project.resolve(PRODUCTION).toUri().toString();
        String contradicting = manifest.replace(CONTRADICTING.from(), CONTRADICTING.to());
        Set<String> expected = lintFindings(CONTRADICTING, PRODUCTION);
        assertThat(expected).as("lint sees the production overlay contradict neam.toml").anyMatch(f -> f.startsWith("DEPLOY9002"));

        try (ServerProcess s = ServerProcess.start()) {
            s.initialize(capabilities(mode), Lsp.json("{\"debounceMs\": 0}"), project);
            s.open(deploymentUri, "yaml", 1, deployment);
            s.open(manifestUri, "toml", 1, manifest);
            assertThat(findings(s, mode, deploymentUri, 1)).isEmpty();
            assertThat(findings(s, mode, manifestUri, 1)).isEmpty();

            int refreshes = s.client.diagnosticRefreshes.size();
            s.replace(manifestUri, 2, contradicting);
            assertThat(findings(s, mode, manifestUri, 2)).isEmpty();
            assertThat(crossFileFindings(s, mode, deploymentUri, refreshes, f -> !f.isEmpty()))
                    .as("the untouched deployment now contradicts the unsaved neam.toml").isEqualTo(expected);

            refreshes = s.client.diagnosticRefreshes.size();
            s.replace(manifestUri, 3, manifest);
            assertThat(crossFileFindings(s, mode, deploymentUri, refreshes, Set::isEmpty))
                    .as("and agrees with it again after the edit back").isEmpty();
        }
    }

    @Test
    void pullingProjectFilesDoesNotMakeTheServerAskForMorePulls() throws IOException {
        Path project = copySamples("project");
        String manifestUri = project.resolve("neam.toml").toUri().toString();
        String deploymentUri = project.resolve("deploy/k8s/base/deployment.yaml").toUri().toString();
        try (ServerProcess s = ServerProcess.start()) {
            s.initialize(capabilities(Mode.PULL), Lsp.json("{\"debounceMs\": 0}"), project);
            s.open(manifestUri, "toml", 1, Files.readString(project.resolve("neam.toml")));
            s.open(deploymentUri, "yaml", 1, Files.readString(project.resolve("deploy/k8s/base/deployment.yaml")));
            pulled(s, manifestUri);
            pulled(s, deploymentUri);
            DiagnosticsTest.sleep(500); // the refreshes the opening asked for
            int settled = s.client.diagnosticRefreshes.size();
            for (int i = 0; i < 5; i++) {
                pulled(s, manifestUri);
                pulled(s, deploymentUri);
            }
            DiagnosticsTest.sleep(500);
            assertThat(s.client.diagnosticRefreshes).as("a pull is never answered with a request to pull again")
                    .hasSize(settled);
        }
    }

    @Test
    void theCategorySettingsTurnManifestAndDeployFindingsOff() throws IOException {
        Path project = copySamples("project");
        String manifestUri = project.resolve("neam.toml").toUri().toString();
        String deploymentUri = project.resolve("deploy/k8s/base/deployment.yaml").toUri().toString();
        String manifest = Files.readString(project.resolve("neam.toml")).replace("replicas = 3", "replicas = \"3\"");
        String deployment = Files.readString(project.resolve("deploy/k8s/base/deployment.yaml"))
                .replace("containerPort: 8080", "containerPort: 9090");
        try (ServerProcess s = ServerProcess.start()) {
            s.initialize(capabilities(Mode.PUSH), Lsp.json(
                    "{\"debounceMs\": 0, \"diagnostics\": {\"manifest\": false, \"deploy\": true}}"), project);
            s.open(manifestUri, "toml", 1, manifest);
            s.open(deploymentUri, "yaml", 1, deployment);
            assertThat(s.client.awaitVersion(manifestUri, 1).getDiagnostics()).as("manifest findings are off").isEmpty();
            assertThat(codes(s.client.awaitVersion(deploymentUri, 1).getDiagnostics())).contains("DEPLOY1001");

            s.server.getWorkspaceService().didChangeConfiguration(new DidChangeConfigurationParams(Lsp.json(
                    "{\"neam\": {\"debounceMs\": 0, \"diagnostics\": {\"manifest\": true, \"deploy\": false}}}")));
            s.client.awaitDiagnostics(manifestUri, p -> codes(p.getDiagnostics()).contains("TOML9001"));
            s.client.awaitDiagnostics(deploymentUri, p -> p.getDiagnostics().isEmpty());
        }
    }

    @Test
    void aManifestRuleTurnedOffInTheUnsavedManifestSilencesTheOpenNeamFiles() throws IOException {
        Path project = copySamples("project");
        String mainUri = project.resolve("src/main.neam").toUri().toString();
        String manifestUri = project.resolve("neam.toml").toUri().toString();
        String main = Files.readString(project.resolve("src/main.neam")) + "\nfun probe() {\n  let unused = 1;\n}\n";
        String manifest = Files.readString(project.resolve("neam.toml"));
        try (ServerProcess s = ServerProcess.start()) {
            s.initialize(capabilities(Mode.PUSH), Lsp.json("{\"debounceMs\": 0}"), project);
            s.open(mainUri, "neam", 1, main);
            assertThat(codes(s.client.awaitVersion(mainUri, 1).getDiagnostics())).contains("NEAM3007");
            s.open(manifestUri, "toml", 1, manifest);
            s.replace(manifestUri, 2, manifest + "\n[tool.neam-lsp]\nrules = { NEAM3007 = \"off\" }\n");
            s.client.awaitDiagnostics(mainUri, p -> p.getVersion() == 1 && !codes(p.getDiagnostics()).contains("NEAM3007"));
        }
    }

    static Stream<Mode> modes() {
        return Stream.of(Mode.values());
    }

    private static ClientCapabilities capabilities(Mode mode) {
        ClientCapabilities caps = mode == Mode.PUSH ? Lsp.pushClient() : Lsp.pullClient();
        WorkspaceClientCapabilities workspace = new WorkspaceClientCapabilities();
        workspace.setDiagnostics(new DiagnosticWorkspaceCapabilities(true));
        caps.setWorkspace(workspace);
        return caps;
    }

    /** The findings of a document at a version: pushed with that version, or pulled. */
    private static Set<String> findings(ServerProcess s, Mode mode, String uri, int version) {
        if (mode == Mode.PUSH) {
            return describe(s.client.awaitVersion(uri, version).getDiagnostics());
        }
        return pulled(s, uri);
    }

    /**
     * The findings of a document another file's edit changed: the next publication (push) or, after
     * the server asked the client to pull again, the pulled report (pull).
     */
    private static Set<String> crossFileFindings(ServerProcess s, Mode mode, String uri, int refreshesBefore,
                                                 Predicate<Set<String>> awaited) {
        if (mode == Mode.PUSH) {
            return describe(s.client.awaitDiagnostics(uri, p -> p.getVersion() == 1
                    && awaited.test(describe(p.getDiagnostics()))).getDiagnostics());
        }
        s.client.await("a diagnostics refresh", () -> s.client.diagnosticRefreshes.size() > refreshesBefore ? true : null);
        return pulled(s, uri);
    }

    private static Set<String> pulled(ServerProcess s, String uri) {
        DocumentDiagnosticReport report = Lsp.get(s.server.getTextDocumentService()
                .diagnostic(new DocumentDiagnosticParams(new TextDocumentIdentifier(uri))));
        assertThat(report.isLeft()).as("a full report").isTrue();
        return describe(report.getLeft().getItems());
    }

    private static Set<String> describe(List<Diagnostic> diagnostics) {
        Set<String> out = new TreeSet<>();
        for (Diagnostic d : diagnostics) {
            out.add(d.getCode().getLeft() + " " + d.getSeverity().name().toLowerCase(Locale.ROOT) + " "
                    + d.getRange().getStart().getLine() + ":" + d.getRange().getStart().getCharacter() + "-"
                    + d.getRange().getEnd().getLine() + ":" + d.getRange().getEnd().getCharacter() + " " + d.getMessage().getLeft());
        }
        return out;
    }

    private static List<String> codes(List<Diagnostic> diagnostics) {
        return diagnostics.stream().map(d -> d.getCode().getLeft()).toList();
    }

    /** A copy of the samples with {@code from} replaced by {@code to} in {@code file}. */
    record Variant(String file, String from, String to) {
    }

    /** neam.toml asking for more replicas than the production overlay deploys. */
    private static final Variant CONTRADICTING = new Variant("neam.toml", "replicas = 3", "replicas = 5");

    /** Every variant the tests compare the editor with, in the folder {@link #lintEveryVariant} linted. */
    private static final List<Variant> VARIANTS = Stream.concat(brokenFiles()
            .map(a -> new Variant((String) a.get()[0], (String) a.get()[2], (String) a.get()[3])), Stream.of(CONTRADICTING))
            .distinct().toList();
    private static LintProcess.Result linted;

    /**
     * Lints a copy of the samples per variant, all in one run: one project per copy, so each copy's
     * findings are those lint gives it alone, for one start of the jar instead of one per test.
     */
    @BeforeAll
    static void lintEveryVariant(@TempDir Path folder) throws IOException {
        List<String> args = new ArrayList<>(List.of("lint", "--format", "json"));
        for (int i = 0; i < VARIANTS.size(); i++) {
            Variant v = VARIANTS.get(i);
            Path copy = LintProcess.copySamples(folder.resolve("v" + i));
            String original = Files.readString(copy.resolve(v.file()));
            assertThat(original).as("%s in %s", v.from(), v.file()).contains(v.from());
            Files.writeString(copy.resolve(v.file()), original.replace(v.from(), v.to()));
            args.add("v" + i);
        }
        linted = LintProcess.run(folder, args.toArray(String[]::new));
        assertThat(linted.exitCode()).as("lint ran: %s", linted).isIn(0, 1);
    }

    /** What lint reports for {@code file} in the variant's copy of the samples, in the editor's terms. */
    private static Set<String> lintFindings(Variant variant, String file) {
        return new TreeSet<>(linted.findingsOf(Path.of("v" + VARIANTS.indexOf(variant)).resolve(file)));
    }

    private Path copySamples(String name) throws IOException {
        return LintProcess.copySamples(dir.resolve(name));
    }
}
