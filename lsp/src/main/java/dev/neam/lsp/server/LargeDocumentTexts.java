package dev.neam.lsp.server;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DidSaveTextDocumentParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.jsonrpc.messages.Message;
import org.eclipse.lsp4j.jsonrpc.messages.NotificationMessage;

/**
 * Takes the large {@code "text"} values out of a document notification before the JSON reader sees
 * it, and puts them back into the notification it read. Gson decodes a string a character at a
 * time through its buffer: a multi-megabyte {@code didOpen} held up every message behind it for
 * hundreds of milliseconds while that code was still cold (a request on another document waited for
 * it). Here a value without escapes is cut out of the message with one copy, and one with escapes
 * is decoded in a single loop over its characters. Anything unusual (an escape JSON does not know, a value
 * that cannot be put back) leaves the message to the JSON reader, which judges it as before.
 */
final class LargeDocumentTexts {
    /** Values shorter than this are left to the JSON reader: the detour pays only for large ones. */
    static final int THRESHOLD = 64 * 1024;
    /**
     * Stands for a value taken out; the random part keeps a client's own text from ever matching it.
     * Not a secret: a plain random number (SecureRandom's start-up, loading the security providers,
     * cost tens of milliseconds on the first large message).
     */
    private static final String NONCE = Long.toHexString(ThreadLocalRandom.current().nextLong());
    /** The placeholder as read back (it starts with U+0000, which no editor's text begins with by chance)... */
    private static final String PLACEHOLDER = "\u0000neam-text-" + NONCE + "-";
    /** ...and as written into the message, escaped as strict JSON wants. */
    private static final String PLACEHOLDER_JSON = "\\u0000neam-text-" + NONCE + "-";

    /** The message with its large texts replaced by placeholders, and the texts in their order. */
    record Extracted(String json, List<String> texts) {
    }

    private LargeDocumentTexts() {
    }

    /**
     * The large texts of a document notification taken out, or null when there are none to take.
     * One pass over the message's characters, without calls in the loop: the JIT compiles such a
     * loop while it runs, so the first large message is read at compiled speed too.
     */
    static Extracted extract(String json) {
        if (json.length() < THRESHOLD) {
            return null;
        }
        char[] chars = json.toCharArray();
        int n = chars.length;
        StringBuilder rest = null;
        List<String> texts = new ArrayList<>();
        int copied = 0;
        int afterTextKey = 0; // 1: the last string was "text"; 2: and a ':' followed it (its value comes next)
        for (int i = 0; i < n; i++) {
            char c = chars[i];
            if (c != '"') {
                if (c != ' ' && c != '\t' && c != '\r' && c != '\n') {
                    afterTextKey = afterTextKey == 1 && c == ':' ? 2 : 0;
                }
                continue;
            }
            int start = i + 1;
            int close = start;
            boolean escaped = false;
            while (close < n && chars[close] != '"') {
                if (chars[close] == '\\') {
                    escaped = true;
                    close++;
                }
                close++;
            }
            if (close >= n) {
                return null; // not closed: the JSON reader says what is wrong
            }
            if (afterTextKey == 2 && close - start >= THRESHOLD) {
                String text = escaped ? unescape(chars, start, close) : json.substring(start, close);
                if (text == null) {
                    return null;
                }
                if (rest == null) {
                    rest = new StringBuilder(THRESHOLD);
                }
                rest.append(json, copied, start).append(PLACEHOLDER_JSON).append(texts.size());
                copied = close;
                texts.add(text);
                afterTextKey = 0;
            } else {
                afterTextKey = afterTextKey != 2 && close - start == 4 && chars[start] == 't' && chars[start + 1] == 'e'
                        && chars[start + 2] == 'x' && chars[start + 3] == 't' ? 1 : 0;
            }
            i = close;
        }
        if (rest == null) {
            return null;
        }
        return new Extracted(rest.append(json, copied, json.length()).toString(), texts);
    }

    /**
     * Puts the texts back where their placeholders stand in the notification read from
     * {@link Extracted#json}; false when a placeholder was found elsewhere or not at all (the caller
     * then reads the original message).
     */
    static boolean restore(Message message, List<String> texts) {
        if (!(message instanceof NotificationMessage notification)) {
            return false;
        }
        Restorer restorer = new Restorer(texts);
        Object params = notification.getParams();
        if (params instanceof DidOpenTextDocumentParams open && open.getTextDocument() != null) {
            open.getTextDocument().setText(restorer.text(open.getTextDocument().getText()));
        } else if (params instanceof DidChangeTextDocumentParams change && change.getContentChanges() != null) {
            for (TextDocumentContentChangeEvent event : change.getContentChanges()) {
                if (event != null) {
                    event.setText(restorer.text(event.getText()));
                }
            }
        } else if (params instanceof DidSaveTextDocumentParams save) {
            save.setText(restorer.text(save.getText()));
        }
        return restorer.restored == texts.size();
    }

    /** Replaces placeholders by their texts in order, counting them. */
    private static final class Restorer {
        private final List<String> texts;
        private int restored;

        Restorer(List<String> texts) {
            this.texts = texts;
        }

        String text(String value) {
            if (value == null || !value.startsWith(PLACEHOLDER) || !value.equals(PLACEHOLDER + restored)
                    || restored >= texts.size()) {
                return value;
            }
            return texts.get(restored++);
        }
    }

    /**
     * The JSON string content {@code chars[from, to)} with its escapes decoded (in place: the
     * characters are not read again); null at an escape JSON does not know. Control characters
     * are taken as they are, as the JSON reader takes them.
     */
    static String unescape(char[] chars, int from, int to) {
        int written = from;
        for (int read = from; read < to; read++) {
            char c = chars[read];
            if (c != '\\') {
                chars[written++] = c;
                continue;
            }
            if (++read >= to) {
                return null;
            }
            switch (chars[read]) {
                case '"', '\\', '/' -> chars[written++] = chars[read];
                case 'b' -> chars[written++] = '\b';
                case 'f' -> chars[written++] = '\f';
                case 'n' -> chars[written++] = '\n';
                case 'r' -> chars[written++] = '\r';
                case 't' -> chars[written++] = '\t';
                case 'u' -> {
                    if (read + 4 >= to) {
                        return null;
                    }
                    int code = 0;
                    for (int k = 1; k <= 4; k++) {
                        int digit = hexDigit(chars[read + k]);
                        if (digit < 0) {
                            return null;
                        }
                        code = code * 16 + digit;
                    }
                    chars[written++] = (char) code;
                    read += 4;
                }
                default -> {
                    return null;
                }
            }
        }
        return new String(chars, from, written - from);
    }

    /** The value of an ASCII hexadecimal digit, as JSON spells them; -1 for anything else. */
    private static int hexDigit(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        return c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
    }
}
