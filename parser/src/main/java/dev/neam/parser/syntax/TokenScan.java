package dev.neam.parser.syntax;

import dev.neam.parser.diagnostic.DiagnosticCode;
import dev.neam.parser.grammar.NeamLexer;
import dev.neam.parser.text.Position;
import dev.neam.parser.text.Range;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.Token;

/**
 * Reports lexical problems (stray characters, unterminated strings and comments, block comments,
 * number forms neamc does not read) and turns the tokens behind them into something the parser can
 * continue with.
 */
final class TokenScan {
    private TokenScan() {
    }

    static List<Token> scan(List<? extends Token> tokens, DiagnosticSink sink) {
        List<Token> out = new ArrayList<>(tokens.size());
        int i = 0;
        while (i < tokens.size()) {
            Token token = tokens.get(i);
            switch (token.getType()) {
                case NeamLexer.ERROR_CHAR -> {
                    int j = i;
                    while (j + 1 < tokens.size() && tokens.get(j + 1).getType() == NeamLexer.ERROR_CHAR
                            && tokens.get(j + 1).getStartIndex() == tokens.get(j).getStopIndex() + 1) {
                        j++;
                    }
                    reportStrayCharacters(tokens.get(i), tokens.get(j), sink);
                    for (int k = i; k <= j; k++) {
                        out.add(tokens.get(k));
                    }
                    i = j + 1;
                    continue;
                }
                case NeamLexer.UNTERMINATED_STRING -> {
                    Range whole = sink.range(token);
                    Position start = whole.start();
                    int lineEnd = sink.text().lineEnd(start.line());
                    Range firstLine = new Range(start, sink.text().positionAt(lineEnd));
                    sink.report(DiagnosticCode.UNTERMINATED_STRING, firstLine,
                            "unterminated string: the closing " + closingQuote(token.getText()) + " is missing"
                                    + escapedQuoteHint(token.getText()));
                    sink.swallowedFrom(start);
                    CommonToken asString = new CommonToken(token);
                    asString.setType(NeamLexer.STRING);
                    out.add(asString);
                }
                case NeamLexer.UNTERMINATED_BLOCK_COMMENT -> {
                    Range whole = sink.range(token);
                    sink.report(DiagnosticCode.UNTERMINATED_STRING, new Range(whole.start(),
                            new Position(whole.start().line(), whole.start().character() + 2)),
                            "unterminated comment: '/*' is never closed by '*/'");
                    sink.swallowedFrom(whole.start());
                    out.add(token);
                }
                case NeamLexer.UNTERMINATED_REGEX -> {
                    sink.report(DiagnosticCode.UNTERMINATED_STRING, sink.range(token),
                            "unterminated regular expression: the closing '/' is missing on this line");
                    CommonToken asRegex = new CommonToken(token);
                    asRegex.setType(NeamLexer.REGEX);
                    out.add(asRegex);
                }
                case NeamLexer.BLOCK_COMMENT -> {
                    Range whole = sink.range(token);
                    sink.report(DiagnosticCode.BLOCK_COMMENT, new Range(whole.start(),
                            new Position(whole.start().line(), whole.start().character() + 2)),
                            "neamc does not accept '/* … */' comments; use '//' line comments");
                    out.add(token);
                }
                case NeamLexer.QUANTITY -> {
                    NumberForms.check(tokens, i, sink);
                    out.add(token);
                }
                case NeamLexer.IDENT -> {
                    int next = fstringAfterSpace(tokens, i);
                    if (next < 0) {
                        out.add(token);
                    } else {
                        out.add(mergedFString(token, tokens.get(next), sink));
                        i = next;
                    }
                }
                default -> out.add(token);
            }
            i++;
        }
        return out;
    }

    /** `f "text"`: the f-string prefix may stand apart from its string (they are two tokens upstream). */
    private static int fstringAfterSpace(List<? extends Token> tokens, int i) {
        Token f = tokens.get(i);
        if (f.getStopIndex() != f.getStartIndex() || !f.getText().equals("f")) { // the length test spares building the text
            return -1;
        }
        int j = i + 1;
        while (j < tokens.size() && tokens.get(j).getType() == NeamLexer.WS) {
            j++;
        }
        if (j == i + 1 || j >= tokens.size()) {
            return -1;
        }
        int type = tokens.get(j).getType();
        return type == NeamLexer.STRING || type == NeamLexer.SQ_STRING ? j : -1;
    }

    private static Token mergedFString(Token f, Token string, DiagnosticSink sink) {
        CommonToken merged = new CommonToken(f);
        merged.setType(NeamLexer.FSTRING);
        merged.setStopIndex(string.getStopIndex());
        merged.setText(sink.text().text().substring(sink.text().utf16Offset(f.getStartIndex()),
                sink.text().utf16Offset(string.getStopIndex() + 1)));
        return merged;
    }

    /** A `\"` inside the text is the likely cause: it does not end the string. */
    private static String escapedQuoteHint(String text) {
        return text.contains("\\\"") || text.contains("\\'")
                ? " (a backslash escapes the quote after it; write '\\\\' for a backslash)" : "";
    }

    private static String closingQuote(String text) {
        return text.startsWith("'") || text.startsWith("f'") ? "\"'\"" : "'\"'";
    }

    private static void reportStrayCharacters(Token first, Token last, DiagnosticSink sink) {
        Range range = sink.span(first, last);
        String chars = sink.text().slice(range);
        String message;
        if (chars.equals("&")) {
            message = "unexpected character '&'; the logical operator is '&&'";
        } else if (chars.equals("\\")) {
            message = "unexpected character '\\' outside a string";
        } else if (chars.codePoints().anyMatch(c -> c > 127)) {
            message = "unexpected character" + (chars.codePointCount(0, chars.length()) > 1 ? "s '" : " '") + chars
                    + "': names and operators are ASCII only (other characters may appear in strings and comments)";
        } else {
            message = "unexpected character" + (chars.length() > 1 ? "s '" : " '") + chars + "'";
        }
        sink.report(DiagnosticCode.UNEXPECTED_CHARACTER, range, message);
    }
}
