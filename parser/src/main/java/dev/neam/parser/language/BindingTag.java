package dev.neam.parser.language;

/** One form of a {@code binding}-typed property: {@code mcp { … }}, {@code http { … }}. */
public record BindingTag(String tag, String doc, BlockSpec block) {
}
