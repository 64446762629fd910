package dev.neam.tests.cli;

import static dev.neam.tests.cli.LintProcess.run;
import static dev.neam.tests.cli.LintProcess.write;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.neam.lsp.cli.GithubAnnotations;
import dev.neam.parser.diagnostic.Diagnostic;
import dev.neam.parser.diagnostic.DiagnosticCode;
import dev.neam.parser.diagnostic.Severity;
import dev.neam.parser.text.Range;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The SARIF and GitHub formats, through the real jar. Each is checked against the JSON report of
 * the same input (the JSON contract is checked elsewhere), so they say the same thing.
 */
class LintFormatsTest {

    /**
     * An error with a related location (NEAM3003), a warning (NEAM0009), a hint (NEAM3007) and an
     * error after characters outside the BMP (NEAM0004 at UTF-16 column 25).
     */
    static final String MIXED = """
            fun scale(x) { return x; }
            emit scale(1, 2);
            /* block */
            fun f(unused) { return 1; }
            let s = "\uD83D\uDE00\uD83D\uDE00"; let t = 1
            """;

    @TempDir
    Path dir;

    @BeforeEach
    void project() throws IOException {
        write(dir, "neam.toml", "[project]\nname = \"formats\"\n");
        write(dir, "src/main.neam", MIXED);
        write(dir, "src/clean.neam", "// nothing\n");
    }

    static JsonObject parse(String json) {
        return JsonParser.parseString(json).getAsJsonObject();
    }

    @Test
    void sarifIsValidSarif210AndSaysWhatTheJsonReportSays() {
        LintProcess.Result sarif = run(dir, "lint", "--format", "sarif", "src");
        LintProcess.Result json = run(dir, "lint", "--format", "json", "src");

        assertThat(sarif.exitCode()).as(sarif.toString()).isEqualTo(1).isEqualTo(json.exitCode());
        assertThat(sarif.stderr()).isEmpty();
        assertThat(SarifSchema.violations(sarif.stdout())).as("schema violations").isEmpty();

        JsonObject log = parse(sarif.stdout());
        assertThat(log.get("version").getAsString()).isEqualTo("2.1.0");
        assertThat(log.get("$schema").getAsString()).endsWith("sarif-2.1.0.json");
        JsonArray runs = log.getAsJsonArray("runs");
        assertThat(runs).hasSize(1);
        JsonObject runObject = runs.get(0).getAsJsonObject();
        assertThat(runObject.get("columnKind").getAsString()).isEqualTo("utf16CodeUnits");
        assertThat(runObject.getAsJsonObject("originalUriBaseIds").getAsJsonObject("%SRCROOT%").get("uri").getAsString())
                .isEqualTo(dir.toUri().toString().endsWith("/") ? dir.toUri().toString() : dir.toUri() + "/");
        JsonObject driver = runObject.getAsJsonObject("tool").getAsJsonObject("driver");
        assertThat(driver.get("name").getAsString()).isEqualTo("neam-lsp");
        assertThat(driver.get("version").getAsString()).isEqualTo(run(dir, "--version").stdout().strip().substring(9));
        assertThat(driver.get("informationUri").getAsString()).startsWith("https://");

        List<JsonObject> diagnostics = new ArrayList<>();
        json.json().getAsJsonArray("files").forEach(f -> f.getAsJsonObject().getAsJsonArray("diagnostics")
                .forEach(d -> diagnostics.add(d.getAsJsonObject())));
        TreeSet<String> codes = new TreeSet<>();
        diagnostics.forEach(d -> codes.add(d.get("code").getAsString()));
        assertThat(codes).containsExactly("NEAM0004", "NEAM0009", "NEAM3003", "NEAM3007");

        JsonArray rules = driver.getAsJsonArray("rules");
        List<String> ruleIds = new ArrayList<>();
        for (JsonElement r : rules) {
            JsonObject rule = r.getAsJsonObject();
            String id = rule.get("id").getAsString();
            ruleIds.add(id);
            DiagnosticCode code = DiagnosticCode.byId(id).orElseThrow();
            assertThat(rule.get("name").getAsString()).matches("[A-Z][A-Za-z0-9]+");
            assertThat(rule.getAsJsonObject("shortDescription").get("text").getAsString()).isEqualTo(code.description());
            assertThat(rule.getAsJsonObject("fullDescription").get("text").getAsString()).startsWith(code.description());
            assertThat(rule.getAsJsonObject("help").get("text").getAsString()).isEqualTo(code.help());
            assertThat(rule.getAsJsonObject("defaultConfiguration").get("level").getAsString())
                    .isEqualTo(level(code.defaultSeverity().id()));
        }
        assertThat(ruleIds).as("one rule per code that occurs, in id order").containsExactlyElementsOf(codes);

        JsonArray results = runObject.getAsJsonArray("results");
        assertThat(results).hasSameSizeAs(diagnostics);
        for (int i = 0; i < results.size(); i++) {
            JsonObject result = results.get(i).getAsJsonObject();
            JsonObject expected = diagnostics.get(i);
            String code = expected.get("code").getAsString();
            assertThat(result.get("ruleId").getAsString()).isEqualTo(code);
            assertThat(ruleIds.get(result.get("ruleIndex").getAsInt())).isEqualTo(code);
            assertThat(result.get("level").getAsString()).isEqualTo(level(expected.get("severity").getAsString()));
            assertThat(result.getAsJsonObject("message").get("text").getAsString()).isEqualTo(expected.get("message").getAsString());
            JsonArray locations = result.getAsJsonArray("locations");
            assertThat(locations).hasSize(1);
            JsonObject physical = locations.get(0).getAsJsonObject().getAsJsonObject("physicalLocation");
            assertThat(physical.getAsJsonObject("artifactLocation").get("uri").getAsString()).isEqualTo("src/main.neam");
            assertThat(physical.getAsJsonObject("artifactLocation").get("uriBaseId").getAsString()).isEqualTo("%SRCROOT%");
            assertRegionIsTheRangePlusOne(physical.getAsJsonObject("region"), expected.getAsJsonObject("range"));
            assertThat(result.getAsJsonObject("partialFingerprints").get("neamFingerprint/v1").getAsString())
                    .matches("[0-9a-f]{64}");
            if (expected.has("relatedInformation")) {
                JsonArray related = result.getAsJsonArray("relatedLocations");
                JsonArray relatedInformation = expected.getAsJsonArray("relatedInformation");
                assertThat(related).hasSameSizeAs(relatedInformation);
                JsonObject first = related.get(0).getAsJsonObject();
                assertThat(first.getAsJsonObject("message").get("text").getAsString())
                        .isEqualTo(relatedInformation.get(0).getAsJsonObject().get("message").getAsString());
                assertRegionIsTheRangePlusOne(first.getAsJsonObject("physicalLocation").getAsJsonObject("region"),
                        relatedInformation.get(0).getAsJsonObject().getAsJsonObject("range"));
            } else {
                assertThat(result.has("relatedLocations")).isFalse();
            }
        }
        JsonObject lastRegion = results.get(results.size() - 1).getAsJsonObject().getAsJsonArray("locations").get(0)
                .getAsJsonObject().getAsJsonObject("physicalLocation").getAsJsonObject("region");
        assertThat(lastRegion.get("startColumn").getAsInt()).as("UTF-16 columns: each emoji counts two").isEqualTo(26);
    }

