package dev.neam.tests.project;

import static org.assertj.core.api.Assertions.assertThat;

import dev.neam.parser.diagnostic.Diagnostic;
import dev.neam.parser.manifest.FileLookup;
import dev.neam.parser.workspace.FileDiagnostics;
import dev.neam.parser.workspace.Project;
import dev.neam.parser.workspace.ProjectAnalyzer;
import dev.neam.parser.workspace.ProjectFile;
import dev.neam.parser.workspace.ProjectOptions;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A deploy file analysed on its own (named, as lint or an editor may give it) is not compared with
 * the objects of files it was not given: a reference to another file's ConfigMap is only judged
 * when the whole project is there.
 */
class DeployPartialProjectTest {

    private static final String DEPLOYMENT = """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: bot
            spec:
              replicas: 2
              selector:
                matchLabels: {app: bot}
              template:
                metadata:
                  labels: {app: bot}
                spec:
                  containers:
                    - name: neam-api
                      image: ghcr.io/acme/bot:1.0.0
                      ports: [{name: http, containerPort: 8080}]
                      envFrom: [{configMapRef: {name: bot-confg}}]
                      livenessProbe: {httpGet: {path: /health, port: http}}
                      readinessProbe: {httpGet: {path: /ready, port: http}}
                      resources: {requests: {cpu: 250m, memory: 512Mi}, limits: {cpu: "1", memory: 1Gi}}
                      securityContext: {runAsNonRoot: true, readOnlyRootFilesystem: true, allowPrivilegeEscalation: false}
            """;
    private static final String CONFIG = """
            apiVersion: v1
            kind: ConfigMap
            metadata:
              name: bot-config
            data:
              NEAM_PORT: "8080"
            """;

    @Test
    void aFileGivenOnItsOwnIsNotComparedWithFilesItWasNotGiven() {
        FileLookup lookup = Set.of("k8s", "k8s/deployment.yaml", "k8s/config.yaml")::contains;
        ProjectAnalyzer analyzer = new ProjectAnalyzer(ProjectOptions.DEFAULT);

        List<Diagnostic> whole = diagnostics(analyzer.analyze(new Project(null, false, List.of(
                new ProjectFile("k8s/deployment.yaml", "k8s/deployment.yaml", DEPLOYMENT),
                new ProjectFile("k8s/config.yaml", "k8s/config.yaml", CONFIG)), lookup)));
        List<Diagnostic> alone = diagnostics(analyzer.analyze(new Project(null, false, List.of(
                new ProjectFile("k8s/deployment.yaml", "k8s/deployment.yaml", DEPLOYMENT, true)), lookup)));

        assertThat(whole).extracting(Diagnostic::message).containsExactly(
                "Deployment 'bot' uses ConfigMap 'bot-confg', which is not deployed with it (did you mean 'bot-config'?)");
        assertThat(alone).isEmpty();
    }

    private static List<Diagnostic> diagnostics(List<FileDiagnostics> results) {
        return results.stream().filter(r -> r.path().equals("k8s/deployment.yaml")).flatMap(r -> r.diagnostics().stream()).toList();
    }
}
