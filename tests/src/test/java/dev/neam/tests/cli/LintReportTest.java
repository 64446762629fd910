package dev.neam.tests.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.neam.lsp.cli.LintReport;
import dev.neam.parser.diagnostic.Diagnostic;
import dev.neam.parser.diagnostic.DiagnosticCode;
import dev.neam.parser.diagnostic.RelatedInformation;
import dev.neam.parser.diagnostic.Severity;
import dev.neam.parser.text.Range;
import dev.neam.parser.workspace.FileDiagnostics;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The lint renderers on hand-made diagnostics, so the diagnostic-bearing shapes are checked today,
 * before the parser reports anything (the end-to-end versions are in {@link LintErrorPathTest}).
 */
class LintReportTest {

    static final Diagnostic MISSING = Diagnostic.of(DiagnosticCode.MISSING_TOKEN, Range.of(0, 9, 0, 9),
            "expected ';' after the statement");
    static final Diagnostic COMMENT = Diagnostic.of(DiagnosticCode.BLOCK_COMMENT, Range.of(2, 0, 3, 2),
            "'/* */' comments are not accepted by neamc <use //>");
    static final Diagnostic WITH_RELATED = Diagnostic.of(DiagnosticCode.UNCLOSED_BRACE, Range.of(1, 4, 1, 5), "'{' is never closed")
            .withRelated(new RelatedInformation(null, Range.of(5, 0, 5, 0), "the file ends here"))
            .withRelated(new RelatedInformation("other.neam", Range.of(0, 0, 0, 3), "elsewhere"));

    static final LintReport REPORT = new LintReport(List.of(
            new FileDiagnostics("src/a.neam", List.of(MISSING, WITH_RELATED, COMMENT)),
            new FileDiagnostics("src/b.neam", List.of())));

    @Test
    void jsonFollowsTheContractKeyByKey() {
        String json = REPORT.json();

        assertThat(json).endsWith("\n").doesNotContain("\\u0027").doesNotContain("\\u003c");
        JsonObject root = JsonParser.parseString(json).getAsJsonObject();
        List<JsonObject> files = JsonContract.assertLintDocument(root);
        assertThat(files).hasSize(2);
        assertThat(files.get(1).getAsJsonArray("diagnostics")).isEmpty();
        assertThat(json).startsWith("{\"version\":1,\"files\":[{\"path\":\"src/a.neam\",\"diagnostics\":["
                + "{\"code\":\"NEAM0004\",\"category\":\"syntax\",\"severity\":\"error\","
                + "\"message\":\"expected ';' after the statement\","
                + "\"range\":{\"start\":{\"line\":0,\"character\":9},\"end\":{\"line\":0,\"character\":9}}},");
        assertThat(json).contains("\"relatedInformation\":[{\"path\":\"src/a.neam\",\"range\":{\"start\":{\"line\":5,"
                + "\"character\":0},\"end\":{\"line\":5,\"character\":0}},\"message\":\"the file ends here\"},"
                + "{\"path\":\"other.neam\",");
        assertThat(json).endsWith("\"summary\":{\"files\":2,\"errors\":2,\"warnings\":1,\"information\":0,\"hints\":0}}\n");
    }

    @Test
    void textIsOneBasedWithSeverityAndCode() {
        assertThat(REPORT.text(false)).isEqualTo("""
                src/a.neam:1:10: error NEAM0004 expected ';' after the statement
                src/a.neam:2:5: error NEAM0005 '{' is never closed
                src/a.neam:3:1: warning NEAM0009 '/* */' comments are not accepted by neamc <use //>
                """);
        assertThat(REPORT.summaryLine()).isEqualTo("2 files, 2 errors, 1 warning, 0 information, 0 hints");
    }

    @Test
    void colourWrapsPartsButKeepsTheText() {
        String coloured = REPORT.text(true);

        assertThat(coloured).contains("\u001b[").contains("\u001b[1;31merror\u001b[0m").contains("\u001b[1;33mwarning\u001b[0m");
        assertThat(coloured.replaceAll("\u001b\\[[0-9;]*m", "")).isEqualTo(REPORT.text(false));
    }

    @Test
    void noColourWithNoColorOrWithoutATerminal() {
        assertThat(LintReport.useColour(Map.of("NO_COLOR", "1"))).isFalse();
        assertThat(LintReport.useColour(Map.of("NO_COLOR", ""))).isFalse();
        // the test JVM's stdout is not a terminal
        assertThat(LintReport.useColour(Map.of())).isFalse();
    }

    @Test
    void pluralsAndMultiLineMessages() {
        Diagnostic twoLines = new Diagnostic(DiagnosticCode.UNEXPECTED_TOKEN, Severity.WARNING, "first\nsecond",
                Range.of(0, 0, 0, 1), List.of(), Map.of());
        LintReport one = new LintReport(List.of(new FileDiagnostics("x.neam", List.of(twoLines))));

        assertThat(one.summaryLine()).isEqualTo("1 file, 0 errors, 1 warning, 0 information, 0 hints");
        Diagnostic note = new Diagnostic(DiagnosticCode.UNREACHABLE_AGENT, Severity.INFORMATION, "n", Range.of(0, 0, 0, 1),
                List.of(), Map.of());
        Diagnostic hint = new Diagnostic(DiagnosticCode.UNUSED_LOCAL, Severity.HINT, "h", Range.of(0, 0, 0, 1), List.of(), Map.of());
        assertThat(new LintReport(List.of(new FileDiagnostics("y.neam", List.of(note, hint, hint)))).summaryLine())
                .as("information and hints count too").isEqualTo("1 file, 0 errors, 0 warnings, 1 information, 2 hints");
        assertThat(one.text(false)).isEqualTo("x.neam:1:1: warning NEAM0003 first second\n");
        assertThat(one.errors()).isZero();
        assertThat(new LintReport(List.of()).summaryLine()).isEqualTo("0 files, 0 errors, 0 warnings, 0 information, 0 hints");
    }
}
