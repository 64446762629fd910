package dev.neam.parser.syntax;

import dev.neam.parser.grammar.NeamLexer;

/**
 * Tells the conditional `c ? a : b` from dialect B's postfix `?` (error propagation) where the
 * grammar alone cannot: in a declaration body, `key: f()? next: 1` could be a postfix '?' followed
 * by the next property. The parser reads a '?' followed by a name, a string or a number as the start
 * of a conditional; any other '?' is decided by what follows further on.
 */
public final class ConditionalOperator {
    private ConditionalOperator() {
    }

    /** Whether a token of type {@code previous} (after one of {@code beforePrevious}) ends an operand, so a '?' after it is an operator. */
    static boolean followsOperand(int previous, int beforePrevious) {
        return previous != -1 && !RegexLiterals.mayStartAfter(previous, beforePrevious);
    }

    /** Whether a '?' followed by a token of this type starts a conditional's first branch. */
    public static boolean readsAsBranch(int next) {
        return switch (next) {
            case NeamLexer.IDENT, NeamLexer.NUMBER, NeamLexer.QUANTITY, NeamLexer.STRING, NeamLexer.SQ_STRING,
                 NeamLexer.TRIPLE_STRING, NeamLexer.FSTRING, NeamLexer.PATH, NeamLexer.REGEX, NeamLexer.TRUE,
                 NeamLexer.FALSE, NeamLexer.NIL -> true;
            // Words that continue an expression after a postfix '?': `with f()? as h`, `x? in xs`.
            case NeamLexer.AS, NeamLexer.IN, NeamLexer.NOT, NeamLexer.WITH -> false;
            default -> next >= NeamLexer.LET && next <= NeamLexer.SPAWN;
        };
    }
}
