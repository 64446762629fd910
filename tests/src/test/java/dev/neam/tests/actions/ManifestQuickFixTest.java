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
    void eachSuggestionBecomesThePreferredFix() {
        List<Diagnostic> found = new ManifestAnalyzer(ManifestOptions.DEFAULT).analyze(MANIFEST, p -> false).diagnostics();

        assertThat(fix(found, DiagnosticCode.TOML_UNKNOWN_KEY)).isEqualTo("Rename to 'license'");
        assertThat(after(found, DiagnosticCode.TOML_UNKNOWN_KEY)).contains("\nlicense = \"MIT\"\n");
        assertThat(fix(found, DiagnosticCode.TOML_REQUEST_OVER_LIMIT)).isEqualTo("Add cpu-limit = \"4\"");
        assertThat(after(found, DiagnosticCode.TOML_REQUEST_OVER_LIMIT))
                .contains("\ncpu-request = \"4\"\ncpu-limit = \"4\"\nport = \"8080\"\n");
        assertThat(fix(found, DiagnosticCode.TOML_QUOTED_SCALAR)).isEqualTo("Write '8080'");
        assertThat(after(found, DiagnosticCode.TOML_QUOTED_SCALAR)).contains("\nport = 8080\n");
    }

    @Test
    void aFindingIsSilencedWithAHashComment() {
        List<Diagnostic> found = new ManifestAnalyzer(ManifestOptions.DEFAULT).analyze(MANIFEST, p -> false).diagnostics();
        Diagnostic unknown = found.stream().filter(x -> x.code() == DiagnosticCode.TOML_UNKNOWN_KEY).findFirst().orElseThrow();
        List<Fix> fixes = QuickFixes.ofStrict(FixContext.of(unknown, new SourceText(MANIFEST), null));

        String nextLine = TextEdits.apply(MANIFEST, fixes.get(1).edits());
        String line = MANIFEST.lines().toList().get(unknown.range().start().line());
        assertThat(nextLine).contains("# neam-disable-next-line TOML1001\n" + line + "\n");
        List<Diagnostic> after = new ManifestAnalyzer(ManifestOptions.DEFAULT).analyze(nextLine, p -> false).diagnostics();
        assertThat(dev.neam.parser.workspace.Suppressions.forFile("neam.toml", nextLine).filter(after))
                .extracting(Diagnostic::code).doesNotContain(DiagnosticCode.TOML_UNKNOWN_KEY);

        String wholeFile = TextEdits.apply(MANIFEST, fixes.get(2).edits());
        assertThat(wholeFile).startsWith("# neam-disable TOML1001\n");
    }

    @Test
    void aMultiLineArrayIsWrittenOnOneLine() {
        String manifest = "[test]\ninclude = [\n  \"tests/**/*.neam\",\n  \"more/**/*.neam\",\n]\ntimeout = 60\n";
        Diagnostic misread = new ManifestAnalyzer(ManifestOptions.DEFAULT).analyze(manifest, p -> false).diagnostics().stream()
                .filter(d -> d.code() == DiagnosticCode.TOML_MISREAD_VALUE).findFirst().orElseThrow();
        List<Fix> fixes = QuickFixes.ofStrict(FixContext.of(misread, new SourceText(manifest), null));
        assertThat(fixes.get(0).title()).isEqualTo("Write the array on one line");
        String after = TextEdits.apply(manifest, fixes.get(0).edits());
        assertThat(after).isEqualTo("[test]\ninclude = [\"tests/**/*.neam\", \"more/**/*.neam\"]\ntimeout = 60\n");
        assertThat(new ManifestAnalyzer(ManifestOptions.DEFAULT).analyze(after, p -> false).diagnostics())
                .extracting(Diagnostic::code).doesNotContain(DiagnosticCode.TOML_MISREAD_VALUE);

        String commented = manifest.replace("\"more/**/*.neam\",", "\"more/**/*.neam\", # also these");
        Diagnostic withComment = new ManifestAnalyzer(ManifestOptions.DEFAULT).analyze(commented, p -> false).diagnostics()
                .stream().filter(d -> d.code() == DiagnosticCode.TOML_MISREAD_VALUE).findFirst().orElseThrow();
        assertThat(QuickFixes.ofStrict(FixContext.of(withComment, new SourceText(commented), null)))
                .extracting(Fix::id).as("a comment inside the array would be lost").doesNotContain("join-lines");
    }

    private static List<Fix> fixes(List<Diagnostic> found, DiagnosticCode code) {
        Diagnostic d = found.stream().filter(x -> x.code() == code).findFirst().orElseThrow();
        List<Fix> fixes = QuickFixes.ofStrict(FixContext.of(d, new SourceText(MANIFEST), null));
        assertThat(fixes).extracting(Fix::title).as("the fix, then the two suppression comments")
                .containsExactly(fixes.get(0).title(), "Suppress " + code.id() + " on this line",
                        "Suppress " + code.id() + " in this file");
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
