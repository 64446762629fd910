package dev.neam.tests.semantic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.neam.parser.diagnostic.Category;
import dev.neam.parser.diagnostic.Diagnostic;
import dev.neam.parser.diagnostic.DiagnosticCode;
import dev.neam.parser.diagnostic.Severity;
import dev.neam.parser.semantic.AnalysisOptions;
import dev.neam.parser.workspace.Analyzer;
import dev.neam.parser.workspace.Document;
import dev.neam.parser.workspace.FileDiagnostics;
import dev.neam.tests.support.Fixtures;
import dev.neam.tests.support.RepoPaths;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Never cry wolf: every valid syntax fixture and every file of {@code samples/} is real, correct
 * Neam, so the semantic checks must find no error in any of them under any language version. Under
 * {@code auto} even the warnings are pinned: each one must be listed here with the reason it is true.
 */
class ValidCorpusSemanticTest {

    /** The only warnings the valid corpus earns under auto, as "file CODE line", each a true finding. */
    private static final List<String> EXPECTED_AUTO_WARNINGS = List.of(
            // max_daily_* are parsed and thrown away by neamc: the fixture lists every dialect-A key on purpose.
            "syntax/valid/agents/agent_all_properties_a.neam NEAM2016 85",
            "syntax/valid/agents/agent_all_properties_a.neam NEAM2016 86",
            "syntax/valid/agents/agent_all_properties_a.neam NEAM2016 87");

    @ParameterizedTest(name = "languageVersion {0}")
    @ValueSource(strings = {"auto", "0.6", "1.x"})
    void noSemanticErrorsInValidCode(String version) {
        List<String> errors = new ArrayList<>();
        for (FileDiagnostics file : analyse(version)) {
            for (Diagnostic d : file.diagnostics()) {
                if (d.category() == Category.SEMANTIC && d.severity() == Severity.ERROR) {
                    errors.add(describe(file.path(), d));
                }
            }
        }
        assertThat(errors).as("semantic errors in valid code under %s", version).isEmpty();
    }

    @Test
    void warningsUnderAutoAreExactlyTheKnownTrueOnes() {
        List<String> warnings = new ArrayList<>();
        for (FileDiagnostics file : analyse("auto")) {
            for (Diagnostic d : file.diagnostics()) {
                // The import fixtures name modules that are not part of the corpus by design (NEAM1002).
                if (d.category() == Category.SEMANTIC && d.severity() == Severity.WARNING
                        && d.code() != DiagnosticCode.MODULE_NOT_FOUND) {
                    warnings.add(file.path() + " " + d.code().id() + " " + (d.range().start().line() + 1));
                }
            }
        }
        assertThat(warnings).as("warnings of the valid corpus under auto (each must be a true finding)")
                .containsExactlyInAnyOrderElementsOf(EXPECTED_AUTO_WARNINGS);
    }

    /** The corpus with the machine's environment replaced by an empty one (credential information is not asserted here). */
    private static List<FileDiagnostics> analyse(String version) {
        List<Document> documents = new ArrayList<>();
        Path fixtures = RepoPaths.fixturesRoot();
        for (Path file : Fixtures.list(fixtures.resolve("syntax/valid"), ".neam")) {
            documents.add(new Document(Fixtures.relativeName(fixtures, file), Fixtures.read(file)));
        }
        Path samples = RepoPaths.repoRoot().resolve("samples");
        for (Path file : Fixtures.list(samples, ".neam")) {
            documents.add(new Document("samples/" + Fixtures.relativeName(samples, file), Fixtures.read(file)));
        }
        assertThat(documents).hasSizeGreaterThan(100);
        return new Analyzer(new AnalysisOptions(version, Map.of())).analyze(documents);
    }

    private static String describe(String path, Diagnostic d) {
        return path + ":" + (d.range().start().line() + 1) + ":" + (d.range().start().character() + 1) + " "
                + d.code().id() + " " + d.message();
    }
}
