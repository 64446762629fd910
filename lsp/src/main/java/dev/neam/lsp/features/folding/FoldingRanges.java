package dev.neam.lsp.features.folding;

import dev.neam.parser.ast.Children;
import dev.neam.parser.ast.Decl;
import dev.neam.parser.ast.Expr;
import dev.neam.parser.ast.Node;
import dev.neam.parser.ast.SourceFile;
import dev.neam.parser.ast.Stmt;
import dev.neam.parser.ast.Value;
import dev.neam.parser.grammar.NeamLexer;
import dev.neam.parser.text.Range;
import dev.neam.parser.text.SourceText;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Token;
import org.eclipse.lsp4j.FoldingRange;
import org.eclipse.lsp4j.FoldingRangeKind;
import org.eclipse.lsp4j.jsonrpc.CancelChecker;

/**
 * {@code textDocument/foldingRange}: blocks, declaration bodies and long parameter lists from the syntax tree, groups of
 * imports, and from the tokens multi-line strings, runs of line comments and
 * {@code // region} … {@code // endregion} markers. Whole lines only; a block's closing bracket
 * stays visible.
 */
public final class FoldingRanges {
    private static final Pattern REGION_START = Pattern.compile("//\\s*#?region\\b.*");
    private static final Pattern REGION_END = Pattern.compile("//\\s*#?endregion\\b.*");

    private final int limit;

    /** @param limit the most ranges the client wants ({@code foldingRange.rangeLimit}) */
    public FoldingRanges(int limit) {
        this.limit = limit;
    }

    public List<FoldingRange> ranges(SourceText text, SourceFile tree, CancelChecker cancel) {
        Map<Integer, FoldingRange> byStart = new LinkedHashMap<>(); // one range per start line: the outermost
        blocks(tree, text, byStart, cancel);
        imports(tree, byStart);
        tokens(text, byStart, cancel);
        List<FoldingRange> ranges = new ArrayList<>(byStart.values());
        ranges.sort(Comparator.comparingInt(FoldingRange::getStartLine));
        return ranges.size() > limit ? new ArrayList<>(ranges.subList(0, limit)) : ranges;
    }

    private void blocks(Node node, SourceText text, Map<Integer, FoldingRange> out, CancelChecker cancel) {
        Range r = node.range();
        if (r != null && r.start().line() == r.end().line()) {
            return; // nothing on one line folds, nor anything inside it: most expressions are not walked
        }
        if (isFoldable(node)) {
            int end = r.end().line();
            if (endsWithCloser(text, r)) {
                end--; // keep the line with the closing bracket visible
            }
            add(out, r.start().line(), end, null);
        }
        if (node instanceof Decl.Function f) {
            parameters(f, out);
        }
        for (Node child : Children.of(node)) {
            cancel.checkCanceled();
            blocks(child, text, out, cancel);
        }
    }

    /**
     * A parameter list written one parameter per line folds from the header to the last parameter,
     * when the closing parenthesis has a line of its own (else folding would hide the body's brace).
     */
    private static void parameters(Decl.Function f, Map<Integer, FoldingRange> out) {
        if (f.name() == null || f.params().isEmpty()) {
            return;
        }
        int header = f.name().range().start().line();
        int last = f.params().get(f.params().size() - 1).range().end().line();
        if (f.body() == null || f.body().range().start().line() > last) {
            add(out, header, last, null);
        }
    }

    private static boolean isFoldable(Node node) {
        return node instanceof Stmt.Block || node instanceof Value.Block || node instanceof Value.ListValue
                || node instanceof Decl.Domain || node instanceof Decl.Struct || node instanceof Decl.Impl
                || node instanceof Decl.Extend || node instanceof Decl.Trait || node instanceof Decl.Sealed
                || node instanceof Decl.Suite || node instanceof Expr.ListLiteral || node instanceof Expr.MapLiteral
                || node instanceof Expr.Match || node instanceof Expr.Call || node instanceof Expr.Tuple
                || node instanceof Expr.CopyWith;
    }

