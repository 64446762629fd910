package dev.neam.tests.docs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.neam.parser.diagnostic.DiagnosticCode;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every code has a runnable example, and the real jar agrees with it: the project that triggers the
 * code gets exactly that code from {@code neam-lsp lint}, and the fixed project gets nothing at all.
 * The one code only the editor reports (NEAM2015) is checked in the editor's analysis, and lint must
 * stay silent on it.
 */
class DiagnosticExamplesTest {

    @Test
    void everyCodeHasExactlyOneExample() {
        assertThat(new TreeSet<>(DiagnosticExample.all().keySet()))
                .isEqualTo(new TreeSet<>(Arrays.stream(DiagnosticCode.values()).map(DiagnosticCode::id).toList()));
    }

    @TestFactory
    Stream<DynamicTest> eachExampleYieldsExactlyItsCodeAndItsFixIsClean() {
        Map<String, ExampleRuns.Outcome> outcomes = ExampleRuns.all();
        return DiagnosticExample.all().values().stream().map(example -> DynamicTest.dynamicTest(example.code(), () -> {
            ExampleRuns.Outcome outcome = outcomes.get(example.code());
            assertThat(outcome.bad()).as("%s: the example reports its code", example.code()).isNotEmpty();
            assertThat(outcome.bad().stream().map(ExampleRuns.Finding::code).distinct().toList())
                    .as("%s: nothing but its code: %s", example.code(), outcome.bad()).isEqualTo(List.of(example.code()));
            assertThat(outcome.fixed()).as("%s: the fixed project is clean", example.code()).isEmpty();
            assertThat(outcome.lintOfEditorOnly()).as("%s: lint never reports it", example.code()).isEmpty();
        }));
    }
}
