package dev.neam.tests.lsp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A seeded random mutator over the framing and the JSON-RPC messages of a session: lengths off by
 * a little or a lot, headers dropped or mangled, bytes flipped, messages cut, doubled or glued
 * together, garbage between them. Whatever arrives, the server stays up and answers the sound
 * request that follows: a broken message costs at most itself and the next one.
 */
@Timeout(value = 300, unit = TimeUnit.SECONDS)
class ProtocolFuzzTest {
    private static final int CASES_PER_SEED = 150;
    private static final String DOC = "file:///tmp/neam-lsp-fuzz/a.neam";
    private static final List<String> MESSAGES = List.of(
            "{\"jsonrpc\":\"2.0\",\"id\":%d,\"method\":\"textDocument/hover\",\"params\":{\"textDocument\":{\"uri\":\"" + DOC
                    + "\"},\"position\":{\"line\":0,\"character\":7}}}",
            "{\"jsonrpc\":\"2.0\",\"id\":%d,\"method\":\"textDocument/completion\",\"params\":{\"textDocument\":{\"uri\":\""
                    + DOC + "\"},\"position\":{\"line\":1,\"character\":3}}}",
            "{\"jsonrpc\":\"2.0\",\"id\":%d,\"method\":\"workspace/symbol\",\"params\":{\"query\":\"Tri\"}}",
            "{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/didChange\",\"params\":{\"textDocument\":{\"uri\":\"" + DOC
                    + "\",\"version\":%d},\"contentChanges\":[{\"range\":{\"start\":{\"line\":1,\"character\":2},"
                    + "\"end\":{\"line\":1,\"character\":2}},\"text\":\" \"}]}}",
            "{\"jsonrpc\":\"2.0\",\"method\":\"$/cancelRequest\",\"params\":{\"id\":%d}}");

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3})
    void mutatedMessagesNeverStopTheServer(long seed) {
        fuzz(seed, true);
    }

    /**
     * A client does not send a blank line after a broken message: the sound requests come right
     * after it, and the server must find their header on its own.
     */
    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {4, 5, 6})
    void soundRequestsRightAfterMutatedMessagesAreAnswered(long seed) {
        fuzz(seed, false);
    }

    /** Mutated messages, every 25 of them a check that the server answers; {@code separate}: after a blank line. */
    private static void fuzz(long seed, boolean separate) {
        Random random = new Random(seed);
        try (ServerProcess s = ServerProcess.start()) {
            s.initialize(Lsp.pushClient(), Lsp.json("{\"debounceMs\": 0}"));
            s.open(DOC, 1, "agent Triage {\n  provider: \"openai\"\n  model: \"gpt-4o\"\n}\n");
            for (int i = 0; i < CASES_PER_SEED; i++) {
                String message = String.format(MESSAGES.get(random.nextInt(MESSAGES.size())), 1000 + i);
                s.writeRaw(mutate(message, random));
                if (i % 25 == 24) {
                    if (separate) {
                        s.writeRaw("\r\n\r\n"); // a separator that ends any frame left open
                    }
                    assertAnswers(s);
                }
            }
            if (separate) {
                s.writeRaw("\r\n\r\n");
            }
            assertAnswers(s);
            assertThat(s.process.isAlive()).isTrue();
        }
    }

    private static void assertAnswers(ServerProcess s) {
        // the first sound request may still be taken as the end of a broken one: the second must be answered
        s.server.getTextDocumentService().documentSymbol(new DocumentSymbolParams(new TextDocumentIdentifier(DOC)));
        var symbols = Lsp.get(s.server.getTextDocumentService()
                .documentSymbol(new DocumentSymbolParams(new TextDocumentIdentifier(DOC))));
        assertThat(symbols).isNotNull();
    }

    private static String mutate(String message, Random random) {
        byte[] body = message.getBytes(StandardCharsets.UTF_8);
        int length = body.length;
        String header = "Content-Length: " + length + "\r\n\r\n";
        return switch (random.nextInt(10)) {
            case 0 -> "Content-Length: " + Math.max(0, length - 1 - random.nextInt(20)) + "\r\n\r\n" + message;
            case 1 -> "Content-Length: " + (length + 1 + random.nextInt(40)) + "\r\n\r\n" + message;
            case 2 -> "Content-Type: application/vscode-jsonrpc\r\n\r\n" + message;                 // no length
            case 3 -> "Content-Lenght: " + length + "\r\n\r\n" + message;                            // misspelt
            case 4 -> header + flip(message, random);                                               // not JSON any more
            case 5 -> header + message.substring(0, random.nextInt(message.length()));              // cut, length kept
            case 6 -> garbage(random) + header + message;                                           // noise first
            case 7 -> header + message + header + message;                                          // twice
            case 8 -> "Content-Length: " + length + "\r\nContent-Type: x; charset=" + garbage(random) + "\r\n\r\n" + message;
            default -> header + message;                                                            // sound
        };
    }

    private static String flip(String message, Random random) {
        char[] chars = message.toCharArray();
        for (int k = 0; k < 3; k++) {
            chars[random.nextInt(chars.length)] = "{}[]\":,\\x".charAt(random.nextInt(9));
        }
        return new String(chars);
    }

    private static String garbage(Random random) {
        StringBuilder out = new StringBuilder();
        int n = 1 + random.nextInt(30);
        for (int i = 0; i < n; i++) {
            out.append((char) (' ' + random.nextInt(94)));
        }
        return out.toString();
    }
}
