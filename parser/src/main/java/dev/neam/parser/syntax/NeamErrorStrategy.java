package dev.neam.parser.syntax;

import dev.neam.parser.diagnostic.DiagnosticCode;
import dev.neam.parser.grammar.NeamLexer;
import dev.neam.parser.grammar.NeamParser;
import dev.neam.parser.text.Range;
import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.FailedPredicateException;
import org.antlr.v4.runtime.InputMismatchException;
import org.antlr.v4.runtime.NoViableAltException;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenStream;
import org.antlr.v4.runtime.misc.IntervalSet;

/**
 * ANTLR's recovery (single-token insertion and deletion, resynchronisation on follow sets) with
 * our own reporting: every error becomes a diagnostic with a stable code and a readable message,
 * never ANTLR's "mismatched input … expecting {…}".
 */
final class NeamErrorStrategy extends DefaultErrorStrategy {
    private final DiagnosticSink sink;

    NeamErrorStrategy(DiagnosticSink sink) {
        this.sink = sink;
    }

    @Override
    public void reportError(Parser recognizer, RecognitionException e) {
        if (inErrorRecoveryMode(recognizer)) {
            return;
        }
        beginErrorCondition(recognizer);
        if (e instanceof NoViableAltException nva) {
            reportNoViableAlternative(recognizer, nva);
        } else if (e instanceof InputMismatchException ime) {
            reportInputMismatch(recognizer, ime);
        } else if (e instanceof FailedPredicateException fpe) {
            reportFailedPredicate(recognizer, fpe);
        } else {
            unexpected(recognizer, e.getOffendingToken(), e.getExpectedTokens(), recognizer.getContext());
        }
    }

    @Override
    protected void reportNoViableAlternative(Parser recognizer, NoViableAltException e) {
        TokenStream tokens = recognizer.getInputStream();
        Token start = e.getStartToken();
        Token offending = e.getOffendingToken();
        if (atStatementLevel(recognizer.getContext()) && wordsBefore(tokens, start, offending) >= 2
                && headerWithoutBody(tokens, start, offending)) {
            return;
        }
        unexpected(recognizer, offending, e.getExpectedTokens(), e.getCtx() instanceof ParserRuleContext p ? p : null);
    }

    @Override
    protected void reportInputMismatch(Parser recognizer, InputMismatchException e) {
        unexpected(recognizer, e.getOffendingToken(), e.getExpectedTokens(), recognizer.getContext());
    }

    @Override
    protected void reportFailedPredicate(Parser recognizer, FailedPredicateException e) {
        unexpected(recognizer, e.getOffendingToken(), recognizer.getExpectedTokens(), recognizer.getContext());
    }

    @Override
    protected void reportUnwantedToken(Parser recognizer) {
        if (inErrorRecoveryMode(recognizer)) {
            return;
        }
        beginErrorCondition(recognizer);
        Token extra = recognizer.getCurrentToken();
        if (nameMissingAfterPath(recognizer, extra)) {
            return;
        }
        IntervalSet expected = getExpectedTokens(recognizer);
        String wanted = missingCommaOr(expected, extra, SyntaxMessages.describeExpected(expected, recognizer.getContext()));
        String message = "unexpected " + SyntaxMessages.describeToken(extra) + (wanted == null ? "" : "; expected " + wanted);
        sink.report(DiagnosticCode.UNEXPECTED_TOKEN, sink.range(extra), message);
    }

    @Override
    protected void reportMissingToken(Parser recognizer) {
        if (inErrorRecoveryMode(recognizer)) {
            return;
        }
        beginErrorCondition(recognizer);
        Token current = recognizer.getCurrentToken();
        IntervalSet expected = getExpectedTokens(recognizer);
        Token previous = recognizer.getInputStream().LT(-1);
        Range at = previous != null ? sink.after(previous) : sink.range(current);
        String missing = NeamParser.VOCABULARY.getLiteralName(expected.getMinElement());
        if (missing == null) {
            missing = SyntaxMessages.describeExpected(expected, recognizer.getContext());
        }
        String message;
        if (expected.getMinElement() == NeamLexer.SEMI) {
            message = "expected ';' at the end of the statement";
        } else {
            message = "expected " + missing + " before " + SyntaxMessages.describeToken(current);
        }
        sink.report(DiagnosticCode.MISSING_TOKEN, at, message);
    }

    private void unexpected(Parser recognizer, Token offending, IntervalSet expected, ParserRuleContext context) {
        if (bodyMissing(recognizer.getInputStream(), offending, context)) {
            return;
        }
        String wanted = expected == null ? null
                : missingCommaOr(expected, offending, SyntaxMessages.describeExpected(expected, context));
        if (nameMissingAfterPath(recognizer, offending)) {
            return;
        }
        Token before = previousOnChannel(recognizer.getInputStream(), offending);
        if (offending.getType() == NeamLexer.COLONCOLON && before != null && Character.isLetter(before.getText().charAt(0))) {
            sink.report(DiagnosticCode.UNEXPECTED_TOKEN, sink.range(offending),
                    "unexpected '::' after '" + before.getText() + "'; a property is written '" + before.getText() + ": value'");
            return;
        }
        if (offending.getType() == Token.EOF) {
            Token previous = lastRealToken(recognizer.getInputStream(), offending);
            Range at = previous != null ? sink.after(previous) : sink.range(offending);
            sink.report(DiagnosticCode.INCOMPLETE_INPUT, at,
                    "unexpected end of file" + (wanted == null ? "" : "; expected " + wanted));
            return;
        }
        if (expected != null && expected.size() == 1 && expected.contains(NeamLexer.SEMI)) {
            Token previous = previousOnChannel(recognizer.getInputStream(), offending);
            if (previous != null && previous.getLine() < offending.getLine()) {
                sink.report(DiagnosticCode.MISSING_TOKEN, sink.after(previous), "expected ';' at the end of the statement");
                return;
            }
        }
        String message = "unexpected " + SyntaxMessages.describeToken(offending) + (wanted == null ? "" : "; expected " + wanted);
        sink.report(DiagnosticCode.UNEXPECTED_TOKEN, sink.range(offending), message);
    }

