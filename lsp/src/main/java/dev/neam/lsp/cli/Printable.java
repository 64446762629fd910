package dev.neam.lsp.cli;

/**
 * Text from the checked files made safe for a terminal or a CI log: a control character (ESC starting
 * a colour or cursor sequence, BEL, backspace, C1 codes) or a bidirectional override quoted in a
 * finding would otherwise act on the reader's terminal or hide what a line says. Each becomes its
 * escape ({@code \x1b}, {@code \u202e}); line breaks and tabs are left to the formats, which handle them.
 */
final class Printable {
    private Printable() {
    }

    static String escape(String s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!unsafe(c)) {
                if (out != null) {
                    out.append(c);
                }
                continue;
            }
            if (out == null) {
                out = new StringBuilder(s.length() + 8).append(s, 0, i);
            }
            out.append(c <= 0xff ? String.format("\\x%02x", (int) c) : String.format("\\u%04x", (int) c));
        }
        return out == null ? s : out.toString();
    }

    private static boolean unsafe(char c) {
        if (c == '\n' || c == '\r' || c == '\t') {
            return false;
        }
        return c < 0x20 || c >= 0x7f && c <= 0x9f
                || c >= '\u202a' && c <= '\u202e' || c >= '\u2066' && c <= '\u2069';
    }
}
