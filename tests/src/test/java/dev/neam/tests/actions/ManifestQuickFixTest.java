package dev.neam.tests.actions;

import static org.assertj.core.api.Assertions.assertThat;

import dev.neam.parser.diagnostic.Diagnostic;
import dev.neam.parser.diagnostic.DiagnosticCode;
import dev.neam.parser.fix.Fix;
import dev.neam.parser.fix.FixContext;
import dev.neam.parser.fix.QuickFixes;
import dev.neam.parser.fix.TextEdits;
import dev.neam.parser.manifest.ManifestAnalyzer;
import dev.neam.parser.manifest.ManifestOptions;
import dev.neam.parser.text.SourceText;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Quick fixes of neam.toml findings: from the suggestion the check attaches, without a syntax tree or suppressions. */
class ManifestQuickFixTest {
    static final String MANIFEST = """
            [package]
            name = "desk"
            version = "1.0.0"
            licence = "MIT"

            [deploy.kubernetes]
            cpu-request = "4"
            port = "8080"
            """;

    @Test
    void eachSuggestionBecomesTheOnlyAndPreferredFix() {
        List<Diagnostic> found = new ManifestAnalyzer(ManifestOptions.DEFAULT).analyze(MANIFEST, p -> false).diagnostics();

        assertThat(fix(found, DiagnosticCode.TOML_UNKNOWN_KEY)).isEqualTo("Rename to 'license'");
        assertThat(after(found, DiagnosticCode.TOML_UNKNOWN_KEY)).contains("\nlicense = \"MIT\"\n");
        assertThat(fix(found, DiagnosticCode.TOML_REQUEST_OVER_LIMIT)).isEqualTo("Add cpu-limit = \"4\"");
        assertThat(after(found, DiagnosticCode.TOML_REQUEST_OVER_LIMIT))
                .contains("\ncpu-request = \"4\"\ncpu-limit = \"4\"\nport = \"8080\"\n");
        assertThat(fix(found, DiagnosticCode.TOML_QUOTED_SCALAR)).isEqualTo("Write '8080'");
        assertThat(after(found, DiagnosticCode.TOML_QUOTED_SCALAR)).contains("\nport = 8080\n");
    }

    private static List<Fix> fixes(List<Diagnostic> found, DiagnosticCode code) {
        Diagnostic d = found.stream().filter(x -> x.code() == code).findFirst().orElseThrow();
        List<Fix> fixes = QuickFixes.ofStrict(FixContext.of(d, new SourceText(MANIFEST), null));
        assertThat(fixes).as("one fix, no suppression comment in neam.toml").hasSize(1);
        assertThat(fixes.get(0).preferred()).isTrue();
        return fixes;
    }

    private static String fix(List<Diagnostic> found, DiagnosticCode code) {
        return fixes(found, code).get(0).title();
    }

    private static String after(List<Diagnostic> found, DiagnosticCode code) {
        return TextEdits.apply(MANIFEST, fixes(found, code).get(0).edits());
    }
}
