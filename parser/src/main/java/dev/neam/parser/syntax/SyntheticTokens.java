package dev.neam.parser.syntax;

import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenSource;
import org.antlr.v4.runtime.misc.Pair;

/**
 * Tokens the syntax layer inserts (missing '}' and ']', the end of file). They carry the token
 * source of a real token because ANTLR's recovery asks for it.
 */
final class SyntheticTokens {
    private SyntheticTokens() {
    }

    /** A zero-width token at {@code codePointIndex}, on the given 1-based line and column. */
    static CommonToken at(Token like, int type, String text, int codePointIndex, int line, int column) {
        Pair<TokenSource, CharStream> source = new Pair<>(like.getTokenSource(), like.getInputStream());
        CommonToken token = new CommonToken(source, type, Token.DEFAULT_CHANNEL, codePointIndex, codePointIndex - 1);
        token.setText(text);
        token.setLine(line);
        token.setCharPositionInLine(column);
        return token;
    }
}
