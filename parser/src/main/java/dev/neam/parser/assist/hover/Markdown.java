package dev.neam.parser.assist.hover;

import java.util.ArrayList;
import java.util.List;

/**
 * A small Markdown builder: a code block for the signature, then paragraphs. Hover texts are
 * written once as Markdown; clients without Markdown get {@link #plain(String)} of the same text.
 */
public final class Markdown {
    private final List<String> blocks = new ArrayList<>();

    public Markdown code(String code) {
        return code("neam", code);
    }

    /** A code block in another language ({@code toml}, {@code yaml}). */
    public Markdown code(String language, String code) {
        blocks.add("```" + language + "\n" + code + "\n```");
        return this;
    }

    public Markdown paragraph(String text) {
        if (text != null && !text.isBlank()) {
            blocks.add(text.strip());
        }
        return this;
    }

    /** Lines quoted as a block ({@code > }), for excerpts such as a system prompt. */
    public Markdown quote(List<String> lines) {
        if (!lines.isEmpty()) {
            blocks.add(String.join("\n", lines.stream().map(l -> l.isBlank() ? ">" : "> " + l).toList()));
        }
        return this;
    }

    /** One bullet per line. */
    public Markdown bullets(List<String> lines) {
        if (!lines.isEmpty()) {
            blocks.add(String.join("\n", lines.stream().map(l -> "- " + l).toList()));
        }
        return this;
    }

    public String build() {
        return String.join("\n\n", blocks);
    }

    public static String inline(String inline) {
        return "`" + inline.replace("`", "'") + "`";
    }
}
