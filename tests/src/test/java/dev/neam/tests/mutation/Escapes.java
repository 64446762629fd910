package dev.neam.tests.mutation;

/** Control, format and non-ASCII characters written as escapes, so a failing input can be read and retyped. */
final class Escapes {
    private Escapes() {
    }

    static String visible(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                out.append("\\n");
            } else if (c == '\\') {
                out.append("\\\\");
            } else if (c < ' ' || c > '~') {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
