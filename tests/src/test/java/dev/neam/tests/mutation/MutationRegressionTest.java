package dev.neam.tests.mutation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.neam.parser.diagnostic.Diagnostic;
import dev.neam.parser.diagnostic.DiagnosticCode;
import dev.neam.parser.manifest.ManifestAnalyzer;
import dev.neam.parser.manifest.ManifestOptions;
import dev.neam.parser.text.Range;
import dev.neam.tests.support.Findings;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Inputs the file mutator found that broke the analysis, each reduced to its essence. */
class MutationRegressionTest {

    @Test
    void aTomlTokenThousandsOfCharactersLongIsOneFindingNotAStackOverflow() {
        String token = "true".repeat(5_000);
        String manifest = "[package]\nname = " + token + "\nversion = \"1.0.0\"\n";

        List<Diagnostic> found = new ManifestAnalyzer(ManifestOptions.DEFAULT).analyze(manifest, path -> false).diagnostics();

        assertThat(found).filteredOn(d -> d.code() == DiagnosticCode.TOML_SYNTAX).singleElement().satisfies(d -> {
            assertThat(d.range()).isEqualTo(Range.of(1, 11, 1, 7 + token.length()));
            assertThat(d.message()).isEqualTo("unexpected 'truetruetruetruetruetruetruetruetruetrue…' (19996 characters),"
                    + " expected a newline or end-of-input");
        });
    }

    @Test
    void aNumberThousandsOfDigitsLongDoesNotEndTheChecksOfTheManifestThere() {
        String manifest = "[package]\nname = \"bot\"\nversion = \"1.0.0\"\nbuild = " + "1".repeat(10_000)
                + "\n\n[deploy.kubernetes]\nreplicas = \"three\"\n";

        List<Diagnostic> found = new ManifestAnalyzer(ManifestOptions.DEFAULT).analyze(manifest, path -> false).diagnostics();

        assertThat(found).extracting(d -> d.code() + " " + d.range() + " " + d.message()).containsExactly(
                DiagnosticCode.TOML_UNKNOWN_KEY + " " + Range.of(3, 0, 3, 5) + " unknown key 'build' in [package]; neamc ignores it",
                DiagnosticCode.TOML_SYNTAX + " " + Range.of(3, 8, 3, 10_008) + " integer is too large",
                DiagnosticCode.TOML_TYPE_MISMATCH + " " + Range.of(6, 11, 6, 18) + " 'replicas' must be an integer, not a string");
    }

    /**
     * A run of prefix operators recursed once per operator: lint's thread overflowed and reported
     * the file as too deep at 0:0 while the server's deep-stacked threads analysed it. Now the run
     * counts as nesting, the same on every thread.
     */
    @Test
    void prefixOperatorsNestedPastTheLimitAreOneFindingWhateverTheStack() throws Exception {
        String text = "let x = " + "!".repeat(1_500) + "a;\n";
        List<String> expected = List.of("NEAM0014 " + Range.of(0, 520, 0, 521)
                + " prefix operators and brackets nested more than 512 levels deep: the file is not analysed further");

        assertThat(findings(text)).isEqualTo(expected);
        List<List<String>> onADeepStack = new ArrayList<>();
        Thread deep = new Thread(null, () -> onADeepStack.add(findings(text)), "deep", 64L * 1024 * 1024);
        deep.start();
        deep.join();
        assertThat(onADeepStack).containsExactly(expected);
    }

    private static List<String> findings(String neam) {
        return Findings.of("deep.neam", neam);
    }
}
