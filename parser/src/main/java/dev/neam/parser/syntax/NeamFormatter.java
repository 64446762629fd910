package dev.neam.parser.syntax;

import dev.neam.parser.diagnostic.Severity;
import dev.neam.parser.grammar.NeamLexer;
import dev.neam.parser.grammar.NeamParser;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ErrorNode;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * The one Neam style: two-space indentation by bracket depth, one property per line in
 * declaration bodies, one statement per line in multi-line blocks, single spaces around binary
 * operators and after commas and colons, at most one blank line, one blank line between
 * top-level declarations. It works on tokens, so comments and string contents are kept exactly;
 * a file with syntax errors is not formatted.
 */
public final class NeamFormatter {
    private static final String INDENT = "  ";

    private final List<Token> tokens;
    private final String indentUnit;
    private final Set<Integer> binary = new HashSet<>();
    private final Set<Integer> tight = new HashSet<>();
    private final Set<Integer> breakBefore = new HashSet<>();
    private final Set<Integer> blankBefore = new HashSet<>();

    private NeamFormatter(List<Token> tokens, String indentUnit) {
        this.tokens = tokens;
        this.indentUnit = indentUnit;
    }

    /** The formatted text, or empty when the file has syntax errors. */
    public static Optional<String> format(String text) {
        return format(text, INDENT);
    }

    /** As {@link #format(String)} with one level of indentation written as {@code indentUnit} (spaces or a tab). */
    public static Optional<String> format(String text, String indentUnit) {
        boolean hasErrors = NeamSyntax.parse(text).diagnostics().stream()
                .anyMatch(d -> d.severity() == Severity.ERROR);
        if (hasErrors) {
            return Optional.empty();
        }
        return Optional.of(formatValid(text, indentUnit));
    }

    /**
     * As {@link #format(String, String)} for a text the caller has parsed already and found free of
     * syntax errors (an editor's analysis has), which saves parsing it once more.
     */
    public static String formatValid(String text, String indentUnit) {
        NeamSyntax.TokensAndTree parsed = NeamSyntax.tokensAndTree(text);
        NeamFormatter formatter = new NeamFormatter(parsed.tokens(), indentUnit);
        formatter.classify(parsed.tree());
        return formatter.print();
    }

    /**
     * One top-level item of a file, formatted on its own: its text as the whole file's formatting
     * writes it (it starts at depth 0 on a line of its own), and what decides the blank lines
     * around it. See {@link dev.neam.parser.formatting.ItemFormatting}.
     */
    public record Item(String text, boolean firstIsBlock, boolean lastIsBlock) {
    }

    /**
     * Formats the text of one top-level item; empty when it is not one or more complete statements
     * starting with code (a syntax error on its own, a leading comment), so the caller formats the
     * whole file instead.
     */
    public static Optional<Item> formatItem(String text, String indentUnit) {
        NeamSyntax.TokensAndTree parsed = NeamSyntax.tokensAndTree(text);
        List<Token> tokens = parsed.tokens();
        if (tokens.isEmpty() || tokens.get(0).getChannel() != Token.DEFAULT_CHANNEL) {
            return Optional.empty();
        }
        NeamParser.ProgramContext tree = parsed.tree();
        List<NeamParser.StatementContext> statements = tree.statement();
        if (statements.isEmpty() || hasErrors(tree)) {
            return Optional.empty();
        }
        NeamFormatter formatter = new NeamFormatter(tokens, indentUnit);
        formatter.classify(tree);
        String printed = formatter.print();
        return Optional.of(new Item(printed.substring(0, printed.length() - 1), isBlockDeclaration(statements.get(0)),
                isBlockDeclaration(statements.get(statements.size() - 1))));
    }

