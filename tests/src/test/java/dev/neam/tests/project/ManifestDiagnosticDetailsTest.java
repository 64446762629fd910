package dev.neam.tests.project;

import static org.assertj.core.api.Assertions.assertThat;

import dev.neam.parser.diagnostic.Diagnostic;
import dev.neam.parser.diagnostic.RelatedInformation;
import dev.neam.parser.manifest.FileLookup;
import dev.neam.parser.manifest.ManifestAnalyzer;
import dev.neam.parser.manifest.ManifestOptions;
import dev.neam.parser.text.Range;
import dev.neam.parser.workspace.Document;
import dev.neam.parser.workspace.FileDiagnostics;
import dev.neam.parser.workspace.Project;
import dev.neam.parser.workspace.ProjectAnalyzer;
import dev.neam.parser.workspace.ProjectFile;
import dev.neam.parser.workspace.ProjectOptions;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What fixtures cannot show: quick-fix data, related locations, and that secrets are never echoed. */
class ManifestDiagnosticDetailsTest {

    static List<Diagnostic> manifest(String text) {
        return new ManifestAnalyzer(ManifestOptions.DEFAULT).analyze(text, FileLookup.NONE).diagnostics();
    }

    static Diagnostic only(List<Diagnostic> all, String code) {
        List<Diagnostic> found = all.stream().filter(d -> d.code().id().equals(code)).toList();
        assertThat(found).as("%s in %s", code, all).hasSize(1);
        return found.get(0);
    }

    @Test
    void misspeltKeysCarryARenameFix() {
        Diagnostic d = only(manifest("[deploy.docker]\ntag_format = \"v{version}\"\nregistyr = \"ghcr.io/x\"\n"), "TOML9005");
        assertThat(d.data()).isEqualTo(Map.of("fix", "rename", "replacement", "tag-format"));
        Diagnostic near = only(manifest("[deploy.docker]\nregistyr = \"ghcr.io/x\"\n"), "TOML1001");
        assertThat(near.data()).isEqualTo(Map.of("fix", "rename", "replacement", "registry"));
        assertThat(near.range()).isEqualTo(Range.of(1, 0, 1, 8));
    }

    @Test
    void quotedNumbersCarryAnUnquoteFixAndBareValuesAQuoteFix() {
        Diagnostic quoted = only(manifest("[deploy.kubernetes]\nreplicas = \"3\"\n"), "TOML9001");
        assertThat(quoted.data()).isEqualTo(Map.of("fix", "unquote", "replacement", "3"));
        assertThat(quoted.range()).isEqualTo(Range.of(1, 11, 1, 14));
        Diagnostic bare = only(manifest("[deploy.kubernetes]\ncpu-limit = 2\n"), "TOML1003");
        assertThat(bare.data()).isEqualTo(Map.of("fix", "quote", "replacement", "\"2\""));
    }

    @Test
    void inlineSecretsCarryAnEnvReferenceFixAndAreNeverEchoed() {
        String secret = "sk-live-abcdefghijklmnopqrstuvwxyz123456";
        List<Diagnostic> all = manifest("[llm]\nprovider = \"openai\"\napi-key-ref = \"" + secret + "\"\n");
        Diagnostic d = only(all, "TOML7001");
        assertThat(d.data()).isEqualTo(Map.of("fix", "replace", "replacement", "\"env://OPENAI_API_KEY\""));
        assertThat(d.message()).contains("'sk-l…' (40 characters)").doesNotContain(secret).doesNotContain(secret.substring(0, 8));
        assertThat(all).allSatisfy(x -> assertThat(x.message()).doesNotContain(secret));
    }

    @Test
    void crossFieldRulesPointAtTheEarlierKey() {
        Diagnostic d = only(manifest("[deploy.kubernetes]\nhpa-min = 5\nhpa-max = 3\n"), "TOML4006");
        assertThat(d.range()).isEqualTo(Range.of(2, 10, 2, 11));
        assertThat(d.related()).containsExactly(new RelatedInformation(null, Range.of(1, 0, 1, 11), "hpa-min"));
        Diagnostic dup = only(manifest("[package]\nname = \"a\"\nname = \"b\"\n"), "TOML0002");
        assertThat(dup.related()).containsExactly(new RelatedInformation(null, Range.of(1, 0, 1, 4), "first definition of 'name'"));
    }

    @Test
    void deployCrossChecksRelateToTheManifestFile() {
        Document manifest = new Document("proj/neam.toml", "[deploy.kubernetes]\nreplicas = 3\n");
        String deployment = "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: a}\nspec:\n  replicas: 5\n  template:\n"
                + "    spec:\n      containers:\n        - name: neam-api\n          image: x/neam:1.0.0\n";
        Set<String> paths = Set.of("deploy", "deploy/app.yaml");
        List<FileDiagnostics> results = new ProjectAnalyzer(ProjectOptions.DEFAULT).analyze(new Project(manifest, true,
                List.of(new ProjectFile("proj/deploy/app.yaml", "deploy/app.yaml", deployment)), paths::contains));
        assertThat(results).extracting(FileDiagnostics::path).containsExactly("proj/neam.toml", "proj/deploy/app.yaml");
        Diagnostic d = only(results.get(1).diagnostics(), "DEPLOY9002");
        assertThat(d.range()).isEqualTo(Range.of(4, 12, 4, 13));
        assertThat(d.related()).containsExactly(new RelatedInformation("proj/neam.toml", Range.of(1, 0, 1, 12),
                "[deploy.kubernetes] replicas"));
    }

    @Test
    void literalKeysInDeployFilesAreMaskedAndOfferSecretKeyRef() {
        String secret = "sk-proj-abcdefghijklmnopqrstuvwxyz0123";
        String yaml = "apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n    - name: neam\n      env:\n"
                + "        - name: OPENAI_API_KEY\n          value: " + secret + "\n";
        List<FileDiagnostics> results = new ProjectAnalyzer(ProjectOptions.DEFAULT).analyze(new Project(null, true,
                List.of(new ProjectFile("k8s/pod.yaml", "k8s/pod.yaml", yaml)), Set.of("k8s", "k8s/pod.yaml")::contains));
        Diagnostic d = only(results.get(0).diagnostics(), "DEPLOY5001");
        assertThat(d.message()).doesNotContain(secret).contains("'sk-p…' (38 characters)");
        assertThat(d.data()).containsEntry("fix", "secret-key-ref").containsEntry("name", "OPENAI_API_KEY");
        assertThat(results.get(0).diagnostics()).allSatisfy(x -> assertThat(x.message()).doesNotContain(secret));
    }

    @Test
    void aNonDeployFileOfTheProjectIsIgnored() {
        List<FileDiagnostics> results = new ProjectAnalyzer(ProjectOptions.DEFAULT).analyze(new Project(null, true,
                List.of(new ProjectFile("docs/x.yaml", "docs/x.yaml", "a: [\n"), new ProjectFile("deploy/x.txt", "deploy/x.txt", "?")),
                path -> true));
        assertThat(results).isEmpty();
    }
}
