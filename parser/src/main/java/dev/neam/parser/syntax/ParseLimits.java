package dev.neam.parser.syntax;

import dev.neam.parser.grammar.NeamLexer;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import org.antlr.v4.runtime.Token;

/**
 * The bounds of the analysis, so that one pathological file (a megabyte of '{', generated data)
 * costs milliseconds and a clear finding instead of minutes, gigabytes or a stack overflow: files
 * larger than {@link #MAX_CHARS} are not parsed; brackets (and prefix operators) nested deeper than
 * {@link #MAX_NESTING} stop the parse.
 */
public final class ParseLimits {
    /** 4 MB of text: far above any hand-written Neam file. */
    public static final int MAX_CHARS = 4 * 1024 * 1024;
    /** Levels of '(', '[' and '{' the parser follows; real code stays below twenty. */
    public static final int MAX_NESTING = 512;

    private ParseLimits() {
    }

    /**
     * The offset of the first bracket nested deeper than {@link #MAX_NESTING}, by a scan of the
     * characters that skips comments and string literals; -1 if there is none. It runs before the
     * lexer, so that a file of a million '{' is turned away before a million tokens are made. (It
     * can only miss a case, never invent one: {@link #tooDeep(List)} checks the tokens after it.)
     */
    static int tooDeepAt(String text) {
        int depth = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '/' && i + 1 < n && text.charAt(i + 1) == '/') {
                i = end(text, text.indexOf('\n', i));
            } else if (c == '/' && i + 1 < n && text.charAt(i + 1) == '*') {
                int close = text.indexOf("*/", i + 2);
                i = close < 0 ? n : close + 1;
            } else if (c == '"' && text.startsWith("\"\"\"", i)) {
                int close = text.indexOf("\"\"\"", i + 3);
                i = close < 0 ? n : close + 2;
            } else if (c == '"' || c == '\'') {
                i = stringEnd(text, i, c);
            } else if (c == '{' || c == '(' || c == '[') {
                if (++depth > MAX_NESTING) {
                    return i;
                }
            } else if (c == '}' || c == ')' || c == ']') {
                depth = Math.max(0, depth - 1);
            }
        }
        return -1;
    }

    /** The index of the quote closing a string that opens at {@code start} (or the line's end: strings end there). */
    private static int stringEnd(String text, int start, char quote) {
        for (int i = start + 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == quote || c == '\n') {
                return i;
            }
        }
        return text.length();
    }

    private static int end(String text, int index) {
        return index < 0 ? text.length() : index;
    }

    /**
     * The first token at which the brackets, with the prefix operators ('!', '-', 'not') applied to
     * them, are nested deeper than {@link #MAX_NESTING}, or null. A run of prefix operators nests
     * like brackets ({@code !!!!a} and {@code !(!(!(a)))} recurse once per operator): counted here,
     * such a file gets this finding whatever the stack of the thread that parses it, so lint and
     * the server (whose threads have deeper stacks) report the same.
     */
    static Token tooDeep(List<Token> tokens) {
        Deque<Integer> opened = new ArrayDeque<>(); // per open bracket: the levels it added, itself and the operators before it
        int depth = 0;
        int prefixRun = 0;
        for (Token token : tokens) {
            if (token.getChannel() != Token.DEFAULT_CHANNEL) {
                continue;
            }
            switch (token.getType()) {
                case NeamLexer.LBRACE, NeamLexer.LPAREN, NeamLexer.LBRACK -> {
                    opened.push(1 + prefixRun);
                    depth += 1 + prefixRun;
                    prefixRun = 0;
                    if (depth > MAX_NESTING) {
                        return token;
                    }
                }
                case NeamLexer.RBRACE, NeamLexer.RPAREN, NeamLexer.RBRACK -> {
                    depth -= opened.isEmpty() ? 0 : opened.pop();
                    prefixRun = 0;
                }
                case NeamLexer.BANG, NeamLexer.MINUS, NeamLexer.NOT -> {
                    if (depth + ++prefixRun > MAX_NESTING) {
                        return token;
                    }
                }
                default -> prefixRun = 0;
            }
        }
        return null;
    }

    /** Whether the token {@link #tooDeep} returned opens a bracket (else it is a prefix operator). */
    static boolean isBracket(Token token) {
        int type = token.getType();
        return type == NeamLexer.LBRACE || type == NeamLexer.LPAREN || type == NeamLexer.LBRACK;
    }

    /** "4.2 MB", for messages. */
    static String megabytes(long chars) {
        return String.format(Locale.ROOT, "%.1f MB", chars / (1024.0 * 1024.0));
    }
}