    /** Whether the parser recovered from an error anywhere in the tree (a token it skipped or made up, a rule it gave up). */
    private static boolean hasErrors(ParseTree node) {
        if (node instanceof ErrorNode || node instanceof ParserRuleContext ctx && ctx.exception != null) {
            return true;
        }
        for (int i = 0; i < node.getChildCount(); i++) {
            if (hasErrors(node.getChild(i))) {
                return true;
            }
        }
        return false;
    }

    // ---- what the tree says about tokens ------------------------------------------------------

    private void classify(ParseTree node) {
        if (node instanceof NeamParser.BinaryExprContext b) {
            binary.add(b.op.getTokenIndex());
        } else if (node instanceof NeamParser.AssignExprContext a) {
            binary.add(a.op.getTokenIndex());
        } else if (node instanceof NeamParser.ConditionalExprContext c && c.COLON() != null) {
            binary.add(c.QUESTION().getSymbol().getTokenIndex());
            binary.add(c.COLON().getSymbol().getTokenIndex());
        } else if (node instanceof NeamParser.InExprContext in) {
            if (in.NOT() != null) {
                binary.add(in.NOT().getSymbol().getTokenIndex());
            }
            binary.add(in.IN().getSymbol().getTokenIndex());
        } else if (node instanceof NeamParser.IndexOrSliceContext slice) {
            slice.COLON().forEach(c -> tight.add(c.getSymbol().getTokenIndex()));
            if (slice.COLONCOLON() != null) {
                tight.add(slice.COLONCOLON().getSymbol().getTokenIndex());
            }
        } else if (node instanceof NeamParser.TypeAtomContext type) {
            markTight(type, NeamLexer.LT, NeamLexer.GT);
        } else if (node instanceof NeamParser.TypeParamsContext params) {
            markTight(params, NeamLexer.LT, NeamLexer.GT);
        } else if (node instanceof NeamParser.ParamContext p && p.ASSIGN() != null) {
            binary.add(p.ASSIGN().getSymbol().getTokenIndex());
        } else if (node instanceof NeamParser.DeclBodyContext body && !body.member().isEmpty()) {
            for (NeamParser.MemberContext member : body.member()) {
                breakBefore.add(member.start.getTokenIndex());
            }
            breakBefore.add(body.RBRACE().getSymbol().getTokenIndex());
        } else if (node instanceof NeamParser.BlockContext block && spansLines(block) && !block.statement().isEmpty()) {
            for (NeamParser.StatementContext s : block.statement()) {
                breakBefore.add(s.start.getTokenIndex());
            }
            breakBefore.add(block.RBRACE().getSymbol().getTokenIndex());
        } else if (node instanceof NeamParser.LambdaBodyContext body && spansLines(body) && !body.lambdaItem().isEmpty()) {
            for (NeamParser.LambdaItemContext item : body.lambdaItem()) {
                breakBefore.add(item.start.getTokenIndex());
            }
            breakBefore.add(body.RBRACE().getSymbol().getTokenIndex());
        } else if (node instanceof NeamParser.ProgramContext program) {
            NeamParser.StatementContext previous = null;
            for (NeamParser.StatementContext s : program.statement()) {
                breakBefore.add(s.start.getTokenIndex());
                if (previous != null && (isBlockDeclaration(previous) || isBlockDeclaration(s))) {
                    blankBefore.add(leadingCommentStart(s.start.getTokenIndex()));
                }
                previous = s;
            }
        }
        for (int i = 0; i < node.getChildCount(); i++) {
            classify(node.getChild(i));
        }
    }

    /** The first comment of the run directly above a token (so a blank line never separates a doc comment from its declaration). */
    private int leadingCommentStart(int index) {
        return leadingCommentStart(tokens, index);
    }

    /**
     * The first comment of the run of comments directly above {@code tokens[index]} (no blank line
     * in between), or {@code index} when there is none; {@code index} may be {@code tokens.size()}.
     */
    public static int leadingCommentStart(List<Token> tokens, int index) {
        int start = index;
        for (int j = index - 1; j >= 0; j--) {
            Token t = tokens.get(j);
            if (t.getType() == NeamLexer.LINE_COMMENT || t.getType() == NeamLexer.DOC_COMMENT) {
                start = j;
            } else if (t.getType() != NeamLexer.WS || t.getText().chars().filter(c -> c == '\n').count() > 1) {
                break;
            }
        }
        return start;
    }

