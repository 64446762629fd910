package dev.neam.tests.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.neam.tests.support.RepoPaths;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Never cry wolf on real code: {@code stdlib-corpus/} is a project written like a standard library
 * (modules with {@code pub fun} and doc comments, tests, examples, agents, data-platform
 * declarations, and every construct of the documented superset). The real jar lints it, as CI
 * would, and must find no syntax problem and no error of any kind.
 */
class StdlibCorpusTest {

    static Path corpus() {
        return RepoPaths.repoRoot().resolve("tests/src/test/resources/stdlib-corpus");
    }

    @Test
    void lintFindsNoSyntaxProblemAndNoError() {
        LintProcess.Result result = LintProcess.run(corpus(), "lint", "--format", "json", ".");
        JsonObject report = result.json();
        List<String> syntax = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        Map<String, Integer> warnings = new TreeMap<>();
        int neamFiles = 0;
        for (JsonElement f : report.getAsJsonArray("files")) {
            JsonObject file = f.getAsJsonObject();
            String path = file.get("path").getAsString();
            neamFiles += path.endsWith(".neam") ? 1 : 0;
            for (JsonElement d : file.getAsJsonArray("diagnostics")) {
                JsonObject diagnostic = d.getAsJsonObject();
                String line = path + ":" + (diagnostic.getAsJsonObject("range").getAsJsonObject("start")
                        .get("line").getAsInt() + 1) + " " + diagnostic.get("code").getAsString() + " "
                        + diagnostic.get("message").getAsString();
                if (diagnostic.get("category").getAsString().equals("syntax")) {
                    syntax.add(line);
                }
                if (diagnostic.get("severity").getAsString().equals("error")) {
                    errors.add(line);
                }
                if (diagnostic.get("severity").getAsString().equals("warning")) {
                    warnings.merge(diagnostic.get("code").getAsString(), 1, Integer::sum);
                }
            }
        }
        System.out.println("[StdlibCorpusTest] " + neamFiles + " .neam files; warnings by code: " + warnings);
        assertThat(neamFiles).as("files in the corpus").isGreaterThanOrEqualTo(60);
        assertThat(syntax).as("syntax findings in the corpus").isEmpty();
        assertThat(errors).as("errors in the corpus").isEmpty();
        assertThat(result.exitCode()).as("lint's exit status (%s)", result).isZero();
    }
}
