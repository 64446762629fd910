package dev.neam.parser.language;

/** A property readable with a dot on a declared name ({@code bot.workspace}). */
public record FieldSpec(String name, String doc) {
}
