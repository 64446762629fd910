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
     * The message is searched with {@code String.indexOf} and copied in runs with
     * {@code StringBuilder.append}: the JVM runs both as bulk operations from the first call,
     * where a loop of our own over millions of characters runs interpreted until the JIT has
     * compiled it (tens of milliseconds on the first large message of a session).
     */
    static Extracted extract(String json) {
        return extract(json, THRESHOLD);
    }

    /** {@link #extract(String)} of the texts of at least {@code threshold} characters (smaller for the warm-up). */
    static Extracted extract(String json, int threshold) {
        if (json.length() < threshold) {
            return null;
        }
        Search search = new Search(json);
        StringBuilder rest = null;
        List<String> texts = new ArrayList<>();
        int copied = 0;
        boolean afterTextKey = false; // the last string was "text"
        int previousClose = -1;
        int quote;
        while ((quote = json.indexOf('"', previousClose + 1)) >= 0) {
            int start = quote + 1;
            int close = search.closingQuote(start);
            if (close < 0) {
                return null; // not closed: the JSON reader says what is wrong
            }
            if (afterTextKey && close - start >= threshold && onlyColonBetween(json, previousClose + 1, quote)) {
                String text = search.content(start, close);
                if (text == null) {
                    return null;
                }
                if (rest == null) {
                    rest = new StringBuilder(THRESHOLD);
                }
                rest.append(json, copied, start).append(PLACEHOLDER_JSON).append(texts.size());
                copied = close;
                texts.add(text);
                afterTextKey = false;
            } else {
                afterTextKey = close - start == 4 && json.startsWith("text", start);
            }
            previousClose = close;
        }
        if (rest == null) {
            return null;
        }
        return new Extracted(rest.append(json, copied, json.length()).toString(), texts);
    }

    /** Whether {@code json[from, to)} is one colon with optional whitespace around it: a key's value follows. */
    private static boolean onlyColonBetween(String json, int from, int to) {
        int colons = 0;
        for (int i = from; i < to; i++) {
            char c = json.charAt(i);
            if (c == ':') {
                colons++;
            } else if (c != ' ' && c != '\t' && c != '\r' && c != '\n') {
                return false;
            }
        }
        return colons == 1;
    }

    /** Finds string ends and decodes string contents, keeping the next backslash so no stretch is searched twice. */
    private static final class Search {
        private final String json;
        private int backslash = -1; // the first backslash at or after the last position asked about (json.length() if none)

        Search(String json) {
            this.json = json;
        }

        /** The position of the quote that closes the string starting at {@code start}; -1 if none does. */
        int closingQuote(int start) {
            int close = json.indexOf('"', start);
            while (close >= 0 && escaped(close, start)) {
                close = json.indexOf('"', close + 1);
            }
            return close;
        }

        /** Whether the character at {@code at} follows an odd number of backslashes (after {@code from}). */
        private boolean escaped(int at, int from) {
            int k = at - 1;
            while (k >= from && json.charAt(k) == '\\') {
                k--;
            }
            return (at - 1 - k) % 2 == 1;
        }

        /** The first backslash at or after {@code from}, {@code json.length()} if there is none. */
        private int backslashFrom(int from) {
            if (backslash < from) {
                int found = json.indexOf('\\', from);
                backslash = found < 0 ? json.length() : found;
            }
            return backslash;
        }

        /**
         * The JSON string content {@code json[from, to)} with its escapes decoded; null at an escape
         * JSON does not know. Control characters are taken as they are, as the JSON reader takes them.
         */
        String content(int from, int to) {
            int next = backslashFrom(from);
            if (next >= to) {
                return json.substring(from, to);
            }
            StringBuilder out = new StringBuilder(to - from);
            int run = from;
            while (next < to) {
                out.append(json, run, next);
                if (next + 1 >= to) {
                    return null;
                }
                char escape = json.charAt(next + 1);
                run = next + 2;
                switch (escape) {
                    case '"', '\\', '/' -> out.append(escape);
                    case 'b' -> out.append('\b');
                    case 'f' -> out.append('\f');
                    case 'n' -> out.append('\n');
                    case 'r' -> out.append('\r');
                    case 't' -> out.append('\t');
                    case 'u' -> {
                        int code = run + 4 <= to ? hexValue(json, run) : -1;
                        if (code < 0) {
                            return null;
                        }
                        out.append((char) code);
                        run += 4;
                    }
                    default -> {
                        return null;
                    }
                }
                next = backslashFrom(run);
            }
            return out.append(json, run, to).toString();
        }
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

    /** The value of the four hexadecimal digits at {@code at}, as JSON spells them; -1 if they are not. */
    private static int hexValue(String json, int at) {
        int code = 0;
        for (int k = at; k < at + 4; k++) {
            int digit = Character.digit(json.charAt(k), 16);
            if (digit < 0 || json.charAt(k) > 'f') {
                return -1;
            }
            code = code * 16 + digit;
        }
        return code;
    }
}
