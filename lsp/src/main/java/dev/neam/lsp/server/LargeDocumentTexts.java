package dev.neam.lsp.server;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
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
 * it). Here a value without escapes is cut out of the message with one copy, and escapes are decoded
 * between {@link String#indexOf} jumps. Anything unusual (an escape JSON does not know, a value
 * that cannot be put back) leaves the message to the JSON reader, which judges it as before.
 */
final class LargeDocumentTexts {
    /** Values shorter than this are left to the JSON reader: the detour pays only for large ones. */
    static final int THRESHOLD = 64 * 1024;
    /** Stands for a value taken out; the random part keeps a client's own text from ever matching it. */
    private static final String NONCE = Long.toHexString(new SecureRandom().nextLong());
    /** The placeholder as read back (it starts with U+0000, which no editor's text begins with by chance)... */
    private static final String PLACEHOLDER = "\u0000neam-text-" + NONCE + "-";
    /** ...and as written into the message, escaped as strict JSON wants. */
    private static final String PLACEHOLDER_JSON = "\\u0000neam-text-" + NONCE + "-";

    /** The message with its large texts replaced by placeholders, and the texts in their order. */
    record Extracted(String json, List<String> texts) {
    }

    private LargeDocumentTexts() {
    }

    /** The large texts of a document notification taken out, or null when there are none to take. */
    static Extracted extract(String json) {
        if (json.length() < THRESHOLD) {
            return null;
        }
        StringBuilder rest = null;
        List<String> texts = new ArrayList<>();
        int copied = 0;
        int previousKeyEnd = -1;
        boolean previousWasTextKey = false;
        int open = json.indexOf('"');
        while (open >= 0) {
            int close = closingQuote(json, open);
            if (close < 0) {
                return null;
            }
            boolean isValue = previousWasTextKey && onlyColonBetween(json, previousKeyEnd, open);
            if (isValue && close - open - 1 >= THRESHOLD) {
                String text = decode(json, open + 1, close);
                if (text == null) {
                    return null;
                }
                if (rest == null) {
                    rest = new StringBuilder(THRESHOLD);
                }
                rest.append(json, copied, open + 1).append(PLACEHOLDER_JSON).append(texts.size());
                copied = close;
                texts.add(text);
            }
            previousWasTextKey = !isValue && close - open == 5 && json.startsWith("text", open + 1);
            previousKeyEnd = close + 1;
            open = json.indexOf('"', close + 1);
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

    /** The index of the quote closing the string opened at {@code open}; -1 when there is none. */
    private static int closingQuote(String json, int open) {
        int quote = json.indexOf('"', open + 1);
        while (quote >= 0 && escaped(json, quote)) {
            quote = json.indexOf('"', quote + 1);
        }
        return quote;
    }

    /** Whether the character at {@code at} follows an odd run of backslashes. */
    private static boolean escaped(String json, int at) {
        int backslashes = 0;
        for (int i = at - 1; i >= 0 && json.charAt(i) == '\\'; i--) {
            backslashes++;
        }
        return (backslashes & 1) == 1;
    }

    /** Whether only whitespace and one colon stand between a key ending at {@code from} and {@code to}. */
    private static boolean onlyColonBetween(String json, int from, int to) {
        boolean colon = false;
        for (int i = from; i < to; i++) {
            char c = json.charAt(i);
            if (c == ':' && !colon) {
                colon = true;
            } else if (c != ' ' && c != '\t' && c != '\r' && c != '\n') {
                return false;
            }
        }
        return colon;
    }

    /**
     * The JSON string content between {@code from} and {@code to} decoded; null at an escape JSON
     * does not know. Control characters are taken as they are, as the JSON reader takes them.
     */
    static String decode(String json, int from, int to) {
        int backslash = json.indexOf('\\', from);
        if (backslash < 0 || backslash >= to) {
            return json.substring(from, to);
        }
        StringBuilder text = new StringBuilder(to - from);
        int copied = from;
        while (backslash >= 0 && backslash < to) {
            text.append(json, copied, backslash);
            if (backslash + 1 >= to) {
                return null;
            }
            char escape = json.charAt(backslash + 1);
            int next = backslash + 2;
            switch (escape) {
                case '"', '\\', '/' -> text.append(escape);
                case 'b' -> text.append('\b');
                case 'f' -> text.append('\f');
                case 'n' -> text.append('\n');
                case 'r' -> text.append('\r');
                case 't' -> text.append('\t');
                case 'u' -> {
                    if (backslash + 6 > to) {
                        return null;
                    }
                    int code = 0;
                    for (int i = backslash + 2; i < backslash + 6; i++) {
                        int digit = hexDigit(json.charAt(i));
                        if (digit < 0) {
                            return null;
                        }
                        code = code * 16 + digit;
                    }
                    text.append((char) code);
                    next = backslash + 6;
                }
                default -> {
                    return null;
                }
            }
            copied = next;
            backslash = json.indexOf('\\', next);
        }
        return text.append(json, copied, to).toString();
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
