package dev.neam.tests.actions;

import static org.assertj.core.api.Assertions.assertThat;

import dev.neam.parser.diagnostic.Diagnostic;
import dev.neam.parser.diagnostic.DiagnosticCode;
import dev.neam.parser.fix.Fix;
import dev.neam.parser.fix.FixCatalogue;
import dev.neam.parser.fix.FixContext;
import dev.neam.parser.fix.QuickFixes;
import dev.neam.parser.fix.TextEdits;
import dev.neam.parser.text.SourceText;
import dev.neam.parser.workspace.FileDiagnostics;
import dev.neam.parser.workspace.ProjectAnalyzer;
import dev.neam.parser.workspace.ProjectFiles;
import dev.neam.parser.workspace.ProjectOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Quick fixes of deploy findings whose repair is certain, on a real project analysed as lint does:
 * the exact text after the fix, and the finding gone when the project is analysed again.
 */
class DeployQuickFixTest {
    static final String MANIFEST = "[package]\nname = \"desk\"\nversion = \"1.0.0\"\n";
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
                          value: "sk-live-0123456789abcdefghij"
                      ports:
                        - name: http
                          containerPort: 8080
                      livenessProbe:
                        httpGet:
                          path: "/healthz"
                          port: http
                      readinessProbe:
                        httpGet:
                          port: http
                      resources:
                        requests: {cpu: 250m, memory: 512Mi}
                        limits: {cpu: "1", memory: 1Gi}
            """;

    @TempDir
    Path project;

    @Test
    void aWrongProbePathBecomesTheOneNeamApiServes() throws IOException {
        assertThat(fixed(DiagnosticCode.DEPLOY_LIVENESS_PROBE, "Change to \"/health\""))
                .contains("              path: \"/health\"\n              port: http\n          readinessProbe:");
    }

    @Test
    void aMissingProbePathIsAddedToItsHttpGet() throws IOException {
        assertThat(fixed(DiagnosticCode.DEPLOY_READINESS_PROBE, "Add httpGet.path: /ready"))
                .contains("          readinessProbe:\n            httpGet:\n              port: http\n              path: /ready\n"
                        + "          resources:");
    }

    @Test
    void aMissingSecurityContextIsCreatedWithTheFilesIndentation() throws IOException {
        assertThat(fixed(DiagnosticCode.DEPLOY_RUN_AS_ROOT, "Add securityContext.runAsNonRoot: true"))
                .endsWith("            limits: {cpu: \"1\", memory: 1Gi}\n          securityContext:\n            runAsNonRoot: true\n");
    }

    @Test
    void anExistingSecurityContextGetsTheKey() throws IOException {
        String withContext = DEPLOYMENT + "          securityContext:\n            runAsNonRoot: true\n";
        assertThat(fixed(withContext, DiagnosticCode.DEPLOY_WRITABLE_ROOT_FS, "Add securityContext.readOnlyRootFilesystem: true"))
                .endsWith("          securityContext:\n            runAsNonRoot: true\n            readOnlyRootFilesystem: true\n");
    }

    @Test
    void falseBecomesTrue() throws IOException {
        String withContext = DEPLOYMENT + "          securityContext:\n            runAsNonRoot: false\n            readOnlyRootFilesystem: false\n";
        String after = fixed(withContext, DiagnosticCode.DEPLOY_RUN_AS_ROOT, "Change to 'true'");
        assertThat(after).endsWith("            runAsNonRoot: true\n            readOnlyRootFilesystem: false\n");
        assertThat(fixed(after, DiagnosticCode.DEPLOY_WRITABLE_ROOT_FS, "Change to 'true'"))
                .endsWith("            runAsNonRoot: true\n            readOnlyRootFilesystem: true\n");
    }

    @Test
    void aLiteralKeyIsTakenFromTheAppsSecret() throws IOException {
        assertThat(fixed(DiagnosticCode.DEPLOY_LITERAL_SECRET, "Take OPENAI_API_KEY from Secret 'desk-secrets'"))
                .contains("""
                                    - name: OPENAI_API_KEY
                                      valueFrom:
                                        secretKeyRef:
                                          name: desk-secrets
                                          key: OPENAI_API_KEY
                                  ports:
                        """)
                .doesNotContain("sk-live");
    }

    @Test
    void flowStyleGetsNoFixRatherThanAWrongOne() throws IOException {
        String flow = DEPLOYMENT.replace("          readinessProbe:\n            httpGet:\n              port: http\n",
                "          readinessProbe:\n            httpGet: {port: http}\n") + "          securityContext: {runAsUser: 1000}\n";
        assertThat(flow).contains("httpGet: {port: http}");
        Path file = write(flow);
        for (Diagnostic d : findings(file)) {
            if (d.code() == DiagnosticCode.DEPLOY_READINESS_PROBE || d.code() == DiagnosticCode.DEPLOY_WRITABLE_ROOT_FS) {
                assertThat(QuickFixes.ofStrict(context(d, flow))).extracting(Fix::id).as("fixes of %s", d.code())
                        .containsExactly("suppress-line", "suppress-file");
            }
        }
    }

    /** Applies the one fix of the first finding of {@code code} (which must have this title) and checks the finding is gone. */
    private String fixed(DiagnosticCode code, String title) throws IOException {
        return fixed(DEPLOYMENT, code, title);
    }

    private String fixed(String text, DiagnosticCode code, String title) throws IOException {
        Path file = write(text);
        Diagnostic finding = findings(file).stream().filter(d -> d.code() == code).findFirst().orElseThrow();
        assertThat(FixCatalogue.families(code)).contains(finding.data().get("fix"));
        List<Fix> fixes = QuickFixes.ofStrict(context(finding, text));
        assertThat(fixes).extracting(Fix::title).as("the fix, then the two suppression comments")
                .containsExactly(title, "Suppress " + code.id() + " on this line", "Suppress " + code.id() + " in this file");
        assertThat(fixes.get(0).preferred()).isTrue();
        String after = TextEdits.apply(text, fixes.get(0).edits());
        Files.writeString(file, after);
        assertThat(findings(file)).extracting(Diagnostic::code).as("findings after '%s'", title)
                .doesNotContain(code);
        return after;
    }

    private FixContext context(Diagnostic d, String text) {
        return FixContext.of(d, new SourceText(text), null);
    }

    private Path write(String deployment) throws IOException {
        Files.writeString(project.resolve("neam.toml"), MANIFEST);
        Path file = project.resolve("deploy/k8s/deployment.yaml");
        Files.createDirectories(file.getParent());
        Files.writeString(file, deployment);
        return file;
    }

    private List<Diagnostic> findings(Path file) throws IOException {
        for (FileDiagnostics f : new ProjectAnalyzer(ProjectOptions.DEFAULT).analyze(
                ProjectFiles.find(List.of(project), ProjectOptions.DEFAULT).get(0))) {
            if (Path.of(f.path()).toAbsolutePath().normalize().equals(file.toAbsolutePath().normalize())) {
                return f.diagnostics();
            }
        }
        return List.of();
    }
}
