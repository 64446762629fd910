package dev.neam.tests.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.neam.parser.diagnostic.Credentials;
import dev.neam.parser.diagnostic.Diagnostic;
import dev.neam.parser.diagnostic.DiagnosticCode;
import dev.neam.parser.text.Range;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The one mask every finding passes: providers' key formats and random-looking tokens go, names stay. */
class CredentialMaskTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "sk-proj-Zq8xV3mN7pL2kR9tW4yB6cD1fG5hJ0aS",
        "sk-ant-api03-abcdefghijklmnopqrstuvwxyz0123456789",
        "AKIAIOSFODNN7EXAMPLE",
        "ghp_abcdefghijklmnopqrstuvwxyz0123456789",
        "github_pat_11ABCDEFG0123456789_abcdefghijklmnopqrstuvwxyz",
        "xoxb-123456789012-1234567890123-AbCdEfGhIjKlMnOpQrStUvWx",
        "AIzaSyA1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q",
        "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U",
        "wJalrXUtnFEMIbK7MDENGbPxRfiCYzEXAMPLEKEY",
        "3f786850e387550fdab836ed7e6dc881de23001b"
    })
    void aCredentialIsNeverShownInFull(String secret) {
        String masked = Credentials.mask("unknown provider '" + secret + "' in agent Desk");

        assertThat(masked).doesNotContain(secret).startsWith("unknown provider ''").endsWith(" in agent Desk")
                .contains("(" + secret.length() + " characters)");
        assertThat(Credentials.mask(masked)).as("masking masked text changes nothing").isEqualTo(masked);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "unknown skill 'lookup_ordr' in skills: did you mean 'lookup_order'?",
        "CustomerSupportAgentVersion2 is never run by a runner",
        "'model_path' names \"models/tutor.gguf\", which does not exist (looked for src/agents/models/tutor.gguf)",
        "expected one of anthropic.claude-3-5-sonnet-20241022-v2:0, gpt-4o-mini-2024-07-18",
        "the image ghcr.io/neam-lang/neam-api:0.7.2 runs as root"
    })
    void ordinaryMessagesAreLeftAsTheyAre(String message) {
        assertThat(Credentials.mask(message)).isSameAs(message);
    }

    @Test
    void everyDiagnosticMessageIsMaskedWhateverTheRule() {
        Diagnostic d = Diagnostic.of(DiagnosticCode.UNEXPECTED_TOKEN, Range.of(0, 0, 0, 1),
                "unexpected 'xoxb-123456789012-1234567890123-AbCdEfGhIjKlMnOpQrStUvWx'");
        assertThat(d.message()).isEqualTo("unexpected ''xoxb…' (56 characters)'");
    }
}
