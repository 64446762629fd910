package dev.neam.tests.project;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.neam.parser.deploy.ChecksMarkdown;
import dev.neam.parser.deploy.DeployCatalog;
import dev.neam.parser.diagnostic.Category;
import dev.neam.parser.diagnostic.DiagnosticCode;
import dev.neam.parser.manifest.ManifestRules;
import dev.neam.parser.manifest.ManifestSchema;
import dev.neam.parser.manifest.NeamTomlJsonSchema;
import dev.neam.parser.manifest.SchemaTable;
import dev.neam.tests.support.Fixtures;
import dev.neam.tests.support.Goldens;
import dev.neam.tests.support.RepoPaths;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The committed docs are generated from the data and must be current; the data and the code
 * catalogue must describe the same codes; and every manifest and deploy code must be shown firing
 * in some fixture.
 */
class GeneratedDocsTest {

    static final String UPDATE = "rewrite it with ./mvnw -B verify -DupdateGoldens=true";

    @Test
    void theCommittedJsonSchemaIsCurrent() {
        check(RepoPaths.repoRoot().resolve("docs/neam-toml.schema.json"), NeamTomlJsonSchema.generate());
    }

    @Test
    void theCommittedChecksDocIsCurrent() {
        check(RepoPaths.repoRoot().resolve("docs/deploy-checks.md"), ChecksMarkdown.generate());
    }

    @Test
    void theJsonSchemaDescribesEveryTableAndItsChecks() {
        JsonObject schema = JsonParser.parseString(NeamTomlJsonSchema.generate()).getAsJsonObject();
        assertThat(schema.get("$schema").getAsString()).isEqualTo("http://json-schema.org/draft-07/schema#");
        JsonObject k8s = schema.getAsJsonObject("properties").getAsJsonObject("deploy").getAsJsonObject("properties")
                .getAsJsonObject("kubernetes");
        JsonObject port = k8s.getAsJsonObject("properties").getAsJsonObject("port");
        assertThat(port.get("type").getAsString()).isEqualTo("integer");
        assertThat(port.get("minimum").getAsInt()).as("the warning below 1024 tightens the error below 1").isEqualTo(1024);
        assertThat(port.get("maximum").getAsInt()).isEqualTo(65535);
        assertThat(port.get("default").getAsInt()).isEqualTo(8080);
        assertThat(k8s.getAsJsonObject("properties").getAsJsonObject("namespace").get("pattern").getAsString())
                .as("an empty value means the default, as in lint").isEqualTo("^$|^[a-z0-9]([-a-z0-9]*[a-z0-9])?$");
        assertThat(k8s.get("additionalProperties").getAsBoolean()).isFalse();
        assertThat(k8s.getAsJsonObject("properties").has("scaling")).as("sub-tables nest").isTrue();
        JsonObject agents = schema.getAsJsonObject("properties").getAsJsonObject("agents");
        assertThat(agents.get("type").getAsString()).isEqualTo("array");
        assertThat(agents.getAsJsonObject("items").getAsJsonArray("required").toString()).isEqualTo("[\"id\"]");
        JsonObject deps = schema.getAsJsonObject("properties").getAsJsonObject("dependencies");
        assertThat(deps.getAsJsonObject("additionalProperties").getAsJsonArray("anyOf")).hasSize(2);
        for (SchemaTable table : ManifestSchema.get().tables()) {
            if (table.name().isEmpty()) {
                continue;
            }
            JsonObject at = schema;
            for (String part : table.name().split("\\.")) {
                at = part.equals("*") ? at.getAsJsonObject("additionalProperties")
                        : at.getAsJsonObject("properties").getAsJsonObject(part);
                assertThat(at).as("JSON Schema has %s", table.name()).isNotNull();
                if (at.has("items")) {
                    at = at.getAsJsonObject("items");
                }
                if (at.has("anyOf")) {
                    at = at.getAsJsonArray("anyOf").get(1).getAsJsonObject();
                }
            }
        }
    }

    @Test
    void everyManifestAndDeployCodeHasItsDataAndNoDataIsOrphaned() {
        Set<String> manifestCodes = codes(Category.MANIFEST);
        Set<String> deployCodes = codes(Category.DEPLOY);
        Set<String> ruleData = new TreeSet<>();
        ManifestRules.all().forEach(r -> ruleData.add(r.code()));
        Set<String> checkData = new TreeSet<>();
        DeployCatalog.get().checks().forEach(c -> checkData.add(c.code()));

        assertThat(ruleData).isEqualTo(manifestCodes);
        assertThat(checkData).isEqualTo(deployCodes);
        assertThat(manifestCodes).allMatch(c -> c.matches("TOML[0-9]{4}"));
        assertThat(deployCodes).allMatch(c -> c.matches("DEPLOY[0-9]{4}"));
    }

    @Test
    void everyManifestAndDeployCodeFiresInSomeFixture() {
        StringBuilder all = new StringBuilder();
        for (String folder : List.of("manifest", "deploy")) {
            Path root = RepoPaths.fixturesRoot().resolve(folder);
            List<Path> files = new ArrayList<>(Fixtures.list(root, ".toml"));
            files.addAll(Fixtures.list(root, ".project"));
            files.forEach(f -> all.append(Fixtures.read(f)));
        }
        Set<String> codes = codes(Category.MANIFEST);
        codes.addAll(codes(Category.DEPLOY));
        List<String> unshown = codes.stream().filter(c -> !all.toString().matches("(?s).*\\b(error|warning|information|hint) " + c + ":.*"))
                .toList();
        assertThat(unshown).as("codes no fixture annotates").isEmpty();
    }

    private static Set<String> codes(Category category) {
        Set<String> out = new TreeSet<>();
        Arrays.stream(DiagnosticCode.values()).filter(c -> c.category() == category).forEach(c -> out.add(c.id()));
        return out;
    }

    private static void check(Path file, String generated) {
        Goldens.check(file, generated, UPDATE);
    }
}
