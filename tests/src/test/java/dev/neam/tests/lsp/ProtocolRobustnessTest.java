package dev.neam.tests.lsp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceSymbolParams;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * A broken client cannot make the server lose messages or edits: a wrong or missing
 * {@code Content-Length} costs that one message (answered with an error naming its id) and the
 * server reads on; every request with an id is answered; positions past the end of a line are
 * clamped, never dropped; a notification without a document is ignored; one file under two URI
 * spellings is one document.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
@Execution(ExecutionMode.CONCURRENT) // each test has its own server
class ProtocolRobustnessTest {
    private static final String DOC = "file:///tmp/neam-lsp-robust/a.neam";

    private static String request(int id, String method, String params) {
        return "{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"method\":\"" + method + "\",\"params\":" + params + "}";
    }

    private static String frame(String body, int lengthDelta) {
        return "Content-Length: " + (body.getBytes(StandardCharsets.UTF_8).length + lengthDelta) + "\r\n\r\n" + body;
    }

    private static final String SYMBOLS = "{\"query\":\"\"}";

    @Test
    void aContentLengthTooShortCostsOnlyThatMessage() {
        try (ServerProcess s = started()) {
            s.writeRaw(frame(request(501, "workspace/symbol", SYMBOLS), -7));
            awaitStdout(s, "\"id\":501,\"error\":{\"code\":-32700");
            assertServing(s);
        }
    }

    @Test
    void aContentLengthTooLongCostsOnlyThatMessageWhenMoreFollows() {
        try (ServerProcess s = started()) {
            s.writeRaw(frame(request(502, "workspace/symbol", SYMBOLS), 40) + frame(request(503, "workspace/symbol", SYMBOLS), 0));
            awaitStdout(s, "\"id\":502,\"error\":{\"code\":-32700");
            awaitStdout(s, "\"id\":503,\"result\"");
            assertServing(s);
        }
    }

    @Test
    void aContentLengthTooLongIsAnsweredEvenWhenNothingFollows() {
        try (ServerProcess s = started()) {
            s.writeRaw(frame(request(504, "workspace/symbol", SYMBOLS), 25));
            awaitStdout(s, "\"id\":504,\"error\":{\"code\":-32700");
            assertServing(s);
        }
    }

    @Test
    void aHeaderWithoutContentLengthIsAnsweredAndReadingGoesOn() {
        try (ServerProcess s = started()) {
            s.writeRaw("Content-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n" + request(505, "workspace/symbol", SYMBOLS));
            awaitStdout(s, "\"id\":505,\"error\":{\"code\":-32700");
            assertServing(s);
        }
    }

    @Test
    void messagesOfEverySizeAroundTheReadBufferAreReadWhole() {
        try (ServerProcess s = started()) {
            int id = 520;
            // Bodies just under, at and over the first read buffer (64 KiB) and several chunks past it.
            for (int size : new int[] {65_000, 65_530, 65_536, 65_540, 70_000, 200_000, 1_000_003}) {
                String padded = "{\"query\":\"\",\"pad\":\"" + "x".repeat(size) + "\"}";
                s.writeRaw(frame(request(id, "workspace/symbol", padded), 0));
                awaitStdout(s, "\"id\":" + id + ",\"result\"");
                id++;
            }
            assertServing(s);
        }
    }

    @Test
    void aRequestWithANullIdIsAnswered() {
        try (ServerProcess s = started()) {
            s.writeRaw(frame("{\"jsonrpc\":\"2.0\",\"id\":null,\"method\":\"workspace/symbol\",\"params\":" + SYMBOLS + "}", 0));
            awaitStdout(s, "\"id\":null,\"error\":{\"code\":-32600");
            assertServing(s);
        }
    }

    @Test
    void jsonNestedTooDeepIsAnsweredWithItsId() {
        try (ServerProcess s = started()) {
            String deep = "{\"query\":\"\",\"x\":" + "[".repeat(400) + "]".repeat(400) + "}";
            s.writeRaw(frame(request(506, "workspace/symbol", deep), 0));
            awaitStdout(s, "\"id\":506,\"error\":{\"code\":-32700");
            assertServing(s);
        }
    }

    @Test
    void anUnknownCharsetIsReadAsUtf8() {
        try (ServerProcess s = started()) {
            String body = request(507, "workspace/symbol", SYMBOLS);
            s.writeRaw("Content-Length: " + body.length() + "\r\nContent-Type: application/vscode-jsonrpc; charset=klingon\r\n\r\n" + body);
            awaitStdout(s, "\"id\":507,\"result\"");
        }
    }

    @Test
    void shutdownBeforeInitializeIsRefused() {
        try (ServerProcess s = ServerProcess.start()) {
            assertThat(s.server.shutdown()).failsWithin(java.time.Duration.ofSeconds(30))
                    .withThrowableOfType(ExecutionException.class)
                    .satisfies(e -> assertThat(((ResponseErrorException) e.getCause()).getResponseError().getCode())
                            .isEqualTo(ResponseErrorCode.ServerNotInitialized.getValue()));
        }
    }

    @Test
    void aClientProcessAlreadyGoneAtInitializeEndsTheServer() throws Exception {
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        try (ServerProcess s = ServerProcess.start()) {
            InitializeParams params = new InitializeParams();
            params.setProcessId((int) gone.pid());
            params.setCapabilities(Lsp.pushClient());
            s.server.initialize(params);
            assertThat(s.awaitExit(30)).isEqualTo(1);
            assertThat(s.stderr()).contains("the client process " + gone.pid() + " has ended");
        }
    }

