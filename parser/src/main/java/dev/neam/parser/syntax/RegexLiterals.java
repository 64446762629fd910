package dev.neam.parser.syntax;

import dev.neam.parser.grammar.NeamLexer;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.IntStream;

/**
 * Where a regular-expression literal {@code /\b\d{4}\b/i} may start and how long it is. The lexer
 * asks before each token: a '/' starts a literal only where an operand is expected (after '(', ',',
 * ':', '=', an operator, `return`…), never after a value (a name, a number, a string, ')', ']',
 * '}'), where it divides. A literal ends at the first '/' that is neither escaped nor inside a
 * character class, on the same line, and takes the letters after it as flags; without such a '/'
 * the '/' stays a division sign (and the parser reports it).
 */
public final class RegexLiterals {
    private RegexLiterals() {
    }

    /**
     * Whether a regular expression may start after a token of type {@code previous} (-1 at the start
     * of the text) that itself follows a token of type {@code beforePrevious}.
     */
    public static boolean mayStartAfter(int previous, int beforePrevious) {
        if (previous == -1) {
            return true;
        }
        if (beforePrevious == NeamLexer.DOT || beforePrevious == NeamLexer.COLONCOLON) {
            return false; // `x.in / 2`: a word after '.' is a member name, a value
        }
        return switch (previous) {
            case NeamLexer.RETURN, NeamLexer.EMIT, NeamLexer.THROW, NeamLexer.IN, NeamLexer.NOT -> true;
            case NeamLexer.IDENT, NeamLexer.NUMBER, NeamLexer.QUANTITY, NeamLexer.STRING, NeamLexer.SQ_STRING,
                 NeamLexer.TRIPLE_STRING, NeamLexer.PATH, NeamLexer.FSTRING, NeamLexer.REGEX,
                 NeamLexer.UNTERMINATED_STRING, NeamLexer.RPAREN, NeamLexer.RBRACK, NeamLexer.RBRACE,
                 NeamLexer.QUESTION -> false;
            default -> !isKeyword(previous);
        };
    }

    /** Keyword tokens are words: most of them may be names, so a '/' after one divides. */
    private static boolean isKeyword(int type) {
        return type >= NeamLexer.LET && type <= NeamLexer.SPAWN;
    }

    /**
     * The length of the literal starting at the stream's next character (a '/'), flags included, or
     * 0 when there is none: `//` and `/*` start comments, and a literal must close on its line.
     */
    public static int length(CharStream in) {
        int second = in.LA(2);
        if (second == '/' || second == '*' || endsLine(second)) {
            return 0;
        }
        boolean inClass = false;
        int k = 2;
        while (true) {
            int c = in.LA(k);
            if (endsLine(c)) {
                return 0;
            }
            if (c == '\\') {
                if (endsLine(in.LA(k + 1))) {
                    return 0;
                }
                k += 2;
                continue;
            }
            if (c == '[') {
                inClass = true;
            } else if (c == ']') {
                inClass = false;
            } else if (c == '/' && !inClass) {
                break;
            }
            k++;
        }
        int length = k;
        while (isFlag(in.LA(length + 1))) {
            length++;
        }
        return length;
    }

    private static boolean endsLine(int c) {
        return c == IntStream.EOF || c == '\n' || c == '\r';
    }

    private static boolean isFlag(int c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }
}
