package dev.neam.tests.lsp;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DiagnosticWorkspaceCapabilities;
import org.eclipse.lsp4j.ExecuteCommandParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.WorkspaceClientCapabilities;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "Lint the workspace" through the server ({@code workspace/executeCommand neam.server.lintWorkspace}):
 * every Neam source, manifest and deploy file of the folders gets lint's findings in the client's
 * problem list (published for files that are not open), and the answer counts them.
 */
class LintWorkspaceCommandTest {
    private static final String COMMAND = "neam.server.lintWorkspace";

    @TempDir
    Path dir;

    @Test
    void theCommandIsAnnouncedPublishesEveryFilesFindingsAndCountsThem() throws IOException {
        write("neam.toml", "[package]\nname = \"desk\"\nversion = \"one\"\n");
        Path broken = write("src/broken.neam", "agent Broken {\n  provider:\n  model: \"llama3.2:3b\"\n}\n");
        Path clean = write("src/clean.neam", "agent Clean {\n  provider: \"ollama\"\n  model: \"llama3.2:3b\"\n}\n");
        Path deployment = write("deploy/k8s/deployment.yaml", """
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: desk
                spec:
                  template:
                    spec:
                      containers:
                        - name: neam-api
                          image: ghcr.io/acme/desk:1.0.0
                          ports:
                            - containerPort: 9090
                """);
        write("notes/unrelated.yaml", "key: [unclosed\n");
        try (ServerProcess s = ServerProcess.start()) {
            InitializeResult init = s.initialize(Lsp.pushClient(), null, dir);
            assertThat(init.getCapabilities().getExecuteCommandProvider().getCommands()).containsExactly(COMMAND);

            JsonObject arguments = Lsp.json("{\"folders\": [\"" + dir.toUri() + "\"]}");
            JsonObject summary = Lsp.toJson(Lsp.get(s.server.getWorkspaceService()
                    .executeCommand(new ExecuteCommandParams(COMMAND, List.of(arguments)))));

            assertThat(codes(s, dir.resolve("neam.toml"))).containsExactly("TOML2002");
            assertThat(codes(s, broken)).containsExactly("NEAM0006");
            assertThat(codes(s, deployment)).contains("DEPLOY1001");
            assertThat(codes(s, clean)).isEmpty();
            assertThat(s.client.diagnosticsFor(uri(dir.resolve("notes/unrelated.yaml"))))
                    .as("YAML outside the deploy folders is not claimed").isEmpty();
            assertThat(summary.get("files").getAsInt()).isEqualTo(4);
            int errors = 0;
            int warnings = 0;
            for (Path file : List.of(dir.resolve("neam.toml"), broken, deployment)) {
                for (Diagnostic d : published(s, file).getDiagnostics()) {
                    errors += d.getSeverity() == DiagnosticSeverity.Error ? 1 : 0;
                    warnings += d.getSeverity() == DiagnosticSeverity.Warning ? 1 : 0;
                }
            }
            assertThat(summary.get("errors").getAsInt()).isEqualTo(errors).isPositive();
            assertThat(summary.get("warnings").getAsInt()).isEqualTo(warnings).isPositive();
        }
    }

    @Test
    void aPullingClientIsAskedToPullAgain() throws IOException {
        write("neam.toml", "[package]\nname = \"desk\"\nversion = \"one\"\n");
        try (ServerProcess s = ServerProcess.start()) {
            var caps = Lsp.pullClient();
            var workspace = new WorkspaceClientCapabilities();
            workspace.setDiagnostics(new DiagnosticWorkspaceCapabilities(true));
            caps.setWorkspace(workspace);
            s.initialize(caps, null, dir);
            int before = s.client.diagnosticRefreshes.size();
            JsonObject summary = Lsp.toJson(Lsp.get(s.server.getWorkspaceService()
                    .executeCommand(new ExecuteCommandParams(COMMAND, List.of()))));
            assertThat(summary.get("files").getAsInt()).isEqualTo(1);
            assertThat(summary.get("errors").getAsInt()).isEqualTo(1);
            assertThat(s.client.diagnosticRefreshes.size()).isGreaterThan(before);
            assertThat(s.client.diagnostics).as("nothing pushed to a pulling client").isEmpty();
        }
    }

    private static List<String> codes(ServerProcess s, Path file) {
        return published(s, file).getDiagnostics().stream().map(d -> d.getCode().getLeft()).toList();
    }

    private static PublishDiagnosticsParams published(ServerProcess s, Path file) {
        List<PublishDiagnosticsParams> all = s.client.diagnosticsFor(uri(file));
        assertThat(all).as("published for %s", file).isNotEmpty();
        return all.get(all.size() - 1);
    }

    private static String uri(Path p) {
        return p.toAbsolutePath().normalize().toUri().toString();
    }

    private Path write(String relative, String text) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }
}
