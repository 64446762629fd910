package dev.neam.lsp.server;

import org.eclipse.lsp4j.jsonrpc.messages.Either;

/**
 * The {@code id} of a message that cannot be parsed as a whole (cut short, nested too deep, not
 * quite JSON), found by scanning its top-level keys, so the error response can name the request it
 * answers. Null when there is none to be found.
 */
final class MessageIds {
    private MessageIds() {
    }

    static Either<String, Number> find(String json) {
        int depth = 0;
        boolean expectKey = false;
        int i = 0;
        int n = json.length();
        while (i < n) {
            char c = json.charAt(i);
            if (c == '"') {
                int end = stringEnd(json, i);
                if (end < 0) {
                    return null;
                }
                if (depth == 1 && expectKey) {
                    String key = json.substring(i + 1, end);
                    int colon = skipSpace(json, end + 1);
                    if (colon < n && json.charAt(colon) == ':') {
                        if (key.equals("id")) {
                            return value(json, skipSpace(json, colon + 1));
                        }
                        i = colon + 1;
                        expectKey = false;
                        continue;
                    }
                }
                i = end + 1;
                continue;
            }
            if (c == '{' || c == '[') {
                depth++;
                expectKey = c == '{' && depth == 1;
            } else if (c == '}' || c == ']') {
                depth--;
            } else if (c == ',' && depth == 1) {
                expectKey = true;
            }
            i++;
        }
        return null;
    }

    private static Either<String, Number> value(String json, int at) {
        if (at >= json.length()) {
            return null;
        }
        if (json.charAt(at) == '"') {
            int end = stringEnd(json, at);
            return end < 0 ? null : Either.forLeft(json.substring(at + 1, end));
        }
        int end = at;
        while (end < json.length() && (Character.isDigit(json.charAt(end)) || json.charAt(end) == '-')) {
            end++;
        }
        try {
            return end == at ? null : Either.forRight(Integer.parseInt(json.substring(at, end)));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The index of the quote closing the string that opens at {@code start}; -1 if it never closes. */
    private static int stringEnd(String json, int start) {
        for (int i = start + 1; i < json.length(); i++) {
            char c = json.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '"') {
                return i;
            }
        }
        return -1;
    }

    private static int skipSpace(String json, int i) {
        while (i < json.length() && Character.isWhitespace(json.charAt(i))) {
            i++;
        }
        return i;
    }
}
