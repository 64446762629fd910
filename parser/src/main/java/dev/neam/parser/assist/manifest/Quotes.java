package dev.neam.parser.assist.manifest;

/**
 * Whether a left-to-right reading of TOML text is inside a basic ({@code "…"}) or literal
 * ({@code '…'}) string. Fed one character at a time; strings end at their quote or at a line break
 * (TOML strings of one quote do not span lines, so an unterminated one ends there).
 */
final class Quotes {
    private char quote;
    private boolean escaped;

    /** Takes the next character; true when it stands outside any string and is no quote. */
    boolean outside(char c) {
        if (quote != 0) {
            if (escaped) {
                escaped = false;
            } else if (quote == '"' && c == '\\') {
                escaped = true;
            } else if (c == quote || c == '\n') {
                quote = 0;
            }
            return false;
        }
        if (c == '"' || c == '\'') {
            quote = c;
            return false;
        }
        return true;
    }

    boolean inString() {
        return quote != 0;
    }
}
