package dev.neam.tests.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A copy of samples/ with one problem planted in a Neam file, one in neam.toml and one in a
 * Kubernetes manifest: lint reports each once, at its place, and nothing else above information.
 */
class PlantedProblemsTest {
    @TempDir
    Path dir;

    @Test
    void eachPlantedProblemIsReportedOnceAtItsPlace() throws IOException {
        Path copy = SampleCopy.of(dir);
        SampleCopy.replaceFirst(copy.resolve("src/agents/support.neam"), "skills: [stock_check]", "skills: [stock_chek]");
        SampleCopy.replaceFirst(copy.resolve("neam.toml"), "version = \"1.0.0\"", "version = \"one\"");
        SampleCopy.replaceFirst(copy.resolve("deploy/k8s/base/deployment.yaml"), "containerPort: 8080", "containerPort: 9090");

        LintProcess.Result r = LintProcess.run(dir, "lint", "--format", "json", "samples");
        assertThat(SampleCopy.errorsAndWarnings(r)).containsExactlyInAnyOrder(
                "samples/src/agents/support.neam:46 NEAM1004",
                "samples/neam.toml:8 TOML2002",
                "samples/deploy/k8s/base/deployment.yaml:47 DEPLOY1001");
        assertThat(r.exitCode()).isEqualTo(1);
    }
}
