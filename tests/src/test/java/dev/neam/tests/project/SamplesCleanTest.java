package dev.neam.tests.project;

import static org.assertj.core.api.Assertions.assertThat;

import dev.neam.parser.diagnostic.Category;
import dev.neam.parser.workspace.Analyzer;
import dev.neam.parser.workspace.FileDiagnostics;
import dev.neam.parser.workspace.Project;
import dev.neam.parser.workspace.ProjectFiles;
import dev.neam.parser.workspace.ProjectOptions;
import dev.neam.parser.workspace.WorkspaceFiles;
import dev.neam.tests.support.RepoPaths;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The sample project is the README's demo: its neam.toml and every deploy file must come out clean
 * (the .neam sources are the syntax and semantic checks' business).
 */
class SamplesCleanTest {

    @Test
    void theSampleProjectHasNoDiagnosticsAtAll() throws IOException {
        Path samples = RepoPaths.repoRoot().resolve("samples");
        List<Path> roots = List.of(samples);
        List<Project> projects = ProjectFiles.find(roots, ProjectOptions.DEFAULT);
        List<FileDiagnostics> results = new Analyzer().analyze(WorkspaceFiles.load(roots), projects, ProjectOptions.DEFAULT);

        List<String> relative = results.stream().map(r -> samples.relativize(Path.of(r.path())).toString().replace('\\', '/')).toList();
        assertThat(relative).contains("neam.toml", "deploy/Dockerfile", "deploy/docker-compose.yml", "deploy/k8s/base/deployment.yaml",
                "deploy/k8s/base/kustomization.yaml", "deploy/k8s/components/hpa/hpa.yaml", "deploy/k8s/components/keda/scaledobject.yaml",
                "deploy/k8s/overlays/production/kustomization.yaml", "deploy/argocd/application.yaml", "deploy/flux/kustomization.yaml",
                "deploy/otel/otel-collector.yaml", "deploy/prometheus/prometheus.yml", "src/main.neam");
        assertThat(relative).doesNotContain("docs/faq.md", "forge/plan.md");
        assertThat(results.stream().flatMap(r -> r.diagnostics().stream()
                .filter(d -> d.category() == Category.MANIFEST || d.category() == Category.DEPLOY)
                .map(d -> r.path() + ": " + d)).toList()).isEmpty();
    }
}
