package dev.neam.tests.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.neam.parser.deploy.YamlFile;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/** Each document of a multi-document YAML file is read on its own: a broken one hides nothing after it. */
class YamlDocumentsTest {

    @Test
    void documentsAfterABrokenOneAreStillRead() {
        String text = "apiVersion: v1\nkind: ConfigMap\n---\ndata: [unclosed\n---\napiVersion: apps/v1\nkind: Deployment\n"
                + "---\nkey: \"unterminated\n---\nkind: Service\n";

        YamlFile file = YamlFile.parse(text);

        assertThat(file.documents()).extracting(YamlDocumentsTest::kind).containsExactly("ConfigMap", "Deployment", "Service");
        assertThat(file.syntaxDiagnostics()).hasSize(2);
        assertThat(file.syntaxDiagnostics().get(0).range().start().line()).isBetween(3, 4);
        assertThat(file.documents().get(1).getStartMark().orElseThrow().getLine()).as("positions stay those of the file")
                .isEqualTo(5);
    }

    @Test
    void garbageAfterAValidDocumentKeepsTheDocument() {
        YamlFile file = YamlFile.parse("kind: Deployment\n---\n: : : [\n");
        assertThat(file.documents()).extracting(YamlDocumentsTest::kind).containsExactly("Deployment");
        assertThat(file.syntaxDiagnostics()).hasSize(1);
    }

    private static String kind(org.snakeyaml.engine.v2.nodes.Node node) {
        return ((MappingNode) node).getValue().stream()
                .filter(t -> ((ScalarNode) t.getKeyNode()).getValue().equals("kind"))
                .map(t -> ((ScalarNode) t.getValueNode()).getValue()).findFirst().orElse("?");
    }
}
