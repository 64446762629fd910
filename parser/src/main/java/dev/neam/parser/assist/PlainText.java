package dev.neam.parser.assist;

/**
 * Markdown written for hovers and signature docs, as plain text for clients that cannot render
 * Markdown: code fences, quote marks, bold markers and backticks dropped, the words kept.
 */
public final class PlainText {
    private PlainText() {
    }

    public static String of(String markdown) {
        StringBuilder out = new StringBuilder();
        for (String line : markdown.split("\n", -1)) {
            if (line.startsWith("```")) {
                continue;
            }
            String l = line.startsWith("> ") ? "  " + line.substring(2) : line.equals(">") ? "" : line;
            out.append(l.replace("**", "").replace("`", "")).append('\n');
        }
        return out.toString().strip();
    }
}
