package dev.neam.parser.syntax;

import dev.neam.parser.grammar.NeamLexer;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.IntStream;

/**
 * Where a regular-expression literal {@code /\b\d{4}\b/i} may start and how long it is. The lexer
 * asks before each token: a '/' starts a literal only where an operand is expected (after '(', ',',
 * ':', '=', an operator, `return`, '}'…), never after a value (a name, a number, a string, ')',
 * ']'), where it divides. A literal ends at the first '/' that is neither escaped nor inside a
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
        if (beforePrevious == NeamLexer.DOT || beforePrevious == NeamLexer.COLONCOLON
                || beforePrevious == NeamLexer.QUESTION_DOT) {
            return false; // `x.in / 2`: a word after '.' is a member name, a value
        }
        return switch (previous) {
            case NeamLexer.RETURN, NeamLexer.EMIT, NeamLexer.THROW, NeamLexer.IN, NeamLexer.NOT -> true;
            case NeamLexer.IDENT, NeamLexer.NUMBER, NeamLexer.QUANTITY, NeamLexer.STRING, NeamLexer.SQ_STRING,
                 NeamLexer.TRIPLE_STRING, NeamLexer.PATH, NeamLexer.FSTRING, NeamLexer.REGEX,
                 NeamLexer.UNTERMINATED_STRING, NeamLexer.RPAREN, NeamLexer.RBRACK, NeamLexer.QUESTION -> false;
            // After '}' a statement may start (nothing divides a block or a map): the same answer as at the
            // start of a text, so that re-parsing one top-level item lexes it as the whole file does.
            case NeamLexer.RBRACE -> true;
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

    /**
     * For a '/' that starts a regular expression which never closes on its line (called when
     * {@link #length} found none): the length up to the end of the line without what trails it
     * (white space, {@code ;}, {@code ,}, {@code {} and closers it did not open), so that the statement
     * around it still parses; 0 when the
     * '/' is followed by white space (`x = / 2` is a misplaced division, not a regular expression).
     */
    public static int unterminatedLength(CharStream in) {
        int second = in.LA(2);
        if (second == '/' || second == '*' || endsLine(second) || Character.isWhitespace(second)) {
            return 0;
        }
        int k = 2;
        while (!endsLine(in.LA(k))) {
            k++;
        }
        StringBuilder text = new StringBuilder();
        for (int i = 1; i < k; i++) {
            text.appendCodePoint(in.LA(i));
        }
        while (text.length() > 1 && trailsStatement(text)) {
            text.setLength(text.length() - 1);
        }
        return text.length();
    }

    /** Whether the last character belongs to the code around the literal: `;` `,` `{`, or a closer it does not open. */
    private static boolean trailsStatement(StringBuilder text) {
        char last = text.charAt(text.length() - 1);
        return switch (last) {
            case ' ', '\t', ';', ',', '{' -> true;
            case ')' -> count(text, ')') > count(text, '(');
            case ']' -> count(text, ']') > count(text, '[');
            case '}' -> count(text, '}') > count(text, '{');
            default -> false;
        };
    }

    private static int count(CharSequence text, char c) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            n += text.charAt(i) == c ? 1 : 0;
        }
        return n;
    }

    private static boolean endsLine(int c) {
        return c == IntStream.EOF || c == '\n' || c == '\r';
    }

    private static boolean isFlag(int c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }
}
