package dev.neam.tests.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.neam.tests.support.JarCommand;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same files give the same report: no finding depends on environment variables (provider keys
 * among them), the clock, the locale or where the checkout is, and files come in path order.
 */
class LintDeterminismTest {

    @TempDir
    Path dir;

    static final Consumer<Map<String, String>> BARE = env -> {
        env.keySet().removeIf(k -> k.endsWith("_API_KEY") || k.startsWith("AWS_") || k.startsWith("LC_"));
        env.put("TZ", "UTC");
        env.put("LANG", "C");
    };

    static final Consumer<Map<String, String>> LOADED = env -> {
        env.put("OPENAI_API_KEY", "sk-test-0123456789");
        env.put("ANTHROPIC_API_KEY", "sk-ant-test-0123456789");
        env.put("TZ", "Pacific/Kiritimati");
        env.put("LANG", "de_DE.UTF-8");
        env.put("NO_COLOR", "1");
    };

    @Test
    void jsonAndSarifAreByteIdenticalWhateverTheEnvironment() throws IOException {
        LintProcess.copySamples(dir.resolve("samples"));
        Path support = dir.resolve("samples/src/agents/support.neam");
        Files.writeString(support, Files.readString(support).replace("skills: [stock_check]", "skills: [stock_chek]"));

        for (String format : List.of("json", "sarif")) {
            LintProcess.Result bare = lint(dir, format, BARE);
            touchAll(dir.resolve("samples"));
            LintProcess.Result loaded = lint(dir, format, LOADED);

            assertThat(bare.exitCode()).as(bare.toString()).isEqualTo(1);
            assertThat(loaded.stdout()).as(format).isEqualTo(bare.stdout());
            assertThat(bare.stdout()).contains("NEAM1004").doesNotContain("NEAM2015").doesNotContain("not set in this environment");
        }
    }

    @Test
    void jsonIsTheSameInAnotherCheckoutAndSarifDiffersOnlyInItsBase() throws IOException {
        Path first = Files.createDirectories(dir.resolve("one/checkout"));
        Path second = Files.createDirectories(dir.resolve("two/elsewhere/checkout"));
        LintProcess.copySamples(first.resolve("samples"));
        LintProcess.copySamples(second.resolve("samples"));

        assertThat(lint(second, "json", LOADED).stdout()).isEqualTo(lint(first, "json", BARE).stdout());
        String sarifOne = lint(first, "sarif", BARE).stdout();
        String sarifTwo = lint(second, "sarif", LOADED).stdout();
        assertThat(sarifTwo.replace(second.toUri().toString(), "BASE/")).isEqualTo(sarifOne.replace(first.toUri().toString(), "BASE/"));
    }

    private static LintProcess.Result lint(Path workingDir, String format, Consumer<Map<String, String>> environment) {
        LintProcess.jar();
        List<String> command = new ArrayList<>(JarCommand.lint());
        command.addAll(List.of("lint", "--format", format, "samples"));
        return LintProcess.exec(workingDir, command, environment);
    }

    /** New modification times: nothing may depend on them. */
    private static void touchAll(Path root) throws IOException {
        FileTime later = FileTime.fromMillis(System.currentTimeMillis() + 86_400_000L);
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.toList()) {
                Files.setLastModifiedTime(f, later);
            }
        }
    }
}
