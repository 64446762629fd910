package dev.neam.parser.syntax;

import dev.neam.parser.grammar.NeamLexer;
import java.util.List;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Token;

/** Whether a word can be used as a name, decided by the lexer itself (so keywords stay in one place). */
public final class Names {
    private Names() {
    }

    /** True for a plain identifier such as `triage_agent`; false for keywords, numbers or anything else. */
    public static boolean isIdentifier(String word) {
        if (word == null || word.isEmpty()) {
            return false;
        }
        NeamLexer lexer = new NeamLexer(CharStreams.fromString(word));
        lexer.removeErrorListeners();
        List<? extends Token> tokens = lexer.getAllTokens();
        return tokens.size() == 1 && tokens.get(0).getType() == NeamLexer.IDENT
                && tokens.get(0).getText().equals(word);
    }
}
