package dev.neam.tests.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import dev.neam.parser.diagnostic.DiagnosticCode;
import dev.neam.parser.diagnostic.Severity;
import dev.neam.parser.semantic.AnalysisOptions;
import dev.neam.parser.workspace.ToolConfig;
import dev.neam.parser.workspace.ToolConfigReader;
import dev.neam.parser.workspace.ToolConfigs;
import dev.neam.parser.workspace.Workspace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading {@code [tool.neam-lsp]} and applying it in the one analysis path. */
class ToolConfigTest {
    static final Path MANIFEST = Path.of("neam.toml");

    @TempDir
    Path project;

    static ToolConfig parse(String toml) {
        return ToolConfigReader.parse(MANIFEST, toml);
    }

    static List<String> problems(ToolConfig config) {
        return config.problems().stream().map(p -> p.describe("neam.toml")).toList();
    }

    @Test
    void everyKeyIsRead() {
        ToolConfig config = parse("""
                [package]
                name = "x"

                [tool.neam-lsp]
                rules = { NEAM3007 = "off", NEAM1002 = "error", NEAM0009 = "hint" }
                disable = ["NEAM3010"]
                exclude = ["generated/**", "*.draft.neam"]
                deploy-globs = ["deploy/**/*.yaml"]
                language-version = "0.6"
                """);

        assertThat(problems(config)).isEmpty();
        assertThat(config.off()).containsExactlyInAnyOrder(DiagnosticCode.UNUSED_LOCAL, DiagnosticCode.UNREACHABLE_CODE);
        assertThat(config.severities()).containsOnly(
                org.assertj.core.api.Assertions.entry(DiagnosticCode.MODULE_NOT_FOUND, Severity.ERROR),
                org.assertj.core.api.Assertions.entry(DiagnosticCode.BLOCK_COMMENT, Severity.HINT));
        assertThat(config.exclude()).containsExactly("generated/**", "*.draft.neam");
        assertThat(config.deployGlobs()).containsExactly("deploy/**/*.yaml");
        assertThat(config.languageVersion()).isEqualTo("0.6");
    }

    @Test
    void rulesMayBeAStandardTable() {
        ToolConfig config = parse("""
                [tool.neam-lsp.rules]
                NEAM3007 = "warning"
                """);
        assertThat(problems(config)).isEmpty();
        assertThat(config.severities()).containsEntry(DiagnosticCode.UNUSED_LOCAL, Severity.WARNING);
    }

    @Test
    void noTableOrNoManifestMeansNoConfiguration() throws IOException {
        assertThat(parse("[package]\nname = \"x\"\n")).isSameAs(ToolConfig.NONE);
        assertThat(ToolConfigReader.read(project.resolve("neam.toml"))).isSameAs(ToolConfig.NONE);
        Files.writeString(project.resolve("neam.toml"), "[tool.other]\nx = 1\n");
        assertThat(ToolConfigReader.read(project.resolve("neam.toml"))).isSameAs(ToolConfig.NONE);
    }

    @Test
    void unknownKeysAndBadValuesAreProblemsWithPositionsAndTheValidRestApplies() {
        ToolConfig config = parse("""
                [tool.neam-lsp]
                rules = { NEAM3007 = "of", NEAM9999 = "error", NEAM0009 = "error", NEAM1002 = 3 }
                disable = ["NEAM3010", 7, "BOGUS1"]
                exlude = ["x"]
                exclude = "generated/**"
                language-version = "2.0"
                """);

        assertThat(problems(config)).containsExactlyInAnyOrder(
                "neam.toml:2:11: rule NEAM3007 must be one of error, warning, information, hint, off; got \"of\"",
                "neam.toml:2:28: unknown diagnostic code 'NEAM9999'",
                "neam.toml:2:68: rule NEAM1002 must be one of error, warning, information, hint, off; got 3",
                "neam.toml:3:24: 'disable' must hold only strings; got 7",
                "neam.toml:3:27: unknown diagnostic code 'BOGUS1'",
                "neam.toml:4:1: unknown key 'exlude' in [tool.neam-lsp] (known keys: rules, disable, exclude, "
                        + "deploy-globs, language-version)",
                "neam.toml:5:1: 'exclude' must be an array of strings; got \"generated/**\"",
                "neam.toml:6:1: 'language-version' must be one of auto, 0.6, 1.x; got \"2.0\"");
        assertThat(config.severities()).containsOnlyKeys(DiagnosticCode.BLOCK_COMMENT);
        assertThat(config.off()).containsExactly(DiagnosticCode.UNREACHABLE_CODE);
    }

    @Test
    void aTableThatIsNotATableAndInvalidTomlAreProblems() {
        assertThat(problems(parse("tool = { neam-lsp = 3 }\n"))).singleElement().asString()
                .contains("[tool.neam-lsp] must be a table");
        assertThat(problems(parse("[tool.neam-lsp]\nrules = { NEAM3007 = off }\n"))).singleElement().asString()
                .startsWith("neam.toml:2:22: invalid TOML: ");
    }

    /** tomlj may throw (even AssertionError) on malformed input: reading must never throw. */
    @Test
    void malformedInputNeverThrows() {
        String seed = """
                [tool.neam-lsp]
                rules = { NEAM3007 = "off", "NEAM1002" = 'error' }
                disable = ["NEAM3010", ]
                exclude = [\"\"\"a\"\"\", 'b']
                [[tool.neam-lsp.x]]
                language-version = "0.6" # c
                """;
        Random random = new Random(42);
        String alphabet = "[]{}=\"'#.,\n \\-_azAZ09\u00e9\t";
        for (int i = 0; i < 3000; i++) {
            StringBuilder s = new StringBuilder(seed);
            for (int m = random.nextInt(6); m >= 0; m--) {
                int at = random.nextInt(s.length() + 1);
                switch (random.nextInt(3)) {
                    case 0 -> s.insert(at, alphabet.charAt(random.nextInt(alphabet.length())));
                    case 1 -> { if (at < s.length()) s.deleteCharAt(at); }
                    default -> s.setLength(Math.min(s.length(), at));
                }
            }
            String text = s.toString();
            ToolConfig config = parse(text);
            assertThat(config).as("config for %s", text).isNotNull();
        }
    }

    @Test
    void theWorkspaceAppliesSeveritiesAndOffAndTheProjectsLanguageVersion() throws IOException {
        Files.writeString(project.resolve("neam.toml"), """
                [tool.neam-lsp]
                rules = { NEAM3007 = "warning", NEAM0009 = "off" }
                disable = ["NEAM3010"]
                language-version = "0.6"
                """);
        ToolConfigs configs = new ToolConfigs();
        Workspace w = new Workspace(AnalysisOptions.DEFAULT, Set.of()::contains, file -> project, configs::forRoot);
        Path file = project.resolve("main.neam");
        w.update(file, "main.neam", """
                /* block */
                fun f(x) { return 1; emit 2; }
                """);

        assertThat(w.diagnostics(file)).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo(DiagnosticCode.UNUSED_LOCAL);
            assertThat(d.severity()).isEqualTo(Severity.WARNING);
        });
        ToolConfig config = configs.forRoot(project);
        assertThat(config.options(AnalysisOptions.DEFAULT).languageVersion()).isEqualTo("0.6");
        assertThat(config.options(new AnalysisOptions("1.x")).languageVersion()).as("an explicit version wins")
                .isEqualTo("1.x");
    }
}
