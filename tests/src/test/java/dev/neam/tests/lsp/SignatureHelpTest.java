package dev.neam.tests.lsp;

import static org.assertj.core.api.Assertions.assertThat;

import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.ParameterInformation;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.SignatureHelp;
import org.eclipse.lsp4j.SignatureHelpParams;
import org.eclipse.lsp4j.SignatureInformation;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.messages.Tuple;
import org.junit.jupiter.api.Test;

/** {@code textDocument/signatureHelp} over stdio: labels, parameter offsets or strings, active parameter. */
class SignatureHelpTest {
    static final String URI = "file:///tmp/neam-lsp-test/signature.neam";

    static final String PROGRAM = """
            /// Shortens a text.
            /// @param text the text to shorten
            fun shorten(text, limit) {
              return text;
            }

            {
              let s = shorten("a, b", );
              let n = len();
            }
            """;

    @Test
    void richClientsGetOffsetsMarkdownAndTheActiveParameter() {
        try (ServerProcess s = ServerProcess.start()) {
            InitializeResult init = s.initialize(AssistClients.rich());
            assertThat(init.getCapabilities().getSignatureHelpProvider().getTriggerCharacters()).containsExactly("(", ",");
            assertThat(init.getCapabilities().getSignatureHelpProvider().getRetriggerCharacters()).containsExactly(")");
            s.open(URI, 1, PROGRAM);

            SignatureHelp help = help(s, 7, 26);
            assertThat(help.getSignatures()).hasSize(1);
            SignatureInformation signature = help.getSignatures().get(0);
            assertThat(signature.getLabel()).isEqualTo("fun shorten(text, limit)");
            assertThat(signature.getParameters()).extracting(p -> p.getLabel().getRight())
                    .containsExactly(Tuple.two(12, 16), Tuple.two(18, 23));
            assertThat(help.getActiveSignature()).isZero();
            assertThat(help.getActiveParameter()).as("the comma inside the string does not count").isEqualTo(1);
            assertThat(signature.getActiveParameter()).isEqualTo(1);
            assertThat(signature.getDocumentation().getRight().getKind()).isEqualTo(MarkupKind.MARKDOWN);
            assertThat(signature.getDocumentation().getRight().getValue()).isEqualTo("Shortens a text.");
            ParameterInformation text = signature.getParameters().get(0);
            assertThat(text.getDocumentation().getRight().getValue()).isEqualTo("the text to shorten");
        }
    }

    @Test
    void minimalClientsGetParameterLabelsAsStrings() {
        try (ServerProcess s = ServerProcess.start()) {
            s.initialize(AssistClients.minimal());
            s.open(URI, 1, PROGRAM);

            SignatureHelp help = help(s, 8, 14);
            SignatureInformation signature = help.getSignatures().get(0);
            assertThat(signature.getLabel()).isEqualTo("len(value)");
            assertThat(signature.getParameters()).extracting(p -> p.getLabel().getLeft()).containsExactly("value");
            assertThat(signature.getDocumentation().getLeft()).isEqualTo("Length of a string, list or map.");
            assertThat(signature.getActiveParameter()).as("not announced by this client").isNull();
            assertThat(help.getActiveParameter()).isZero();
        }
    }

    @Test
    void outsideCallsThereIsNoSignature() {
        try (ServerProcess s = ServerProcess.start()) {
            s.initialize(AssistClients.rich());
            s.open(URI, 1, PROGRAM);

            assertThat(help(s, 2, 19)).as("a function's own parameter list").isNull();
            assertThat(help(s, 7, 6)).as("before the call").isNull();
            assertThat(help(s, 7, 28)).as("after the closing parenthesis").isNull();
            assertThat(help(s, 3, 5)).as("inside a body").isNull();
        }
    }

    static SignatureHelp help(ServerProcess s, int line, int character) {
        return Lsp.get(s.server.getTextDocumentService().signatureHelp(
                new SignatureHelpParams(new TextDocumentIdentifier(URI), new Position(line, character))));
    }
}