    private static boolean endsWithCloser(SourceText text, Range r) {
        int end = text.offsetAt(r.end());
        if (end <= 0 || end > text.length()) {
            return false;
        }
        char last = text.text().charAt(end - 1);
        return last == '}' || last == ']' || last == ')';
    }

    /** Consecutive top-level imports fold together. */
    private static void imports(SourceFile tree, Map<Integer, FoldingRange> out) {
        int first = -1;
        int last = -1;
        for (Stmt item : tree.items()) {
            if (item instanceof Decl.Import i) {
                if (first < 0) {
                    first = i.range().start().line();
                }
                last = i.range().end().line();
            } else {
                addImports(out, first, last);
                first = -1;
            }
        }
        addImports(out, first, last);
    }

    private static void addImports(Map<Integer, FoldingRange> out, int first, int last) {
        if (first >= 0 && last > first) {
            out.remove(first);
            add(out, first, last, FoldingRangeKind.Imports);
        }
    }

    private static void tokens(SourceText text, Map<Integer, FoldingRange> out, CancelChecker cancel) {
        NeamLexer lexer = new NeamLexer(CharStreams.fromString(text.text()));
        lexer.removeErrorListeners();
        int commentStart = -1;
        int commentEnd = -1;
        List<Integer> openRegions = new ArrayList<>();
        int count = 0;
        for (Token t = lexer.nextToken(); t.getType() != Token.EOF; t = lexer.nextToken()) {
            if (++count % 4096 == 0) {
                cancel.checkCanceled();
            }
            int type = t.getType();
            if (type == NeamLexer.WS) {
                continue;
            }
            int line = t.getLine() - 1;
            boolean lineComment = type == NeamLexer.LINE_COMMENT || type == NeamLexer.DOC_COMMENT;
            // a token's text is a copy out of the char stream: read only for the tokens that may fold
            String commentText = lineComment ? t.getText() : null;
            if (lineComment && REGION_START.matcher(commentText).matches()) {
                openRegions.add(line);
                continue;
            }
            if (lineComment && REGION_END.matcher(commentText).matches()) {
                if (!openRegions.isEmpty()) {
                    int start = openRegions.remove(openRegions.size() - 1);
                    out.remove(start);
                    add(out, start, line, FoldingRangeKind.Region);
                }
                continue;
            }
            if (lineComment && commentEnd == line - 1 && commentStart >= 0) {
                commentEnd = line; // the run goes on
                continue;
            }
            addComment(out, commentStart, commentEnd);
            commentStart = lineComment ? line : -1;
            commentEnd = lineComment ? line : -1;
            if (type == NeamLexer.BLOCK_COMMENT) {
                add(out, line, line + newlines(t.getText()), FoldingRangeKind.Comment);
            } else if (isString(type)) {
                add(out, line, line + newlines(t.getText()), null);
            }
        }
        addComment(out, commentStart, commentEnd);
    }

    private static boolean isString(int type) {
        return type == NeamLexer.STRING || type == NeamLexer.TRIPLE_STRING || type == NeamLexer.SQ_STRING
                || type == NeamLexer.FSTRING;
    }

    private static void addComment(Map<Integer, FoldingRange> out, int start, int end) {
        if (start >= 0 && end > start) {
            add(out, start, end, FoldingRangeKind.Comment);
        }
    }

    private static int newlines(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= s.length() || s.charAt(i + 1) != '\n'))) {
                n++;
            }
        }
        return n;
    }

    private static void add(Map<Integer, FoldingRange> out, int start, int end, String kind) {
        if (end <= start || out.containsKey(start)) {
            return;
        }
        FoldingRange range = new FoldingRange(start, end);
        if (kind != null) {
            range.setKind(kind);
        }
        out.put(start, range);
    }
}
