package dev.neam.parser.language;

/** How a dialect is named to users and what characterises it. */
public record DialectSpec(Dialect dialect, String label, String doc) {
}
