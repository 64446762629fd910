package dev.neam.parser.syntax;

import dev.neam.parser.diagnostic.DiagnosticCode;
import dev.neam.parser.grammar.NeamLexer;
import dev.neam.parser.text.Range;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.antlr.v4.runtime.Token;

/**
 * Number forms other languages have and neamc does not (NEAM0010): an exponent ({@code 1e6}),
 * hexadecimal digits ({@code 0xFF}) and {@code _} separators ({@code 1_000}). neamc reads a number as
 * digits with an optional fraction, so each of these is a number followed by a name. They lex as a
 * quantity (a number with a unit, like {@code 30s}); this tells them apart by their form.
 */
final class NumberForms {
    private static final Pattern HEX = Pattern.compile("0[xX]([0-9a-fA-F_]+)");
    private static final Pattern EXPONENT = Pattern.compile("([0-9]+(?:\\.[0-9]+)?)[eE]([0-9]*)");
    private static final Pattern SEPARATED = Pattern.compile("[0-9]+(?:_[0-9]+)+(?:\\.[0-9]+)?");

    private NumberForms() {
    }

    /** Reports the quantity token at {@code i} when it is one of those forms. */
    static void check(List<? extends Token> tokens, int i, DiagnosticSink sink) {
        Token token = tokens.get(i);
        String text = token.getText();
        Matcher hex = HEX.matcher(text);
        if (hex.matches()) {
            String digits = hex.group(1).replace("_", "");
            report(sink, sink.range(token), "'" + text + "' is a hexadecimal number, which neamc does not read (it reads 0 "
                    + "followed by the name '" + text.substring(1) + "')" + plain(() -> new BigInteger(digits, 16).toString()));
            return;
        }
        Matcher exponent = EXPONENT.matcher(text);
        if (exponent.matches()) {
            Range range = sink.range(token);
            String written = text;
            String power = exponent.group(2);
            if (power.isEmpty() && i + 2 < tokens.size() && isSign(tokens.get(i + 1))
                    && adjacent(token, tokens.get(i + 1)) && tokens.get(i + 2).getType() == NeamLexer.NUMBER
                    && adjacent(tokens.get(i + 1), tokens.get(i + 2))) {
                power = tokens.get(i + 1).getText() + tokens.get(i + 2).getText();
                written = text + power;
                range = sink.span(token, tokens.get(i + 2));
            }
            String value = exponent.group(1) + "E" + (power.isEmpty() ? "0" : power);
            String mantissa = exponent.group(1);
            report(sink, range, "'" + written + "' has an exponent, which neamc does not read (it reads " + mantissa
                    + " followed by the name '" + text.substring(mantissa.length()) + "')"
                    + plain(() -> new BigDecimal(value).toPlainString()));
            return;
        }
        if (SEPARATED.matcher(text).matches()) {
            report(sink, sink.range(token), "'" + text + "' uses '_' separators, which neamc does not read (it reads "
                    + text.substring(0, text.indexOf('_')) + " followed by the name '" + text.substring(text.indexOf('_'))
                    + "'); write " + text.replace("_", ""));
        }
    }

    private static void report(DiagnosticSink sink, Range range, String message) {
        sink.report(DiagnosticCode.INVALID_NUMBER, range, message);
    }

    /** {@code "; write 255"}, or nothing when the value does not convert. */
    private static String plain(Supplier<String> value) {
        try {
            return "; write " + value.get();
        } catch (RuntimeException e) {
            return "";
        }
    }

    private static boolean isSign(Token token) {
        return token.getText().equals("-") || token.getText().equals("+");
    }

    private static boolean adjacent(Token a, Token b) {
        return a.getStopIndex() + 1 == b.getStartIndex();
    }
}
