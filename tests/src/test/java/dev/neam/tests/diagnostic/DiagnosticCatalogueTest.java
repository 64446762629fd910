package dev.neam.tests.diagnostic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.neam.parser.diagnostic.DiagnosticCode;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The catalogue is data other tools read (SARIF rules, docs): ids unique and well-formed, every code documented. */
class DiagnosticCatalogueTest {

    @Test
    void idsAreUniqueWellFormedAndFoundById() {
        List<String> ids = Arrays.stream(DiagnosticCode.values()).map(DiagnosticCode::id).toList();
        assertThat(ids).doesNotHaveDuplicates().allMatch(id -> id.matches("[A-Z]+[0-9]{4}"));
        for (DiagnosticCode code : DiagnosticCode.values()) {
            assertThat(DiagnosticCode.byId(code.id())).contains(code);
        }
        assertThat(DiagnosticCode.byId("NEAM9999")).isEmpty();
    }

    @Test
    void everyCodeHasADescriptionAndAHelpTextSayingHowToFixIt() {
        List<String> withoutHelp = Arrays.stream(DiagnosticCode.values())
                .filter(c -> c.help().isBlank()).map(DiagnosticCode::id).toList();
        assertThat(withoutHelp).as("codes without a help text (add one to DiagnosticCode)").isEmpty();
        assertThat(DiagnosticCode.values()).allSatisfy(c -> {
            assertThat(c.description()).isNotBlank().endsWith(".");
            assertThat(c.help()).endsWith(".").doesNotContain("\n");
        });
    }
}
