package dev.neam.parser.syntax;

import dev.neam.parser.grammar.NeamLexer;
import java.util.List;
import java.util.Locale;
import org.antlr.v4.runtime.Token;

/**
 * The bounds of the analysis, so that one pathological file (a megabyte of '{', generated data)
 * costs milliseconds and a clear finding instead of minutes, gigabytes or a stack overflow: files
 * larger than {@link #MAX_CHARS} are not parsed; brackets nested deeper than {@link #MAX_NESTING}
 * stop the parse.
 */
public final class ParseLimits {
    /** 4 MB of text: far above any hand-written Neam file. */
    public static final int MAX_CHARS = 4 * 1024 * 1024;
    /** Levels of '(', '[' and '{' the parser follows; real code stays below twenty. */
    public static final int MAX_NESTING = 512;

    private ParseLimits() {
    }

    /** The first token at which the brackets are nested deeper than {@link #MAX_NESTING}, or null. */
    static Token tooDeep(List<Token> tokens) {
        int depth = 0;
        for (Token token : tokens) {
            if (token.getChannel() != Token.DEFAULT_CHANNEL) {
                continue;
            }
            switch (token.getType()) {
                case NeamLexer.LBRACE, NeamLexer.LPAREN, NeamLexer.LBRACK -> {
                    if (++depth > MAX_NESTING) {
                        return token;
                    }
                }
                case NeamLexer.RBRACE, NeamLexer.RPAREN, NeamLexer.RBRACK -> depth = Math.max(0, depth - 1);
                default -> { }
            }
        }
        return null;
    }

    /** "4.2 MB", for messages. */
    static String megabytes(long chars) {
        return String.format(Locale.ROOT, "%.1f MB", chars / (1024.0 * 1024.0));
    }
}
