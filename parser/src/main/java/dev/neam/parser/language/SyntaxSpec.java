package dev.neam.parser.language;

/**
 * A construct of the documented superset that both dialects' programs use though neither stored
 * compiler has it (the conditional, C-style loops, escapes…): documented in the language reference.
 */
public record SyntaxSpec(String id, String label, String example, String doc) {
}
