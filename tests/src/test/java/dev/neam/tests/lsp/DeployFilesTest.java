package dev.neam.tests.lsp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverCapabilities;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Deploy files over the real server's stdio, opened as {@code yaml} and {@code dockerfile}: their
 * findings are published, hover on a line with a finding shows its rule, and quick fixes (resolved
 * lazily, as VS Code does) repair the file.
 */
class DeployFilesTest {
    static final String DEPLOYMENT = """
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
                      env:
                        - name: OPENAI_API_KEY
                          value: sk-live-0123456789abcdefghij
                      ports:
                        - name: http
                          containerPort: 8080
                      livenessProbe:
                        httpGet: {path: /health, port: http}
                      readinessProbe:
                        httpGet: {path: /ready, port: http}
                      resources:
                        requests: {cpu: 250m, memory: 512Mi}
                        limits: {cpu: "1", memory: 1Gi}
                      securityContext:
                        runAsNonRoot: true
                        allowPrivilegeEscalation: false
            """;

    @TempDir
    Path dir;

    @Test
    void hoverOnALineWithAFindingShowsItsRule() throws IOException {
        String uri = project("deploy/k8s/deployment.yaml", DEPLOYMENT);
        try (ServerProcess s = ServerProcess.start()) {
            s.initialize(richHover(CodeActionsTest.client(true)));
            s.open(uri, "yaml", 1, DEPLOYMENT);
            assertThat(s.client.awaitVersion(uri, 1).getDiagnostics()).extracting(d -> d.getCode().getLeft())
                    .containsExactly("DEPLOY2002", "DEPLOY5001");

            Hover hover = hover(s, uri, 12, 30);
            assertThat(hover.getRange()).as("the finding's range").isEqualTo(Lsp.range(12, 21, 12, 49));
            assertThat(hover(s, uri, 12, 16).getRange()).as("elsewhere on the line: the line").isEqualTo(Lsp.range(12, 14, 12, 49));
            assertThat(hover.getContents().getRight().getValue()).isEqualTo("""
                    **DEPLOY5001** `llm-key-from-secret` (error)

                    An LLM or API key given as a literal environment value instead of from a Secret.

                    Fix: Take the key from a Secret (env.valueFrom.secretKeyRef, envFrom.secretRef) or, in compose, \
                    from the host environment (${OPENAI_API_KEY}).

                    [Deploy checks](https://github.com/neam-lang/neam-lsp/blob/main/docs/deploy-checks.md#deploy-checks)""");
            assertThat(hover(s, uri, 9, 12)).as("a line without findings").isNull();
        }
    }

    @Test
    void quickFixesRepairTheSecurityContextAndTheLiteralKey() throws IOException {
        String uri = project("deploy/k8s/deployment.yaml", DEPLOYMENT);
        try (ServerProcess s = ServerProcess.start()) {
            s.initialize(CodeActionsTest.client(true));
            s.open(uri, "yaml", 1, DEPLOYMENT);

            Diagnostic writable = CodeActionsTest.diagnostic(s, uri, 1, "DEPLOY2002");
            CodeAction readOnly = resolve(s, CodeActionsTest.actions(s, uri, writable.getRange(), List.of(writable), null).get(0));
            assertThat(readOnly.getTitle()).isEqualTo("Add securityContext.readOnlyRootFilesystem: true");
            assertThat(FormattingTest.apply(DEPLOYMENT, edits(readOnly))).endsWith("""
                              securityContext:
                                runAsNonRoot: true
                                allowPrivilegeEscalation: false
                                readOnlyRootFilesystem: true
                    """);

            Diagnostic literal = CodeActionsTest.diagnostic(s, uri, 1, "DEPLOY5001");
            CodeAction secret = resolve(s, CodeActionsTest.actions(s, uri, literal.getRange(), List.of(literal), null).get(0));
            assertThat(secret.getTitle()).isEqualTo("Take OPENAI_API_KEY from Secret 'desk-secrets'");
            assertThat(edits(secret)).containsExactly(new TextEdit(Lsp.range(12, 14, 12, 49),
                    "valueFrom:\n                secretKeyRef:\n                  name: desk-secrets\n                  key: OPENAI_API_KEY"));
        }
    }

    @Test
    void aDockerfileLineWithAFindingGetsItsRule() throws IOException {
        String dockerfile = "FROM debian:bookworm-slim\nEXPOSE 8080\nHEALTHCHECK CMD curl -f http://127.0.0.1:8080/health\n"
                + "CMD [\"neam-api\", \"--port\", \"8080\"]\n";
        String uri = project("Dockerfile", dockerfile);
        try (ServerProcess s = ServerProcess.start()) {
            s.initialize(richHover(Lsp.pushClient()));
            s.open(uri, "dockerfile", 1, dockerfile);
            assertThat(s.client.awaitVersion(uri, 1).getDiagnostics()).extracting(d -> d.getCode().getLeft())
                    .containsExactly("DEPLOY7001");
            assertThat(hover(s, uri, 0, 3).getContents().getRight().getValue())
                    .startsWith("**DEPLOY7001** `dockerfile-non-root` (error)\n\nThe final Dockerfile stage runs as root.");
        }
    }

    private String project(String relative, String text) throws IOException {
        Files.writeString(dir.resolve("neam.toml"), "[package]\nname = \"desk\"\nversion = \"1.0.0\"\n");
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file.toUri().toString();
    }

    private static ClientCapabilities richHover(ClientCapabilities caps) {
        HoverCapabilities hover = new HoverCapabilities();
        hover.setContentFormat(List.of(MarkupKind.MARKDOWN, MarkupKind.PLAINTEXT));
        caps.getTextDocument().setHover(hover);
        return caps;
    }

    private static Hover hover(ServerProcess s, String uri, int line, int character) {
        return Lsp.get(s.server.getTextDocumentService().hover(new HoverParams(new TextDocumentIdentifier(uri),
                new Position(line, character))));
    }

    private static CodeAction resolve(ServerProcess s, CodeAction action) {
        assertThat(action.getEdit()).as("edits come from codeAction/resolve").isNull();
        return Lsp.get(s.server.getTextDocumentService().resolveCodeAction(action));
    }

    private static List<TextEdit> edits(CodeAction action) {
        return action.getEdit().getDocumentChanges().get(0).getLeft().getEdits().stream().map(Either::getLeft).toList();
    }
}
