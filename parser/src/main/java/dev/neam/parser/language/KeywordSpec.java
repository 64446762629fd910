package dev.neam.parser.language;

import java.util.Set;

/**
 * A core keyword that starts a statement or stands in an expression ({@code let}, {@code if},
 * {@code true}), with the text completion inserts and hover shows.
 *
 * @param snippet    an LSP-style snippet ({@code let ${1:name} = $0;}), or empty when the word alone is inserted
 * @param dialects   the dialects that have it; empty means both
 * @param expression whether it may start an expression ({@code true}, {@code match}), not only a statement
 */
public record KeywordSpec(String keyword, String doc, String snippet, Set<Dialect> dialects, boolean expression) {
    public KeywordSpec {
        dialects = Set.copyOf(dialects);
    }
}
