package dev.neam.parser.semantic.highlight;

/** One painted span on one line: 0-based line, UTF-16 start and length, type and modifier bits. */
public record SemanticToken(int line, int start, int length, TokenType type, int modifiers) {
}