    private void markTight(ParserRuleContext ctx, int... types) {
        for (int i = 0; i < ctx.getChildCount(); i++) {
            if (ctx.getChild(i) instanceof TerminalNode t) {
                for (int type : types) {
                    if (t.getSymbol().getType() == type) {
                        tight.add(t.getSymbol().getTokenIndex());
                    }
                }
            }
        }
    }

    private static boolean spansLines(ParserRuleContext ctx) {
        return ctx.stop != null && ctx.stop.getLine() != ctx.start.getLine();
    }

    private static boolean isBlockDeclaration(NeamParser.StatementContext s) {
        if (s.declaration() == null || s.declaration().declarationCore() == null) {
            return false;
        }
        NeamParser.DeclarationCoreContext core = s.declaration().declarationCore();
        return core.importDecl() == null && core.moduleDecl() == null && core.letDecl() == null
                && core.constDecl() == null && core.bindingDecl() == null;
    }

    // ---- printing -----------------------------------------------------------------------------

    private String print() {
        StringBuilder out = new StringBuilder();
        Deque<Integer> openIndents = new ArrayDeque<>();
        int lineIndent = 0;
        Token previous = null;
        int pendingNewlines = 0;
        boolean atLineStart = true;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.getType() == Token.EOF) {
                break;
            }
            if (t.getType() == NeamLexer.WS) {
                long newlines = t.getText().chars().filter(c -> c == '\n').count();
                pendingNewlines = Math.max(pendingNewlines, (int) Math.min(newlines, 2));
                continue;
            }
            boolean comment = t.getChannel() != Token.DEFAULT_CHANNEL;
            if (previous != null && !comment && breakBefore.contains(i)) {
                pendingNewlines = Math.max(pendingNewlines, 1);
            }
            if (previous != null && blankBefore.contains(i)) {
                pendingNewlines = 2;
            }
            if (previous != null && previous.getType() == NeamLexer.LINE_COMMENT
                    || previous != null && previous.getType() == NeamLexer.DOC_COMMENT) {
                pendingNewlines = Math.max(pendingNewlines, 1);
            }
            if (previous == null) {
                pendingNewlines = 0;
            }
            if (pendingNewlines > 0) {
                trimTrailingSpaces(out);
                out.append("\n".repeat(pendingNewlines));
                atLineStart = true;
            } else if (previous != null && space(previous, t, i)) {
                out.append(' ');
            }
            pendingNewlines = 0;
            if (atLineStart) {
                int indent;
                if (isCloser(t) && !openIndents.isEmpty()) {
                    indent = openIndents.peek();
                } else {
                    indent = openIndents.isEmpty() ? 0 : openIndents.peek() + 1;
                    if (continues(t)) {
                        indent++;
                    }
                }
                out.append(indentUnit.repeat(indent));
                lineIndent = indent;
                atLineStart = false;
            }
            out.append(t.getText());
            if (isOpener(t)) {
                openIndents.push(lineIndent);
            } else if (isCloser(t) && !openIndents.isEmpty()) {
                openIndents.pop();
            }
            previous = t;
        }
        trimTrailingSpaces(out);
        out.append('\n');
        return out.toString();
    }

    private boolean space(Token left, Token right, int rightIndex) {
        int l = left.getType();
        int r = right.getType();
        int leftIndex = left.getTokenIndex();
        if (right.getChannel() != Token.DEFAULT_CHANNEL) {
            return true;
        }
        if (binary.contains(leftIndex) || binary.contains(rightIndex)) {
            return true;
        }
        if (tight.contains(leftIndex) && r == NeamLexer.LBRACE) {
            return true;
        }
        if (tight.contains(leftIndex) || tight.contains(rightIndex)) {
            return false;
        }
        switch (r) {
            case NeamLexer.COMMA, NeamLexer.SEMI, NeamLexer.RPAREN, NeamLexer.RBRACK, NeamLexer.DOT,
                 NeamLexer.QUESTION, NeamLexer.QUESTION_DOT, NeamLexer.COLON, NeamLexer.COLONCOLON -> {
                return false;
            }
            case NeamLexer.RBRACE -> {
                return l != NeamLexer.LBRACE;
            }
            case NeamLexer.LPAREN -> {
                return !(isWordLike(left) && !isSpacedKeyword(l)) && l != NeamLexer.RPAREN && l != NeamLexer.RBRACK
                        && l != NeamLexer.BANG && l != NeamLexer.LPAREN && l != NeamLexer.LBRACK && l != NeamLexer.AT
                        || isSpacedKeyword(l);
            }
            case NeamLexer.LBRACK -> {
                return !(isWordLike(left) || l == NeamLexer.RPAREN || l == NeamLexer.RBRACK || l == NeamLexer.HASH
                        || l == NeamLexer.LPAREN || l == NeamLexer.LBRACK) || isSpacedKeyword(l);
            }
            case NeamLexer.BANG -> {
                return l != NeamLexer.PANIC && l != NeamLexer.LPAREN && l != NeamLexer.LBRACK;
            }
            default -> {
            }
        }
        switch (l) {
            case NeamLexer.LPAREN, NeamLexer.LBRACK, NeamLexer.DOT, NeamLexer.QUESTION_DOT, NeamLexer.ELLIPSIS,
                 NeamLexer.HASH, NeamLexer.AT, NeamLexer.DOLLAR, NeamLexer.COLONCOLON -> {
                return false;
            }
            case NeamLexer.LBRACE -> {
                return r != NeamLexer.RBRACE;
            }
            case NeamLexer.BANG, NeamLexer.MINUS -> {
                // Unary (binary ones are in the set above): no space before the operand.
                return false;
            }
            default -> {
                return true;
            }
        }
    }

    private static boolean isSpacedKeyword(int type) {
        return type == NeamLexer.IF || type == NeamLexer.WHILE || type == NeamLexer.FOR || type == NeamLexer.CATCH
                || type == NeamLexer.RETURN || type == NeamLexer.EMIT || type == NeamLexer.THROW || type == NeamLexer.IN
                || type == NeamLexer.WITH || type == NeamLexer.AS
                || type == NeamLexer.NOT || type == NeamLexer.ELSE;
    }

    private static boolean isWordLike(Token t) {
        String text = t.getText();
        return !text.isEmpty() && (Character.isLetterOrDigit(text.charAt(0)) || text.charAt(0) == '_')
                && t.getType() != NeamLexer.STRING;
    }

    private static boolean isOpener(Token t) {
        return t.getType() == NeamLexer.LBRACE || t.getType() == NeamLexer.LBRACK || t.getType() == NeamLexer.LPAREN;
    }

    private static boolean isCloser(Token t) {
        return t.getType() == NeamLexer.RBRACE || t.getType() == NeamLexer.RBRACK || t.getType() == NeamLexer.RPAREN;
    }

    /** A line starting with `.`, `|>` or a binary operator continues the previous line's expression. */
    private boolean continues(Token t) {
        int type = t.getType();
        return type == NeamLexer.DOT || type == NeamLexer.QUESTION_DOT || type == NeamLexer.PIPE
                || binary.contains(t.getTokenIndex())
                && type != NeamLexer.ASSIGN;
    }

    private static void trimTrailingSpaces(StringBuilder out) {
        int end = out.length();
        while (end > 0 && out.charAt(end - 1) == ' ') {
            end--;
        }
        out.setLength(end);
    }
}