    @Test
    void sarifOfACleanRunHasNoRulesAndNoResultsAndIsValid() {
        LintProcess.Result r = run(dir, "lint", "--format", "sarif", "src/clean.neam");

        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(SarifSchema.violations(r.stdout())).isEmpty();
        JsonObject runObject = parse(r.stdout()).getAsJsonArray("runs").get(0).getAsJsonObject();
        assertThat(runObject.getAsJsonArray("results")).isEmpty();
        assertThat(runObject.getAsJsonObject("tool").getAsJsonObject("driver").getAsJsonArray("rules")).isEmpty();
    }

    @Test
    void theSchemaValidatorDoesRejectAnInvalidLog() {
        String sarif = run(dir, "lint", "--format", "sarif", "src").stdout();
        String broken = sarif.replaceFirst("\"level\": \"note\"", "\"level\": \"hint\"");
        assertThat(broken).isNotEqualTo(sarif);

        assertThat(SarifSchema.violations(broken)).isNotEmpty();
    }

    @Test
    void filesOutsideTheWorkingFolderGetAbsoluteFileUris() throws IOException {
        Path work = dir.resolve("work");
        write(work, "placeholder.txt", "");
        LintProcess.Result r = run(work, "lint", "--format", "sarif", "../src/main.neam");

        assertThat(SarifSchema.violations(r.stdout())).isEmpty();
        JsonObject artifact = parse(r.stdout()).getAsJsonArray("runs").get(0).getAsJsonObject().getAsJsonArray("results")
                .get(0).getAsJsonObject().getAsJsonArray("locations").get(0).getAsJsonObject()
                .getAsJsonObject("physicalLocation").getAsJsonObject("artifactLocation");
        assertThat(artifact.get("uri").getAsString()).isEqualTo(dir.resolve("src/main.neam").toUri().toString());
        assertThat(artifact.has("uriBaseId")).isFalse();
    }

    @Test
    void pathsWithSpacesAndNonAsciiArePercentEncoded() throws IOException {
        write(dir, "my src/caf\u00e9.neam", "/* c */\n");
        LintProcess.Result r = run(dir, "lint", "--format", "sarif", "my src");

        assertThat(SarifSchema.violations(r.stdout())).isEmpty();
        assertThat(r.stdout()).contains("\"uri\": \"my%20src/caf%C3%A9.neam\"");
    }

