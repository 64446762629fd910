package dev.neam.tests.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.neam.tests.support.RepoPaths;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
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
        Path copy = dir.resolve("samples");
        copyTree(RepoPaths.repoRoot().resolve("samples"), copy);
        replaceFirst(copy.resolve("src/agents/support.neam"), "skills: [stock_check]", "skills: [stock_chek]");
        replaceFirst(copy.resolve("neam.toml"), "version = \"1.0.0\"", "version = \"one\"");
        replaceFirst(copy.resolve("deploy/k8s/base/deployment.yaml"), "containerPort: 8080", "containerPort: 9090");

        LintProcess.Result r = LintProcess.run(dir, "lint", "--format", "json", "samples");
        List<String> findings = new ArrayList<>();
        for (JsonElement f : r.json().getAsJsonArray("files")) {
            JsonObject file = f.getAsJsonObject();
            for (JsonElement d : file.getAsJsonArray("diagnostics")) {
                JsonObject diagnostic = d.getAsJsonObject();
                String severity = diagnostic.get("severity").getAsString();
                if (severity.equals("error") || severity.equals("warning")) {
                    JsonObject start = diagnostic.getAsJsonObject("range").getAsJsonObject("start");
                    findings.add(file.get("path").getAsString().replace('\\', '/') + ":" + (start.get("line").getAsInt() + 1)
                            + " " + diagnostic.get("code").getAsString());
                }
            }
        }
        assertThat(findings).containsExactlyInAnyOrder(
                "samples/src/agents/support.neam:46 NEAM1004",
                "samples/neam.toml:8 TOML2002",
                "samples/deploy/k8s/base/deployment.yaml:47 DEPLOY1001");
        assertThat(r.exitCode()).isEqualTo(1);
    }

    private static void replaceFirst(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        assertThat(text).contains(from);
        Files.writeString(file, text.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to)));
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path p : paths.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }
}
