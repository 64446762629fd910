package dev.neam.lsp.server;

import dev.neam.parser.text.SourceText;
import java.util.List;
import org.eclipse.lsp4j.jsonrpc.json.MessageJsonHandler;
import org.eclipse.lsp4j.jsonrpc.messages.Message;

/**
 * Runs the code a large document message passes through on the protocol thread (its texts cut out
 * and decoded, the rest read by LSP4J, the line index of the text) over made-up messages, on a
 * thread of its own once the client is initialized. Every message behind a large one waits for
 * it, and the first large message of a session used to run that code interpreted, before the JIT
 * had compiled its loops: a multi-megabyte file opened or replaced for the first time held up a
 * request on another document for about a hundred milliseconds, later ones for a third of that.
 * The messages are small and many (the JIT compiles a method after enough calls, and compiles each
 * path it has seen taken: every kind of text and escape is among them); they are never handed to
 * the server. About 150 ms of one core, once.
 */
final class LargeMessageWarmUp {
    static final int ROUNDS = 2_000;
    /** The made-up texts are a few hundred characters: the threshold of the real ones would only make the warm-up longer. */
    private static final int THRESHOLD = 64;

    private LargeMessageWarmUp() {
    }

    /** Starts the warm-up on a daemon thread, which says in the log how long it took (or why it failed: nothing the client would notice). */
    static void start(MessageJsonHandler jsonHandler, ServerLog log) {
        Thread thread = new Thread(() -> {
            long started = System.nanoTime();
            try {
                run(jsonHandler);
                log.debug("read " + ROUNDS + " made-up document messages in " + (System.nanoTime() - started) / 1_000_000
                        + " ms, so that the first large one is read by compiled code");
            } catch (RuntimeException e) {
                log.warn("warming up the reading of large document messages failed: " + e);
            }
        }, "neam-lsp-warm-up");
        thread.setDaemon(true);
        thread.start();
    }

    static void run(MessageJsonHandler jsonHandler) {
        List<String> messages = messages(jsonHandler);
        for (int round = 0; round < ROUNDS; round++) {
            String json = messages.get(round % messages.size());
            LargeDocumentTexts.Extracted extracted = LargeDocumentTexts.extract(json, THRESHOLD);
            if (extracted == null || ProtocolReader.problem(extracted.json()) != null) {
                throw new IllegalStateException("a made-up message was not taken as a large document message: " + json);
            }
            Message message = jsonHandler.parseMessage(extracted.json());
            if (!LargeDocumentTexts.restore(message, extracted.texts())) {
                throw new IllegalStateException("a made-up message's text was not put back: " + json);
            }
            for (String text : extracted.texts()) {
                new SourceText(text);
            }
        }
    }

    /** A didOpen, didChange and didSave of each kind of text: with every escape, without any, with CRLF line breaks. */
    private static List<String> messages(MessageJsonHandler jsonHandler) {
        String escapes = jsonHandler.getGson().toJson(code("\n")).replace("//", "\\/\\/");
        String crlf = jsonHandler.getGson().toJson(code("\r\n"));
        String plain = "\"" + "let plain = 1; fun f(a) { return a + 1; } ".repeat(4) + "\"";
        String oneEscape = "\"" + "let last = 2; ".repeat(8) + "\\n\"";
        String uri = "\"uri\":\"file:///neam-lsp-warm-up.neam\"";
        String open = "{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/didOpen\",\"params\":{\"textDocument\":{" + uri
                + ",\"languageId\":\"neam\",\"version\":1,\"text\":%s}}}";
        String change = "{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/didChange\",\"params\":{\"textDocument\":{" + uri
                + ",\"version\":2},\"contentChanges\":[{\"text\":%s},{\"range\":{\"start\":{\"line\":0,\"character\":0},"
                + "\"end\":{\"line\":0,\"character\":0}},\"text\":%s}]}}";
        String save = "{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/didSave\",\"params\":{\"textDocument\":{" + uri
                + "},\"text\":%s}}";
        return List.of(open.formatted(escapes), change.formatted(plain, oneEscape), save.formatted(crlf),
                open.formatted(plain), change.formatted(escapes, crlf), save.formatted(oneEscape));
    }

    /** A few lines of code with everything JSON escapes in them: quotes, backslashes, control characters, non-ASCII text. */
    private static String code(String lineBreak) {
        return "// a comment é 𝄞" + lineBreak
                + "fun greet(name) {" + lineBreak
                + "\tlet quoted = \"\\\"\" + name + \"\\\\ <a & b = c'd> \u0001\b\f\";" + lineBreak
                + "    return f\"{quoted}\";" + lineBreak
                + "}" + lineBreak;
    }
}
