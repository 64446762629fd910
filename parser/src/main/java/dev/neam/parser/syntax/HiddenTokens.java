package dev.neam.parser.syntax;

import java.util.List;
import org.antlr.v4.runtime.BufferedTokenStream;
import org.antlr.v4.runtime.Token;

/** The comments and whitespace just before a token the parser saw (what doc comments are read from). */
interface HiddenTokens {
    /** The off-channel tokens between {@code token} and the parser token before it, or null when there are none. */
    List<Token> leftOf(Token token);

    /** From a stream holding every token on every channel. */
    static HiddenTokens of(BufferedTokenStream stream) {
        return token -> stream.getHiddenTokensToLeft(token.getTokenIndex());
    }
}
