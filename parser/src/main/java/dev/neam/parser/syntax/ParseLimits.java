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
     * The first token at which the brackets, with the prefix operators ('!', '-', 'not') and the
     * right-associative chains (conditionals {@code a ? b : c ? …}, assignments {@code a = b = …})
     * within them, are nested deeper than {@link #MAX_NESTING}, or null. A run of prefix operators
     * nests like brackets ({@code !!!!a} and {@code !(!(!(a)))} recurse once per operator), and so
     * does a chain, each link inside the one before it: counted here, such a file gets this finding
     * at once, whatever the stack of the thread that parses it (lint and the server, whose threads
     * have deeper stacks, report the same), instead of a parse whose prediction grows with the
     * square of the depth (ten thousand chained conditionals took 18 s of CPU before they overflowed
     * the stack). A chain is counted per bracket level from the last ';' or ',': real code never
     * comes near the limit, even where commas are optional.
     */
    static Token tooDeep(List<Token> tokens) {
        Deque<int[]> opened = new ArrayDeque<>(); // per open bracket: the levels it added, and the links of the chain outside it
        int depth = 0;
        int prefixRun = 0;
        int chain = 0; // links of the chain at this level
        Token previous = null;
        for (Token token : tokens) {
            if (token.getChannel() != Token.DEFAULT_CHANNEL) {
                continue;
            }
            if (previous != null && token.getLine() > previous.getLine() && !continuesChain(previous) && !continuesChain(token)) {
                chain = 0;
            }
            previous = token;
            int type = token.getType();
            if (type == NeamLexer.LBRACE || type == NeamLexer.LPAREN || type == NeamLexer.LBRACK) {
                opened.push(new int[] {1 + prefixRun + nested(chain), chain});
                depth += 1 + prefixRun + nested(chain);
                prefixRun = 0;
                chain = 0;
                if (depth > MAX_NESTING) {
                    return token;
                }
            } else if (type == NeamLexer.RBRACE || type == NeamLexer.RPAREN || type == NeamLexer.RBRACK) {
                int[] closed = opened.isEmpty() ? new int[] {0, 0} : opened.pop();
                depth -= closed[0];
                chain = closed[1];
                prefixRun = 0;
            } else if (isPrefixOperator(token)) {
                if (depth + nested(chain) + ++prefixRun > MAX_NESTING) {
                    return token;
                }
            } else {
                prefixRun = 0;
                if (type == NeamLexer.SEMI || type == NeamLexer.COMMA) {
                    chain = 0;
                } else if (isChainLink(token) && depth + nested(++chain) > MAX_NESTING) {
                    return token;
                }
            }
        }
        return null;
    }

    /** Whether the token {@link #tooDeep} returned opens a bracket. */
    static boolean isBracket(Token token) {
        int type = token.getType();
        return type == NeamLexer.LBRACE || type == NeamLexer.LPAREN || type == NeamLexer.LBRACK;
    }

    /** Whether the token is a prefix operator ('!', '-' or 'not'; '-' counts wherever it stands). */
    static boolean isPrefixOperator(Token token) {
        int type = token.getType();
        return type == NeamLexer.BANG || type == NeamLexer.MINUS || type == NeamLexer.NOT;
    }

    /** The levels a chain of {@code links} adds: each link after the first is inside the one before. */
    private static int nested(int links) {
        return Math.max(0, links - 1);
    }

    /** Whether a chain goes on across a line break before or after the token. */
    private static boolean continuesChain(Token token) {
        return token.getType() == NeamLexer.COLON || isChainLink(token);
    }

    /** Whether the token links a right-associative chain: the conditional's '?', or an assignment. */
    private static boolean isChainLink(Token token) {
        return switch (token.getType()) {
            case NeamLexer.QUESTION, NeamLexer.ASSIGN, NeamLexer.PLUS_ASSIGN, NeamLexer.MINUS_ASSIGN,
                    NeamLexer.STAR_ASSIGN, NeamLexer.SLASH_ASSIGN, NeamLexer.PERCENT_ASSIGN -> true;
            default -> false;
        };
    }

    /** "4.2 MB", for messages. */
    static String megabytes(long chars) {
        return String.format(Locale.ROOT, "%.1f MB", chars / (1024.0 * 1024.0));
    }
}
