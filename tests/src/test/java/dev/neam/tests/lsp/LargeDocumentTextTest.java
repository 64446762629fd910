package dev.neam.tests.lsp;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.Gson;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The large texts of document notifications are read outside the JSON library (so a multi-megabyte
 * {@code didOpen} does not hold up the messages behind it): whatever way a client spells them, the
 * server must end up with exactly the editor's text, and a message that is not strict JSON must be
 * judged as any other. Positions are checked in UTF-16 units on lines after every kind of escape.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class LargeDocumentTextTest {
    private static final String DOC = "file:///tmp/neam-lsp-large/a.neam";
    private static final Gson GSON = new Gson(); // escapes <, >, =, & and ' as \\uXXXX as well

    /** About 120 KB of comments with every escape JSON has, non-ASCII text and CRLF line ends. */
    private static final String FILLER = ("// é ü 𝄞 \"quoted\" back\\slash\ttab <tag> a=b & c'd\b\f\r\n").repeat(2_000);
    /** A line whose last name sits after escapes and a surrogate pair: its column checks the decoding. */
    private static final String LAST_LINE = "let last_name = \"é𝄞\\\"<>\\t\"; let after = 2;\n";

    @Test
    void aLargeTextArrivesExactlyWhateverItsEscapes() {
        try (ServerProcess s = started()) {
            String text = FILLER + LAST_LINE;
            s.writeRaw(frame(notification("textDocument/didOpen", open(json(text).replace("//", "\\/\\/")))));
            assertThat(symbols(s)).containsExactly(
                    symbol("last_name", lines(FILLER), 4),
                    symbol("after", lines(FILLER), LAST_LINE.indexOf("after")));
        }
    }

    @Test
    void everyLargeTextOfAChangeLandsInItsPlace() {
        try (ServerProcess s = started()) {
            s.writeRaw(frame(notification("textDocument/didOpen", open(json("let first = 1;\n")))));
            String whole = FILLER + "let middle = 1;\n";
            String inserted = FILLER + "let inserted = 2;\n";
            String changes = "{\"textDocument\":{\"uri\":\"" + DOC + "\",\"version\":2},\"contentChanges\":["
                    + "{\"text\":" + json(whole) + "},"
                    + "{\"range\":{\"start\":{\"line\":0,\"character\":0},\"end\":{\"line\":0,\"character\":0}},"
                    + "\"text\":" + json(inserted) + "}]}";
            s.writeRaw(frame(notification("textDocument/didChange", changes)));
            int fillerLines = lines(FILLER);
            assertThat(symbols(s)).containsExactly(
                    symbol("inserted", fillerLines, 4),
                    symbol("middle", 2 * fillerLines + 1, 4));
        }
    }

    @Test
    void aTextWithoutEscapesOneEndingInABackslashAndASpacedOutKeyArriveExactly() {
        try (ServerProcess s = started()) {
            StringBuilder plain = new StringBuilder(); // one line, nothing JSON escapes
            int count = 0;
            while (plain.length() < 80_000) {
                plain.append("let v").append(count++).append(" = 0; ");
            }
            String spacedKey = "{\"textDocument\":{\"uri\":\"" + DOC + "\",\"languageId\":\"neam\",\"version\":1,\"text\" :\r\n \""
                    + plain + "\" , \"note\":\"a\\tb\"}}";
            s.writeRaw(frame(notification("textDocument/didOpen", spacedKey)));
            assertThat(names(s)).hasSize(count).startsWith("v0", "v1").endsWith("v" + (count - 1));
            String endsInBackslash = FILLER + "let z = 1;\n// a comment ending in a backslash \\";
            s.writeRaw(frame(notification("textDocument/didOpen", open(json(endsInBackslash)))));
            assertThat(symbols(s)).containsExactly(symbol("z", lines(FILLER), 4));
        }
    }

    @Test
    void theReadingOfLargeMessagesIsWarmedUpOnceTheClientIsInitialized() {
        try (ServerProcess s = started()) {
            // made-up messages of every kind the large path takes, each recognised and put back (or it says it failed)
            MessageParams said = s.client.await("the warm-up's log line", () -> s.client.logs.stream()
                    .filter(log -> log.getMessage().contains("made-up document messages")
                            || log.getMessage().contains("warming up")).findFirst().orElse(null));
            assertThat(said.getMessage()).matches("read 2000 made-up document messages in \\d+ ms, so that the first"
                    + " large one is read by compiled code");
            assertThat(said.getType()).isEqualTo(MessageType.Log);
        }
    }

    @Test
    void paramsBeforeTheMethodAreReadAsWell() {
        try (ServerProcess s = started()) {
            String body = "{\"params\":" + open(json(FILLER + LAST_LINE)) + ",\"jsonrpc\":\"2.0\",\"method\":\"textDocument/didOpen\"}";
            s.writeRaw(frame(body));
            assertThat(names(s)).containsExactly("last_name", "after");
        }
    }

    @Test
    void rawControlCharactersAndEscapesTheReaderRefusesAreJudgedAsInASmallMessage() {
        try (ServerProcess s = started()) {
            // The JSON reader takes raw control characters in strings: so must the large path.
            String raw = "//" + "\u0001\t".repeat(40_000) + "\nlet\tafter_tabs = 1;\n";
            s.writeRaw(frame(notification("textDocument/didOpen", open("\"" + raw.replace("\n", "\\n") + "\""))));
            assertThat(symbols(s)).containsExactly(symbol("after_tabs", 1, 4));
            // An escape JSON does not know is a parse error, large or small.
            s.writeRaw(frame(notification("textDocument/didOpen", open("\"let x = 1; \\q\""))));
            awaitStdout(s, "\"id\":null,\"error\":{\"code\":-32700", 1);
            s.writeRaw(frame(notification("textDocument/didOpen", open("\"" + "x".repeat(70_000) + "\\q\""))));
            awaitStdout(s, "\"id\":null,\"error\":{\"code\":-32700", 2);
            // NUL, escaped, is text like any other character.
            s.writeRaw(frame(notification("textDocument/didOpen", open(json("//" + "\u0000".repeat(70_000) + "\nlet nul = 1;\n")))));
            assertThat(symbols(s)).containsExactly(symbol("nul", 1, 4));
        }
    }

    @Test
    void aLargeTextInAnotherMessageIsReadAsBefore() {
        try (ServerProcess s = started()) {
            s.writeRaw(frame("{\"jsonrpc\":\"2.0\",\"id\":7,\"method\":\"workspace/symbol\",\"params\":{\"query\":\"\",\"text\":"
                    + json("x".repeat(100_000)) + "}}"));
            awaitStdout(s, "\"id\":7,\"result\"", 1);
            s.writeRaw(frame(notification("textDocument/didOpen", open(json(FILLER + LAST_LINE)))));
            assertThat(names(s)).containsExactly("last_name", "after");
        }
    }

    private static ServerProcess started() {
        ServerProcess s = ServerProcess.start();
        s.initialize(Lsp.pushClient(), Lsp.json("{\"debounceMs\": 0}"));
        return s;
    }

    private static String json(String text) {
        return GSON.toJson(text);
    }

    private static String open(String textJson) {
        return "{\"textDocument\":{\"uri\":\"" + DOC + "\",\"languageId\":\"neam\",\"version\":1,\"text\":" + textJson + "}}";
    }

    private static String notification(String method, String params) {
        return "{\"jsonrpc\":\"2.0\",\"method\":\"" + method + "\",\"params\":" + params + "}";
    }

    private static String frame(String body) {
        return "Content-Length: " + body.getBytes(StandardCharsets.UTF_8).length + "\r\n\r\n" + body;
    }

    /** The number of line breaks in {@code text} (CRLF counts once). */
    private static int lines(String text) {
        return text.replace("\r\n", "\n").split("\n", -1).length - 1;
    }

    private static void awaitStdout(ServerProcess s, String text, int times) {
        s.client.await(times + " × " + text, () -> occurrences(s.stdout(), text) >= times ? true : null);
    }

    private static int occurrences(String haystack, String needle) {
        int count = 0;
        for (int at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
            count++;
        }
        return count;
    }

    /** The document's top-level symbols as {@code name@line:character} of where each name starts. */
    private static List<String> symbols(ServerProcess s) {
        return Lsp.get(s.server.getTextDocumentService().documentSymbol(
                new DocumentSymbolParams(new TextDocumentIdentifier(DOC)))).stream()
                .map(e -> {
                    DocumentSymbol symbol = e.getRight();
                    Position start = symbol.getSelectionRange().getStart();
                    return symbol(symbol.getName(), start.getLine(), start.getCharacter());
                }).toList();
    }

    private static String symbol(String name, int line, int character) {
        return name + "@" + line + ":" + character;
    }

    private static List<String> names(ServerProcess s) {
        return symbols(s).stream().map(symbol -> symbol.substring(0, symbol.indexOf('@'))).toList();
    }
}