    @Test
    void anEditEndingAtTheLargestCharacterMeansTheEndOfTheLine() {
        try (ServerProcess s = started()) {
            s.open(DOC, 1, "let first = 1;\nlet second = 2;\n");
            s.server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
                    new VersionedTextDocumentIdentifier(DOC, 2), List.of(new TextDocumentContentChangeEvent(
                            new Range(new Position(0, 4), new Position(0, Integer.MAX_VALUE)), "renamed = 1;"))));
            assertThat(symbolNames(s, DOC)).containsExactly("renamed", "second");
        }
    }

    /** Past the first line the line's start plus Integer.MAX_VALUE overflows: the edit must still land. */
    @Test
    void anEditEndingAtTheLargestCharacterOfALaterLineMeansTheEndOfThatLine() {
        try (ServerProcess s = started()) {
            s.open(DOC, 1, "let first = 1;\nlet second = 2;\nlet third = 3;\n");
            s.server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
                    new VersionedTextDocumentIdentifier(DOC, 2), List.of(new TextDocumentContentChangeEvent(
                            new Range(new Position(1, 4), new Position(1, Integer.MAX_VALUE)), "renamed = 2;"))));
            s.server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
                    new VersionedTextDocumentIdentifier(DOC, 3), List.of(new TextDocumentContentChangeEvent(
                            new Range(new Position(2, 4), new Position(2, 9)), "last"))));
            assertThat(symbolNames(s, DOC)).as("both edits applied, the second at the place the first left")
                    .containsExactly("first", "renamed", "last");
        }
    }

    @Test
    void aNotificationWithoutADocumentIsIgnored() {
        try (ServerProcess s = started()) {
            // LSP4J's client refuses to send it: written by hand
            s.writeRaw(frame("{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/didOpen\",\"params\":{\"textDocument\":"
                    + "{\"languageId\":\"neam\",\"version\":1,\"text\":\"let stray = 1;\\n\"}}}", 0));
            s.writeRaw(frame("{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/didChange\",\"params\":{}}", 0));
            s.open(DOC, 1, "fun kept() {\n  return 1;\n}\n");
            var found = Lsp.get(s.server.getWorkspaceService().symbol(new WorkspaceSymbolParams("kept")));
            // LSP4J's client may read the list in either shape; both have names
            assertThat(found.isLeft() ? found.getLeft().stream().map(symbol -> symbol.getName()).toList()
                    : found.getRight().stream().map(symbol -> symbol.getName()).toList()).containsExactly("kept");
            s.server.getWorkspaceService().didChangeConfiguration(
                    new DidChangeConfigurationParams(Lsp.json("{\"neam\": {\"debounceMs\": 0}}")));
            assertThat(symbolNames(s, DOC)).containsExactly("kept");
        }
    }

    @Test
    void oneFileUnderTwoUriSpellingsIsOneDocument() {
        String other = "file:///tmp/neam-lsp-robust/sub/../a.neam";
        try (ServerProcess s = started()) {
            s.open(DOC, 1, "let one = 1;\n");
            s.server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
                    new VersionedTextDocumentIdentifier(other, 2), List.of(new TextDocumentContentChangeEvent("let two = 2;\n"))));
            assertThat(symbolNames(s, other)).containsExactly("two");
            assertThat(symbolNames(s, DOC)).containsExactly("two");
            assertThat(s.client.awaitVersion(DOC, 2).getUri()).isEqualTo(DOC);
            assertThat(s.client.diagnosticsFor(other)).as("published under the spelling it was opened with").isEmpty();
        }
    }

    /** VS Code writes ':' in a path as %3A; another client (or a link) writes it plain. */
    @Test
    void aColonSpeltAsAnEscapeIsTheSameDocument() {
        String escaped = "file:///tmp/neam-lsp-robust/c%3Ad/a.neam";
        String plain = "file:///tmp/neam-lsp-robust/c:d/a.neam";
        try (ServerProcess s = started()) {
            s.open(escaped, 1, "let one = 1;\n");
            s.server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
                    new VersionedTextDocumentIdentifier(plain, 2), List.of(new TextDocumentContentChangeEvent("let two = 2;\n"))));
            assertThat(symbolNames(s, escaped)).containsExactly("two");
            assertThat(symbolNames(s, plain)).containsExactly("two");
        }
    }

    private static ServerProcess started() {
        ServerProcess s = ServerProcess.start();
        s.initialize(Lsp.pushClient(), Lsp.json("{\"debounceMs\": 0}"));
        return s;
    }

    private static void awaitStdout(ServerProcess s, String text) {
        s.client.await(text, () -> s.stdout().contains(text) ? true : null);
    }

    /** The server still answers a normal request. */
    private static void assertServing(ServerProcess s) {
        s.open(DOC, 1, "let alive = 1;\n");
        assertThat(symbolNames(s, DOC)).containsExactly("alive");
        assertThat(s.process.isAlive()).isTrue();
    }

    private static List<String> symbolNames(ServerProcess s, String uri) {
        return Lsp.get(s.server.getTextDocumentService().documentSymbol(
                new DocumentSymbolParams(new TextDocumentIdentifier(uri)))).stream()
                .map(e -> e.isRight() ? e.getRight().getName() : e.getLeft().getName()).toList();
    }
}
