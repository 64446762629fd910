package dev.neam.tests.semantic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.neam.parser.diagnostic.Diagnostic;
import dev.neam.parser.diagnostic.DiagnosticCode;
import dev.neam.parser.diagnostic.RelatedInformation;
import dev.neam.parser.diagnostic.Severity;
import dev.neam.parser.semantic.AnalysisOptions;
import dev.neam.parser.text.Range;
import dev.neam.parser.workspace.Analyzer;
import dev.neam.parser.workspace.Document;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What fixtures cannot show: related information, the quick-fix data, the environment taken from
 * the options rather than the machine, and the code catalogue of this family.
 */
class FindingDetailsTest {

    private static List<Diagnostic> analyse(String text, Map<String, String> environment) {
        return new Analyzer(new AnalysisOptions("auto", environment)).analyze(List.of(new Document("t.neam", text)))
                .get(0).diagnostics();
    }

    private static Diagnostic only(List<Diagnostic> all, DiagnosticCode code) {
        List<Diagnostic> found = all.stream().filter(d -> d.code() == code).toList();
        assertThat(found).as("diagnostics %s in %s", code, all).hasSize(1);
        return found.get(0);
    }

    @Test
    void chunkOverlapPointsAtChunkSize() {
        String text = """
                knowledge K {
                    vector_store: "usearch"
                    embedding_model: "e"
                    chunk_size: 50
                    chunk_overlap: 80
                    sources: [{ type: "file", path: "./a.md" }]
                }
                """;
        Diagnostic d = only(analyse(text, Map.of()), DiagnosticCode.VALUE_ORDER);
        assertThat(d.range()).isEqualTo(Range.of(4, 19, 4, 21));
        assertThat(d.related()).containsExactly(new RelatedInformation(null, Range.of(3, 16, 3, 18),
                "'chunk_size' is 50 here"));
    }

    @Test
    void duplicateKeyPointsAtTheEarlierOne() {
        Diagnostic d = only(analyse("agent A {\n    provider: \"ollama\"\n    model: \"a\"\n    model: \"b\"\n}\n",
                Map.of()), DiagnosticCode.DUPLICATE_PROPERTY);
        assertThat(d.range()).isEqualTo(Range.of(3, 4, 3, 9));
        assertThat(d.related()).extracting(RelatedInformation::range).containsExactly(Range.of(2, 4, 2, 9));
        assertThat(d.data()).containsEntry("fix", "remove");
    }

    @Test
    void quickFixData() {
        String text = """
                memory Notes {
                    backend: "sqlite"
                }
                agent A {
                    provider: "ollama"
                    model: "m"
                    memory: "Notes"
                    guardchains: []
                    skills: lookup
                    temperature: "0.5"
                }
                """;
        List<Diagnostic> all = analyse(text, Map.of());
        assertThat(only(all, DiagnosticCode.STRING_FOR_NAME).data()).isEqualTo(Map.of("fix", "unquote", "with", "Notes"));
        assertThat(only(all, DiagnosticCode.UNKNOWN_PROPERTY).data()).isEqualTo(Map.of("fix", "replace", "with", "guards"));
        List<Diagnostic> types = all.stream().filter(d -> d.code() == DiagnosticCode.WRONG_VALUE_TYPE).toList();
        assertThat(types).extracting(Diagnostic::data).containsExactlyInAnyOrder(
                Map.of("fix", "wrap_in_list", "with", "[lookup]"), Map.of("fix", "replace", "with", "0.5"));
    }

    @Test
    void credentialsComeFromTheInjectedEnvironment() {
        String text = "agent A {\n    provider: \"openai\"\n    model: \"m\"\n}\n";
        Diagnostic missing = only(analyse(text, Map.of()), DiagnosticCode.PROVIDER_CREDENTIALS_MISSING);
        assertThat(missing.severity()).isEqualTo(Severity.INFORMATION);
        assertThat(missing.data()).containsEntry("variables", "OPENAI_API_KEY");
        assertThat(analyse(text, Map.of("OPENAI_API_KEY", "sk-1")))
                .noneMatch(d -> d.code() == DiagnosticCode.PROVIDER_CREDENTIALS_MISSING);
    }

    @Test
    void mixingPointsAtTheOtherDialect() {
        String text = "runner R {\n    entry_agent: A\n}\nchannel C {\n    type: \"cli\"\n}\n";
        Diagnostic d = only(analyse(text, Map.of()), DiagnosticCode.DIALECT_MIXING);
        assertThat(d.range()).isEqualTo(Range.of(3, 0, 3, 7));
        assertThat(d.related()).extracting(RelatedInformation::range).containsExactly(Range.of(0, 0, 0, 6));
    }

    @Test
    void theFamilyHasStableCodesInItsRangeWithDescriptions() {
        List<DiagnosticCode> family = Arrays.stream(DiagnosticCode.values())
                .filter(c -> c.id().startsWith("NEAM20")).toList();
        assertThat(family).hasSize(23);
        for (DiagnosticCode code : family) {
            int number = Integer.parseInt(code.id().substring(4));
            assertThat(number).isBetween(2001, 2099);
            assertThat(code.category().id()).isEqualTo("semantic");
            assertThat(code.description()).isNotBlank().doesNotContain("\n");
        }
    }

    @Test
    void optionsWithoutAnEnvironmentLookAtNone() {
        assertThat(new AnalysisOptions("0.6").environment()).isNull();
        assertThat(new AnalysisOptions("0.6").checksCredentials()).isFalse();
        assertThat(new AnalysisOptions("0.6").withEnvironment(Map.of()).checksCredentials()).isTrue();
        assertThat(analyse("agent A {\n    provider: \"openai\"\n    model: \"m\"\n}\n", null))
                .noneMatch(d -> d.code() == DiagnosticCode.PROVIDER_CREDENTIALS_MISSING);
        assertThat(AnalysisOptions.DEFAULT.languageVersion()).isEqualTo("auto");
        assertThat(new AnalysisOptions("auto", Map.of("A", "1")).withLanguageVersion("1.x").environment())
                .containsEntry("A", "1");
    }
}