    @Test
    void fingerprintsSurviveUnrelatedEditsAndTellIdenticalLinesApart() throws IOException {
        String original = """
                fun a() { return 1; }
                /* one */
                fun b() { return 2; }
                /* one */
                """;
        write(dir, "fp.neam", original);
        List<String> before = fingerprints(run(dir, "lint", "--format", "sarif", "fp.neam").stdout());
        List<Integer> linesBefore = startLines(run(dir, "lint", "--format", "sarif", "fp.neam").stdout());

        write(dir, "fp.neam", "// a new header\n\n// and a note\n" + original.replace("/* one */", "    /* one */"));
        String after = run(dir, "lint", "--format", "sarif", "fp.neam").stdout();

        assertThat(before).hasSize(2).doesNotHaveDuplicates();
        assertThat(startLines(after)).as("the findings moved").isNotEqualTo(linesBefore);
        assertThat(fingerprints(after)).as("inserted lines above and re-indenting keep the fingerprints")
                .isEqualTo(before);

        write(dir, "fp.neam", original.replaceFirst("/\\* one \\*/", "/* two */"));
        List<String> changed = fingerprints(run(dir, "lint", "--format", "sarif", "fp.neam").stdout());
        assertThat(changed.get(0)).as("a changed line is a new finding").isNotEqualTo(before.get(0));
    }

    @Test
    void githubFormatPrintsOneWorkflowCommandPerDiagnostic() {
        LintProcess.Result r = run(dir, "lint", "--format", "github", "src");

        assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
        assertThat(r.stdout()).isEqualTo("""
                ::error file=src/main.neam,line=2,col=6,endLine=2,endColumn=11,title=NEAM3003::'scale' takes 1 argument but is called with 2
                ::warning file=src/main.neam,line=3,col=1,endLine=3,endColumn=3,title=NEAM0009::neamc does not accept '/* \u2026 */' comments; use '//' line comments
                ::notice file=src/main.neam,line=4,col=7,endLine=4,endColumn=13,title=NEAM3007::parameter 'unused' is never used
                ::error file=src/main.neam,line=5,col=26,endLine=5,endColumn=26,title=NEAM0004::expected ';' at the end of the statement
                """);
        assertThat(r.stderr()).isEqualTo("2 files, 2 errors, 1 warning, 0 information, 1 hint\n");
    }

    @Test
    void githubCommandsEscapeWhatWouldEndAPropertyOrTheLine() {
        Diagnostic d = Diagnostic.of(DiagnosticCode.MISSING_TOKEN, Range.of(0, 0, 0, 1), "100% sure:\r\nyes, really");
        assertThat(GithubAnnotations.command("a,b:c%.neam", d)).isEqualTo(
                "::error file=a%2Cb%3Ac%25.neam,line=1,col=1,endLine=1,endColumn=2,title=NEAM0004::100%25 sure:%0D%0Ayes, really");
    }

    @Test
    void githubCommandsOfMultiLineRangesHaveNoColumns() {
        Diagnostic d = new Diagnostic(DiagnosticCode.BLOCK_COMMENT, Severity.HINT, "m", Range.of(2, 4, 5, 1), List.of(), Map.of());
        assertThat(GithubAnnotations.command("x.neam", d)).isEqualTo("::notice file=x.neam,line=3,endLine=6,title=NEAM0009::m");
    }

    static String level(String severity) {
        return switch (severity) {
            case "error" -> "error";
            case "warning" -> "warning";
            default -> "note";
        };
    }

    static void assertRegionIsTheRangePlusOne(JsonObject region, JsonObject range) {
        JsonObject start = range.getAsJsonObject("start");
        JsonObject end = range.getAsJsonObject("end");
        assertThat(region.get("startLine").getAsInt()).isEqualTo(start.get("line").getAsInt() + 1);
        assertThat(region.get("startColumn").getAsInt()).isEqualTo(start.get("character").getAsInt() + 1);
        assertThat(region.get("endLine").getAsInt()).isEqualTo(end.get("line").getAsInt() + 1);
        assertThat(region.get("endColumn").getAsInt()).isEqualTo(end.get("character").getAsInt() + 1);
    }

    static List<JsonObject> results(String sarif) {
        List<JsonObject> out = new ArrayList<>();
        parse(sarif).getAsJsonArray("runs").get(0).getAsJsonObject().getAsJsonArray("results")
                .forEach(r -> out.add(r.getAsJsonObject()));
        return out;
    }

    static List<String> fingerprints(String sarif) {
        return results(sarif).stream()
                .map(r -> r.getAsJsonObject("partialFingerprints").get("neamFingerprint/v1").getAsString()).toList();
    }

    static List<Integer> startLines(String sarif) {
        return results(sarif).stream()
                .map(r -> r.getAsJsonArray("locations").get(0).getAsJsonObject().getAsJsonObject("physicalLocation")
                        .getAsJsonObject("region").get("startLine").getAsInt())
                .toList();
    }
}
