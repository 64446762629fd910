package dev.neam.parser.syntax;

import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.ListTokenSource;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.WritableToken;

/**
 * A token stream over a finished list of tokens ending with the end-of-file token. ANTLR's stream
 * would copy them one by one from a token source while the parser asks for them; here they are all
 * there from the start.
 */
final class TokenListStream extends CommonTokenStream {
    TokenListStream(List<Token> list) {
        super(new ListTokenSource(list));
        if (!list.isEmpty() && list.get(list.size() - 1).getType() == Token.EOF) {
            tokens = new ArrayList<>(list);
            for (int i = 0; i < list.size(); i++) {
                if (list.get(i) instanceof WritableToken token) {
                    token.setTokenIndex(i);
                }
            }
            fetchedEOF = true;
        }
    }
}
