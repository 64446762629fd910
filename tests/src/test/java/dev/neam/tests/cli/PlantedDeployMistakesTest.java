package dev.neam.tests.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A copy of samples/ (its whole deployment stack) with one mistake planted for each check of the
 * stack: the real jar's lint reports each mistake once, at its line, and nothing else above
 * information. The mistakes are chosen so that none hides another (a Service that selects no pods
 * is not checked for its target ports, so that one is planted in another overlay).
 */
class PlantedDeployMistakesTest {

    /** A mistake: in {@code file}, the first {@code from} becomes {@code to}; lint must report {@code expected} ("path:line CODE"). */
    private record Mistake(String file, String from, String to, String expected) {
    }

    private static final List<Mistake> MISTAKES = List.of(
            new Mistake("deploy/k8s/overlays/dev/kustomization.yaml",
                    "patches:\n",
                    "patches:\n  - target:\n      kind: Service\n      name: trailhead-support\n    patch: |-\n      - op: replace\n        path: /spec/selector/app.kubernetes.io~1name\n        value: trailhead\n",
                    "deploy/k8s/overlays/dev/kustomization.yaml:17 DEPLOY1101"),
            new Mistake("deploy/k8s/base/service.yaml",
                    "targetPort: http",
                    "targetPort: htpp",
                    "deploy/k8s/base/service.yaml:14 DEPLOY1102"),
            new Mistake("deploy/k8s/base/deployment.yaml",
                    "    matchLabels:\n      app.kubernetes.io/name: trailhead-support",
                    "    matchLabels:\n      app.kubernetes.io/name: trailhead-api",
                    "deploy/k8s/base/deployment.yaml:23 DEPLOY1103"),
            new Mistake("deploy/k8s/overlays/staging/kustomization.yaml",
                    "namespace: trailhead-staging\n",
                    "namespace: trailhead-staging\nnamePrefix: staging-\n",
                    "deploy/k8s/components/keda/scaledobject.yaml:11 DEPLOY1104"),
            new Mistake("deploy/k8s/base/pdb.yaml",
                    "      app.kubernetes.io/name: trailhead-support",
                    "      app.kubernetes.io/name: trailhead",
                    "deploy/k8s/base/pdb.yaml:11 DEPLOY1105"),
            new Mistake("deploy/k8s/overlays/dev/kustomization.yaml",
                    "  - path: resources.yaml\n",
                    "  - path: resources.yaml\n  - target:\n      kind: NetworkPolicy\n    patch: |-\n      - op: replace\n        path: /spec/podSelector/matchLabels/app.kubernetes.io~1name\n        value: trailhead-web\n",
                    "deploy/k8s/overlays/dev/kustomization.yaml:24 DEPLOY1106"),
            new Mistake("deploy/k8s/base/deployment.yaml",
                    "serviceAccountName: trailhead-support",
                    "serviceAccountName: trailhead-suport",
                    "deploy/k8s/base/deployment.yaml:30 DEPLOY1107"),
            new Mistake("deploy/k8s/overlays/dev/resources.yaml",
                    "        - name: neam-api\n",
                    "        - name: neam-api\n          env:\n            - name: NEAM_LOG_FORMAT\n              valueFrom:\n                configMapKeyRef:\n                  name: trailhead-support-config\n                  key: NEAM_LOG_FORMAT\n",
                    "deploy/k8s/overlays/dev/resources.yaml:16 DEPLOY1108"),
            new Mistake("deploy/k8s/base/networkpolicy.yaml",
                    "          port: 8080",
                    "          port: 8081",
                    "deploy/k8s/base/networkpolicy.yaml:17 DEPLOY2101"),
            new Mistake("deploy/k8s/base/networkpolicy.yaml",
                    "          port: 4318",
                    "          port: 4317",
                    "deploy/k8s/base/networkpolicy.yaml:26 DEPLOY2102"),
            new Mistake("deploy/k8s/overlays/production/kustomization.yaml",
                    "  - ../../components/hpa",
                    "  - ../../components/hpa\n  - ../../components/keda",
                    "deploy/k8s/components/keda/scaledobject.yaml:11 DEPLOY4005"),
            new Mistake("deploy/k8s/components/keda/scaledobject.yaml",
                    "minReplicaCount: 2",
                    "minReplicaCount: 9",
                    "deploy/k8s/components/keda/scaledobject.yaml:13 DEPLOY4006"),
            new Mistake("deploy/k8s/components/keda/scaledobject.yaml",
                    "        query: sum(neam_llm_requests_queued{service=\"trailhead-support\"})\n",
                    "",
                    "deploy/k8s/components/keda/scaledobject.yaml:16 DEPLOY4007"),
            new Mistake("deploy/k8s/overlays/production/kustomization.yaml",
                    "      kind: PodDisruptionBudget\n      name: trailhead-support",
                    "      kind: PodDisruptionBudget\n      name: trailhead-suport",
                    "deploy/k8s/overlays/production/kustomization.yaml:18 DEPLOY6004"),
            new Mistake("deploy/k8s/overlays/dev/kustomization.yaml",
                    "path: /data/NEAM_LOG_LEVEL",
                    "path: /data/NEAM_LOGLEVEL",
                    "deploy/k8s/overlays/dev/kustomization.yaml:33 DEPLOY6005"),
            new Mistake("deploy/k8s/overlays/production/kustomization.yaml",
                    "resources:\n  - ../../base",
                    "bases:\n  - ../../base",
                    "deploy/k8s/overlays/production/kustomization.yaml:7 DEPLOY6006"),
            new Mistake("deploy/argocd/application.yaml",
                    "path: deploy/k8s/overlays/production",
                    "path: deploy/k8s/overlays/prod",
                    "deploy/argocd/application.yaml:14 DEPLOY6101"),
            new Mistake("deploy/flux/kustomization.yaml",
                    "targetNamespace: trailhead-staging",
                    "targetNamespace: trailhead-stage",
                    "deploy/flux/kustomization.yaml:15 DEPLOY6102"),
            new Mistake("deploy/argocd/application.yaml",
                    "      selfHeal: true\n",
                    "",
                    "deploy/argocd/application.yaml:19 DEPLOY6103"),
            new Mistake("deploy/flux/kustomization.yaml",
                    "    name: trailhead\n",
                    "    name: trailhaed\n",
                    "deploy/flux/kustomization.yaml:13 DEPLOY6104"),
            new Mistake("deploy/docker-compose.yml",
                    "      redis:\n        condition: service_healthy",
                    "      cache:\n        condition: service_healthy",
                    "deploy/docker-compose.yml:32 DEPLOY8004"),
            new Mistake("deploy/otel/otel-collector.yaml",
                    "exporters: [otlp/jaeger, debug]",
                    "exporters: [otlp/jager, debug]",
                    "deploy/otel/otel-collector.yaml:48 DEPLOY8101"),
            new Mistake("deploy/docker-compose.yml",
                    "OTEL_EXPORTER_OTLP_ENDPOINT: http://otel-collector:4318",
                    "OTEL_EXPORTER_OTLP_ENDPOINT: http://otel-collector:4317",
                    "deploy/docker-compose.yml:21 DEPLOY8102"),
            new Mistake("deploy/prometheus/prometheus.yml",
                    "metrics_path: /api/v1/metrics",
                    "metrics_path: /metrics",
                    "deploy/prometheus/prometheus.yml:9 DEPLOY8103"),
            new Mistake("deploy/k8s/base/configmap.yaml",
                    "otel-collector.observability.svc",
                    "otel-collector.monitoring.svc",
                    "deploy/k8s/base/configmap.yaml:13 DEPLOY9006"));

    @TempDir
    Path dir;

    @Test
    void eachPlantedMistakeIsReportedOnceAtItsLine() throws IOException {
        Path copy = SampleCopy.of(dir);
        for (Mistake m : MISTAKES) {
            SampleCopy.replaceFirst(copy.resolve(m.file()), m.from(), m.to());
        }

        LintProcess.Result r = LintProcess.run(copy, "lint", "--format", "json", ".");
        assertThat(SampleCopy.errorsAndWarnings(r)).as(r.toString())
                .containsExactlyInAnyOrderElementsOf(MISTAKES.stream().map(Mistake::expected).toList());
        assertThat(r.exitCode()).isEqualTo(1);
    }
}
