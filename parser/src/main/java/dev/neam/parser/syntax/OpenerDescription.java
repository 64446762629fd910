package dev.neam.parser.syntax;

import dev.neam.parser.grammar.NeamLexer;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.Token;

/**
 * Names the construct a '{' opens by looking at the tokens before it ("agent 'Triage'",
 * "function 'main'", "'if' block"), for messages about unclosed braces.
 */
final class OpenerDescription {
    private OpenerDescription() {
    }

    static String describe(List<Token> tokens, int braceIndex) {
        int prev = previousDefault(tokens, braceIndex);
        if (prev < 0) {
            return "block";
        }
        Token p = tokens.get(prev);
        switch (p.getType()) {
            case NeamLexer.RPAREN -> {
                return describeAfterParens(tokens, prev);
            }
            case NeamLexer.ELSE, NeamLexer.TRY, NeamLexer.FINALLY -> {
                return "'" + p.getText() + "' block";
            }
            case NeamLexer.STRING, NeamLexer.SQ_STRING -> {
                int before = previousDefault(tokens, prev);
                if (before >= 0 && (tokens.get(before).getType() == NeamLexer.TEST
                        || tokens.get(before).getType() == NeamLexer.SUITE)) {
                    return tokens.get(before).getText() + " " + p.getText();
                }
                return "block";
            }
            case NeamLexer.ASSIGN, NeamLexer.LPAREN, NeamLexer.COMMA, NeamLexer.LBRACK, NeamLexer.RETURN,
                 NeamLexer.EMIT -> {
                return "map";
            }
            case NeamLexer.COLON -> {
                int key = previousDefault(tokens, prev);
                return key >= 0 ? "the value of '" + tokens.get(key).getText() + "'" : "block";
            }
            case NeamLexer.GT -> {
                return describeWords(tokens, prev);
            }
            default -> {
                if (isWord(p)) {
                    return describeWords(tokens, prev + 1 == braceIndex ? prev : prev);
                }
                return "block";
            }
        }
    }

    /** `agent Triage {` → agent 'Triage'; `claw agent Bot {` → claw agent 'Bot'; `session {` → 'session' block. */
    private static String describeWords(List<Token> tokens, int last) {
        int nameIndex = last;
        if (tokens.get(last).getType() == NeamLexer.GT) {
            // struct Name<T> {
            int i = last;
            while (i >= 0 && tokens.get(i).getType() != NeamLexer.LT) {
                i--;
            }
            nameIndex = previousDefault(tokens, i);
            if (nameIndex < 0) {
                return "block";
            }
        }
        Token name = tokens.get(nameIndex);
        List<String> words = new ArrayList<>();
        int i = previousDefault(tokens, nameIndex);
        while (i >= 0 && isWord(tokens.get(i)) && tokens.get(i).getLine() == name.getLine()
                && tokens.get(i).getType() != NeamLexer.PUB) {
            words.add(0, tokens.get(i).getText());
            i = previousDefault(tokens, i);
        }
        if (words.isEmpty()) {
            return "'" + name.getText() + "' block";
        }
        if (words.get(words.size() - 1).equals("for") && words.size() >= 2) {
            return "impl '" + String.join(" ", words.subList(1, words.size())) + " " + name.getText() + "'";
        }
        return String.join(" ", words) + " '" + name.getText() + "'";
    }

    private static String describeAfterParens(List<Token> tokens, int closeParen) {
        int depth = 0;
        int i = closeParen;
        for (; i >= 0; i--) {
            int type = tokens.get(i).getType();
            if (tokens.get(i).getChannel() != Token.DEFAULT_CHANNEL) {
                continue;
            }
            if (type == NeamLexer.RPAREN) {
                depth++;
            } else if (type == NeamLexer.LPAREN && --depth == 0) {
                break;
            }
        }
        int before = previousDefault(tokens, i);
        if (before < 0) {
            return "block";
        }
        Token head = tokens.get(before);
        switch (head.getType()) {
            case NeamLexer.IF, NeamLexer.WHILE, NeamLexer.FOR, NeamLexer.CATCH -> {
                return "'" + head.getText() + "' block";
            }
            case NeamLexer.FUN, NeamLexer.FN -> {
                return "function";
            }
            default -> {
                if (!isWord(head)) {
                    return "block";
                }
                int keyword = previousDefault(tokens, before);
                int keywordType = keyword >= 0 ? tokens.get(keyword).getType() : -1;
                if (keywordType == NeamLexer.FUN || keywordType == NeamLexer.FN) {
                    return "function '" + head.getText() + "'";
                }
                if (keywordType == NeamLexer.LBRACK || keywordType == NeamLexer.COMMA || keywordType == NeamLexer.COLON) {
                    return "'" + head.getText() + "(…)' block";
                }
                return "'" + head.getText() + "' handler";
            }
        }
    }

    private static boolean isWord(Token t) {
        return t.getType() == NeamLexer.IDENT || (t.getText() != null && !t.getText().isEmpty()
                && Character.isLetter(t.getText().charAt(0)) && t.getType() != NeamLexer.STRING
                && t.getType() != NeamLexer.PATH && t.getType() != NeamLexer.FSTRING
                && t.getType() != NeamLexer.QUANTITY);
    }

    private static int previousDefault(List<Token> tokens, int index) {
        for (int i = index - 1; i >= 0; i--) {
            if (tokens.get(i).getChannel() == Token.DEFAULT_CHANNEL) {
                return i;
            }
        }
        return -1;
    }
}
