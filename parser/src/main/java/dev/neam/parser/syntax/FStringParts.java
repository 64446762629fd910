package dev.neam.parser.syntax;

import dev.neam.parser.ast.Expr;
import dev.neam.parser.ast.Name;
import dev.neam.parser.grammar.NeamLexer;
import dev.neam.parser.grammar.NeamParser;
import dev.neam.parser.text.Range;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.CommonTokenFactory;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenSource;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.Pair;
import org.antlr.v4.runtime.misc.ParseCancellationException;

/**
 * Parses the `{expr}` segments of an f-string as expressions. Each segment is lexed on its own
 * with tokens shifted to their place in the document, so every range is exact.
 */
final class FStringParts {
    private final DiagnosticSink sink;

    FStringParts(DiagnosticSink sink) {
        this.sink = sink;
    }

    List<Expr> parts(Token fstring) {
        String text = fstring.getText();
        List<Expr> parts = new ArrayList<>();
        // Work in code points so that shifted indexes match ANTLR's. The body starts after the
        // first quote (`f"`, `f'`, or `f "` when the prefix stands apart).
        int[] cps = text.codePoints().toArray();
        int i = 1;
        while (i < cps.length && cps[i] != '"' && cps[i] != '\'') {
            i++;
        }
        i++;
        int end = cps.length - 1;
        while (i < end) {
            if (cps[i] != '{') {
                i++;
                continue;
            }
            int depth = 1;
            int j = i + 1;
            while (j < end && depth > 0) {
                if (cps[j] == '{') {
                    depth++;
                } else if (cps[j] == '}') {
                    depth--;
                }
                if (depth > 0) {
                    j++;
                }
            }
            if (depth != 0) {
                break;
            }
            String segment = new String(cps, i + 1, j - i - 1);
            if (!segment.isBlank()) {
                Expr e = parseSegment(segment, fstring.getStartIndex() + i + 1);
                if (e != null) {
                    parts.add(e);
                }
            }
            i = j + 1;
        }
        return List.copyOf(parts);
    }

    private Expr parseSegment(String segment, int documentIndex) {
        CharStream chars = CharStreams.fromString(segment);
        NeamLexer lexer = new NeamLexer(chars);
        lexer.removeErrorListeners();
        lexer.setTokenFactory(new ShiftingTokenFactory(documentIndex));
        CommonTokenStream stream = new CommonTokenStream(lexer);
        stream.fill();
        Token name = soleName(stream.getTokens());
        if (name != null) { // `{name}`, the common case, needs no parser
            Range range = sink.range(name);
            return new Expr.Identifier(new Name(name.getText(), range), range);
        }
        // SLL first, as for whole files: in LL mode nearly every segment paid for a full-context prediction.
        NeamParser parser = new NeamParser(stream);
        parser.removeErrorListeners();
        parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
        parser.setErrorHandler(new BailErrorStrategy());
        NeamParser.StandaloneExpressionContext ctx;
        try {
            ctx = parser.standaloneExpression();
        } catch (ParseCancellationException e) {
            stream.seek(0);
            parser.setTokenStream(stream);
            parser.getInterpreter().setPredictionMode(PredictionMode.LL);
            parser.setErrorHandler(new NeamErrorStrategy(sink));
            ctx = parser.standaloneExpression();
        }
        return new AstBuilder(sink, HiddenTokens.of(stream), this).expr(ctx.expression());
    }

    /** The only token of a segment when it is a plain name, else null. */
    private static Token soleName(List<Token> tokens) {
        Token name = null;
        for (Token t : tokens) {
            if (t.getChannel() != Token.DEFAULT_CHANNEL || t.getType() == Token.EOF) {
                continue;
            }
            if (name != null || t.getType() != NeamLexer.IDENT) {
                return null;
            }
            name = t;
        }
        return name;
    }

    /** Creates tokens whose character indexes point into the whole document. */
    private static final class ShiftingTokenFactory extends CommonTokenFactory {
        private final int shift;

        ShiftingTokenFactory(int shift) {
            this.shift = shift;
        }

        @Override
        public CommonToken create(Pair<TokenSource, CharStream> source, int type, String text, int channel, int start,
                                  int stop, int line, int charPositionInLine) {
            CommonToken token = super.create(source, type, text, channel, start, stop, line, charPositionInLine);
            token.setText(source.b.getText(org.antlr.v4.runtime.misc.Interval.of(start, stop)));
            token.setStartIndex(start + shift);
            token.setStopIndex(stop + shift);
            return token;
        }
    }
}
