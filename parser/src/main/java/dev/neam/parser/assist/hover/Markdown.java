package dev.neam.parser.assist.hover;

import java.util.ArrayList;
import java.util.List;

/**
 * A small Markdown builder: a code block for the signature, then paragraphs. Hover texts are
 * written once as Markdown; clients without Markdown get {@link #plain(String)} of the same text.
 */
final class Markdown {
    private final List<String> blocks = new ArrayList<>();

    Markdown code(String code) {
        blocks.add("```neam\n" + code + "\n```");
        return this;
    }

    Markdown paragraph(String text) {
        if (text != null && !text.isBlank()) {
            blocks.add(text.strip());
        }
        return this;
    }

    /** Lines quoted as a block ({@code > }), for excerpts such as a system prompt. */
    Markdown quote(List<String> lines) {
        if (!lines.isEmpty()) {
            blocks.add(String.join("\n", lines.stream().map(l -> l.isBlank() ? ">" : "> " + l).toList()));
        }
        return this;
    }

    /** One bullet per line. */
    Markdown bullets(List<String> lines) {
        if (!lines.isEmpty()) {
            blocks.add(String.join("\n", lines.stream().map(l -> "- " + l).toList()));
        }
        return this;
    }

    String build() {
        return String.join("\n\n", blocks);
    }

    static String inline(String inline) {
        return "`" + inline.replace("`", "'") + "`";
    }
}