    /**
     * `registry::;` in code: the name after '::' is missing. (In a declaration body `key:: value` is
     * a doubled colon, which {@link #unexpected} explains.)
     */
    private boolean nameMissingAfterPath(Parser recognizer, Token offending) {
        if (offending.getType() != NeamLexer.COLONCOLON) {
            return false;
        }
        for (ParserRuleContext c = recognizer.getContext(); c != null; c = c.getParent()) {
            if (c instanceof NeamParser.DeclBodyContext) {
                return false;
            }
            if (c instanceof NeamParser.StatementContext || c instanceof NeamParser.ExpressionContext) {
                break;
            }
        }
        Token next = nextOnChannel(recognizer.getInputStream(), offending);
        if (next == null || next.getType() == Token.EOF || next.getText().isEmpty()
                || Character.isLetter(next.getText().charAt(0)) || next.getText().charAt(0) == '_') {
            return false;
        }
        sink.report(DiagnosticCode.MISSING_TOKEN, sink.after(offending), "expected a name after '::'");
        return true;
    }

    /** `f(a b)`, `[1 2]`: when only a closer was expected before an operand, the likely slip is a missing comma. */
    private static String missingCommaOr(IntervalSet expected, Token next, String wanted) {
        if (expected.size() == 1 && (expected.contains(NeamLexer.RPAREN) || expected.contains(NeamLexer.RBRACK))
                && startsOperand(next)) {
            return "',' or " + (expected.contains(NeamLexer.RPAREN) ? "')'" : "']'");
        }
        return wanted;
    }

    private static boolean startsOperand(Token t) {
        int type = t.getType();
        return type == NeamLexer.IDENT || type == NeamLexer.STRING || type == NeamLexer.NUMBER
                || type == NeamLexer.SQ_STRING || type == NeamLexer.QUANTITY;
    }

    private static boolean atStatementLevel(ParserRuleContext context) {
        return context instanceof NeamParser.StatementContext || context instanceof NeamParser.ProgramContext
                || context instanceof NeamParser.BlockContext || context instanceof NeamParser.DeclarationCoreContext
                || context instanceof NeamParser.DeclarationContext;
    }

    private static int wordsBefore(TokenStream tokens, Token start, Token offending) {
        if (start == null || offending == null) {
            return 0;
        }
        int count = 0;
        for (int i = start.getTokenIndex(); i < offending.getTokenIndex(); i++) {
            if (tokens.get(i).getChannel() == Token.DEFAULT_CHANNEL) {
                count++;
            }
        }
        return count;
    }

    /** Inside a declaration header that never reached its '{': say that the body is missing. */
    private boolean bodyMissing(TokenStream tokens, Token offending, ParserRuleContext context) {
        for (ParserRuleContext c = context; c != null; c = c.getParent()) {
            if (c instanceof NeamParser.DomainDeclContext decl) {
                if (decl.declBody() != null && decl.declBody().start != offending) {
                    return false;
                }
                return headerWithoutBody(tokens, decl.start, offending);
            }
            if (c instanceof NeamParser.DeclBodyContext || c instanceof NeamParser.StatementContext) {
                return false;
            }
        }
        return false;
    }

    /** `agent Triage` followed by something other than '{': say that the body is missing. */
    private boolean headerWithoutBody(TokenStream tokens, Token start, Token offending) {
        if (start == null || offending == null || start.getType() != NeamLexer.IDENT) {
            return false;
        }
        int from = start.getTokenIndex();
        int to = offending.getTokenIndex();
        if (to - from < 1) {
            return false;
        }
        StringBuilder header = new StringBuilder();
        Token last = null;
        for (int i = from; i < to; i++) {
            Token t = tokens.get(i);
            if (t.getChannel() != Token.DEFAULT_CHANNEL) {
                continue;
            }
            if (t.getType() != NeamLexer.IDENT || t.getLine() != start.getLine()) {
                return false;
            }
            header.append(header.length() == 0 ? "" : " ").append(t.getText());
            last = t;
        }
        if (last == null || offending.getType() == NeamLexer.LBRACE || offending.getType() == NeamLexer.ASSIGN) {
            return false;
        }
        sink.report(DiagnosticCode.MISSING_TOKEN, sink.after(last),
                "expected '{' to start the body of '" + header + "'");
        return true;
    }

    private static Token lastRealToken(TokenStream tokens, Token eof) {
        return previousOnChannel(tokens, eof);
    }

    private static Token nextOnChannel(TokenStream tokens, Token token) {
        for (int i = token.getTokenIndex() + 1; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.getChannel() == Token.DEFAULT_CHANNEL) {
                return t;
            }
        }
        return null;
    }

    private static Token previousOnChannel(TokenStream tokens, Token token) {
        for (int i = token.getTokenIndex() - 1; i >= 0; i--) {
            Token t = tokens.get(i);
            if (t.getChannel() == Token.DEFAULT_CHANNEL) {
                return t;
            }
        }
        return null;
    }
}
