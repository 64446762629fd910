package dev.neam.tests.lsp;

import static org.assertj.core.api.Assertions.assertThat;

import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.junit.jupiter.api.Test;

/**
 * NEAM2015 (provider credentials missing from the environment) belongs to the editor only, and only
 * when asked for with {@code diagnostics.providerCredentials}: off by default, on at start-up or later.
 */
class ProviderCredentialsSettingTest {
    static final String URI = "file:///tmp/neam-lsp-test/credentials.neam";
    static final String AGENT = "agent Triage {\n    provider: \"openai\"\n    model: \"gpt-4o\"\n}\n";

    @Test
    void offByDefaultAndOnWithTheSettingAtStartOrLater() {
        try (ServerProcess s = ServerProcess.start(env -> env.remove("OPENAI_API_KEY"))) {
            s.initialize(Lsp.pushClient(), Lsp.json("{\"debounceMs\": 0}"));
            s.open(URI, 1, AGENT);
            assertThat(s.client.awaitVersion(URI, 1).getDiagnostics()).as("off by default").isEmpty();

            s.server.getWorkspaceService().didChangeConfiguration(new DidChangeConfigurationParams(Lsp.json("""
                    {"neam": {"diagnostics": {"providerCredentials": true}, "debounceMs": 0}}""")));

            Diagnostic missing = s.client.awaitDiagnostics(URI, p -> !p.getDiagnostics().isEmpty()).getDiagnostics().get(0);
            assertThat(missing.getCode().getLeft()).isEqualTo("NEAM2015");
            assertThat(missing.getSeverity()).isEqualTo(DiagnosticSeverity.Information);
            assertThat(missing.getRange()).isEqualTo(Lsp.range(1, 14, 1, 22));
            assertThat(missing.getMessage().getLeft())
                    .isEqualTo("OPENAI_API_KEY is not set in this environment; agent 'Triage' cannot authenticate with openai when run here");
        }
        try (ServerProcess s = ServerProcess.start(env -> env.remove("OPENAI_API_KEY"))) {
            s.initialize(Lsp.pushClient(), Lsp.json("{\"debounceMs\": 0, \"diagnostics\": {\"providerCredentials\": true}}"));
            s.open(URI, 1, AGENT);
            assertThat(s.client.awaitVersion(URI, 1).getDiagnostics()).extracting(d -> d.getCode().getLeft())
                    .containsExactly("NEAM2015");
        }
        try (ServerProcess s = ServerProcess.start()) { // the key is set: nothing to say
            s.initialize(Lsp.pushClient(), Lsp.json("{\"debounceMs\": 0, \"diagnostics\": {\"providerCredentials\": true}}"));
            s.open(URI, 1, AGENT);
            assertThat(s.client.awaitVersion(URI, 1).getDiagnostics()).isEmpty();
        }
    }
}
