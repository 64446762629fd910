package dev.neam.parser.syntax;

import dev.neam.parser.diagnostic.DiagnosticCode;
import dev.neam.parser.grammar.NeamLexer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.Token;

/**
 * Closes a list that was left open when the next property starts: in `skills: [search,` followed
 * by a line `system: "…"`, the '[' is closed before `system`. A line starting with `word:` is
 * never valid directly inside '[' … ']', so this never changes a correct file.
 */
final class ListRepair {
    private ListRepair() {
    }

    static List<Token> repair(List<Token> tokens, DiagnosticSink sink, Set<Token> synthetic) {
        Deque<Integer> open = new ArrayDeque<>();
        List<Token> out = null;
        int previous = -1;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.getChannel() != Token.DEFAULT_CHANNEL) {
                if (out != null) {
                    out.add(t);
                }
                continue;
            }
            boolean startsLine = previous >= 0 && tokens.get(previous).getLine() != t.getLine();
            if (startsLine && !open.isEmpty() && tokens.get(open.peek()).getType() == NeamLexer.LBRACK
                    && isPropertyStart(tokens, i)) {
                int opener = open.pop();
                if (out == null) {
                    out = new ArrayList<>(tokens.subList(0, i));
                }
                Token last = tokens.get(previous);
                sink.reportWithRelated(DiagnosticCode.MISSING_TOKEN, sink.after(last),
                        "expected ']' to close the list opened on line " + tokens.get(opener).getLine(),
                        sink.range(tokens.get(opener)), "the '[' that is not closed");
                CommonToken closer = SyntheticTokens.at(last, NeamLexer.RBRACK, "]", last.getStopIndex() + 1,
                        last.getLine(), last.getCharPositionInLine() + last.getText().length());
                synthetic.add(closer);
                out.add(closer);
            }
            switch (t.getType()) {
                case NeamLexer.LBRACK, NeamLexer.LBRACE, NeamLexer.LPAREN -> open.push(i);
                case NeamLexer.RBRACK, NeamLexer.RBRACE, NeamLexer.RPAREN -> {
                    if (!open.isEmpty()) {
                        open.pop();
                    }
                }
                default -> {
                }
            }
            if (out != null) {
                out.add(t);
            }
            previous = i;
        }
        return out == null ? tokens : out;
    }

    private static boolean isPropertyStart(List<Token> tokens, int i) {
        Token word = tokens.get(i);
        if (word.getText() == null || word.getText().isEmpty() || !Character.isLetter(word.getText().charAt(0))
                || word.getType() == NeamLexer.STRING) {
            return false;
        }
        for (int j = i + 1; j < tokens.size(); j++) {
            Token t = tokens.get(j);
            if (t.getChannel() == Token.DEFAULT_CHANNEL) {
                return t.getType() == NeamLexer.COLON && t.getLine() == word.getLine();
            }
        }
        return false;
    }
}
