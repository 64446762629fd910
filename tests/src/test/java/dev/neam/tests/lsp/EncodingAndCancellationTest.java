package dev.neam.tests.lsp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DocumentDiagnosticParams;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.messages.RequestMessage;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseMessage;
import org.junit.jupiter.api.Test;

/** Position encodings other than UTF-16, and {@code $/cancelRequest}. */
class EncodingAndCancellationTest {
    static final String URI = "file:///tmp/neam-lsp-test/encoding.neam";

    /** "é" is 2 bytes in UTF-8 and 1 UTF-16 unit; "😀" is 4 bytes, 2 UTF-16 units, 1 code point. */
    static final String TEXT = "let s = \"é😀\" let t = 1;\n";

    @Test
    void aClientOfferingOnlyUtf8GetsByteColumnsBothWays() {
        try (ServerProcess s = ServerProcess.start()) {
            InitializeResult init = s.initialize(Lsp.withEncodings(Lsp.pushClient(), "utf-8"), Lsp.json("{\"debounceMs\": 0}"));
            assertThat(init.getCapabilities().getPositionEncoding()).isEqualTo("utf-8");
            s.open(URI, 1, TEXT);

            // the missing ';' after the string: UTF-16 column 13, UTF-8 column 16
            PublishDiagnosticsParams first = s.client.awaitVersion(URI, 1);
            assertThat(first.getDiagnostics()).extracting(d -> d.getRange().getStart().getCharacter()).containsExactly(16);

            // insert ';' at byte column 16 (after the closing quote)
            change(s, 2, Lsp.edit(0, 16, 0, 16, ";"));
            assertThat(s.client.awaitVersion(URI, 2).getDiagnostics()).isEmpty();
        }
    }

    @Test
    void aClientOfferingOnlyUtf32GetsCodePointColumns() {
        try (ServerProcess s = ServerProcess.start()) {
            InitializeResult init = s.initialize(Lsp.withEncodings(Lsp.pushClient(), "utf-32"), Lsp.json("{\"debounceMs\": 0}"));
            assertThat(init.getCapabilities().getPositionEncoding()).isEqualTo("utf-32");
            s.open(URI, 1, TEXT);

            assertThat(s.client.awaitVersion(URI, 1).getDiagnostics())
                    .extracting(d -> d.getRange().getStart().getCharacter()).containsExactly(12);
            change(s, 2, Lsp.edit(0, 12, 0, 12, ";"));
            assertThat(s.client.awaitVersion(URI, 2).getDiagnostics()).isEmpty();
        }
    }

    @Test
    void utf16IsChosenWheneverTheClientOffersIt() {
        try (ServerProcess s = ServerProcess.start()) {
            InitializeResult init = s.initialize(Lsp.withEncodings(Lsp.pushClient(), "utf-8", "utf-16"));
            assertThat(init.getCapabilities().getPositionEncoding()).isEqualTo("utf-16");
        }
    }

    @Test
    void aCancelledRequestIsAnsweredWithRequestCancelled() {
        try (ServerProcess s = ServerProcess.start()) {
            s.initialize(Lsp.pullClient());
            StringBuilder big = new StringBuilder();
            for (int i = 0; i < 8000; i++) {
                big.append("agent A").append(i).append(" {\n  provider: \"openai\"\n  model:\n}\n");
            }
            s.open(URI, 1, big.toString());

            // requests are answered in order: the symbols request waits behind a slow analysis of 32,000 lines
            CompletableFuture<?> slow = s.server.getTextDocumentService()
                    .diagnostic(new DocumentDiagnosticParams(new TextDocumentIdentifier(URI)));
            CompletableFuture<?> symbols = s.server.getTextDocumentService()
                    .documentSymbol(new DocumentSymbolParams(new TextDocumentIdentifier(URI)));
            symbols.cancel(true); // sends $/cancelRequest

            String id = s.client.await("the symbols request id", () -> s.messages.stream()
                    .filter(m -> m instanceof RequestMessage r && r.getMethod().equals("textDocument/documentSymbol"))
                    .map(m -> ((RequestMessage) m).getId()).findFirst().orElse(null));
            ResponseMessage answer = s.client.await("the answer to the cancelled request", () -> s.messages.stream()
                    .filter(m -> m instanceof ResponseMessage r && id.equals(r.getId()))
                    .map(m -> (ResponseMessage) m).findFirst().orElse(null));
            assertThat(answer.getError()).isNotNull();
            assertThat(answer.getError().getCode()).isEqualTo(ResponseErrorCode.RequestCancelled.getValue());
            assertThat(Lsp.get(slow)).as("the slow request itself is answered").isNotNull();
        }
    }

    static void change(ServerProcess s, int version, org.eclipse.lsp4j.TextDocumentContentChangeEvent... changes) {
        s.server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
                new VersionedTextDocumentIdentifier(URI, version), List.of(changes)));
    }
}
