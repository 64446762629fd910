package dev.neam.parser.syntax;

import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.Token;

/**
 * The tokens on the parser's channel, apart from comments and whitespace: a stream of these spares
 * ANTLR skipping the off-channel tokens at every look-ahead and at the end of every rule (a third
 * of the tokens of commented code). The off-channel tokens stay reachable for doc comments. Once a
 * stream has numbered the parser tokens, {@link #leftOf} takes their index in {@link #tokens()}.
 */
final class ParserTokens implements HiddenTokens {
    private final List<Token> all;
    private final List<Token> onChannel;
    /** For each parser token, its index in {@code all}. */
    private final int[] indexInAll;

    private ParserTokens(List<Token> all) {
        this.all = all;
        this.onChannel = new ArrayList<>(all.size());
        int[] indexes = new int[all.size()];
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).getChannel() == Token.DEFAULT_CHANNEL) {
                indexes[onChannel.size()] = i;
                onChannel.add(all.get(i));
            }
        }
        this.indexInAll = indexes;
    }

    static ParserTokens of(List<Token> all) {
        return new ParserTokens(all);
    }

    List<Token> tokens() {
        return onChannel;
    }

    @Override
    public List<Token> leftOf(Token token) {
        int index = token.getTokenIndex();
        if (index < 0 || index >= onChannel.size() || onChannel.get(index) != token) {
            return null;
        }
        int from = index == 0 ? 0 : indexInAll[index - 1] + 1;
        int to = indexInAll[index];
        return from < to ? all.subList(from, to) : null;
    }
}
