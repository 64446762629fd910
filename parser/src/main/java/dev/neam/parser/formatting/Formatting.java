package dev.neam.parser.formatting;

import dev.neam.parser.ast.SourceFile;
import dev.neam.parser.diagnostic.Severity;
import dev.neam.parser.syntax.ParseResult;
import dev.neam.parser.grammar.NeamLexer;
import dev.neam.parser.syntax.NeamFormatter;
import dev.neam.parser.syntax.NeamSyntax;
import dev.neam.parser.text.Position;
import dev.neam.parser.text.Range;
import dev.neam.parser.text.SourceText;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.antlr.v4.runtime.Token;

/**
 * Formatting a document, a range of it, or the block just closed by typing {@code }}, as
 * line-level replacements of the original text. The whole file is always formatted (the style
 * depends on nesting), then only the chosen part of the result is spliced into the original: the
 * formatter keeps every token, so the k-th token of the result is the k-th token of the original,
 * and a part from one token to another can be exchanged without touching anything outside it.
 * A file with syntax errors gives no edits at all.
 */
public final class Formatting {
    private Formatting() {
    }

    /** The whole document; empty when it has syntax errors. */
    public static Optional<List<TextReplacement>> document(ParseResult parse, String indentUnit) {
        return document(parse, indentUnit, null);
    }

    /**
     * {@link #document(ParseResult, String)} reusing the items formatted for an earlier version of
     * the file ({@code items} may be null: the whole file is formatted).
     */
    public static Optional<List<TextReplacement>> document(ParseResult parse, String indentUnit, ItemFormatting items) {
        SourceText text = parse.text();
        return formatted(parse, indentUnit, items).map(f -> LineDiff.edits(text, f));
    }

    /** The statements and declarations the range touches, in whole; empty when the file has syntax errors. */
    public static Optional<List<TextReplacement>> range(ParseResult parse, Range selection, String indentUnit) {
        return range(parse, selection, indentUnit, null);
    }

    /** {@link #range(ParseResult, Range, String)} reusing the items formatted for an earlier version (may be null). */
    public static Optional<List<TextReplacement>> range(ParseResult parse, Range selection, String indentUnit,
                                                        ItemFormatting items) {
        SourceText text = parse.text();
        SourceFile tree = parse.tree();
        Optional<String> formatted = formatted(parse, indentUnit, items);
        if (formatted.isEmpty()) {
            return Optional.empty();
        }
        Optional<Range> units = FormatUnits.expand(tree, selection);
        if (units.isEmpty()) {
            return Optional.of(List.of());
        }
        return Optional.of(splice(text, formatted.get(), units.get())
                .map(spliced -> LineDiff.edits(text, spliced)).orElse(List.of()));
    }

    /**
     * After {@code }} was typed just before {@code at}: the statement or declaration that the
     * closed block belongs to. Nothing when the character before {@code at} is not a closing brace.
     */
    public static Optional<List<TextReplacement>> closedBlock(ParseResult parse, Position at, String indentUnit) {
        return closedBlock(parse, at, indentUnit, null);
    }

    /** {@link #closedBlock(ParseResult, Position, String)} reusing the items formatted for an earlier version (may be null). */
    public static Optional<List<TextReplacement>> closedBlock(ParseResult parse, Position at, String indentUnit,
                                                              ItemFormatting items) {
        SourceText text = parse.text();
        int offset = text.offsetAt(at);
        if (offset <= 0 || text.text().charAt(offset - 1) != '}') {
            return Optional.of(List.of());
        }
        List<Token> tokens = code(NeamSyntax.tokens(text.text()));
        int close = -1;
        for (int i = 0; i < tokens.size(); i++) {
            if (text.utf16Offset(tokens.get(i).getStopIndex() + 1) == offset
                    && tokens.get(i).getType() == NeamLexer.RBRACE) {
                close = i;
                break;
            }
        }
        if (close < 0) {
            return Optional.of(List.of()); // the brace is inside a string or a comment
        }
        int depth = 0;
        for (int i = close; i >= 0; i--) {
            int type = tokens.get(i).getType();
            if (type == NeamLexer.RBRACE) {
                depth++;
            } else if (type == NeamLexer.LBRACE && --depth == 0) {
                Position open = text.positionAt(text.utf16Offset(tokens.get(i).getStartIndex()));
                return range(parse, new Range(open, at), indentUnit, items);
            }
        }
        return Optional.of(List.of());
    }

    private static Optional<String> formatted(ParseResult parse, String indentUnit, ItemFormatting items) {
        boolean errors = parse.diagnostics().stream().anyMatch(d -> d.severity() == Severity.ERROR);
        if (errors || parse.tree() == null) {
            return Optional.empty();
        }
        String text = parse.text().text();
        String formatted = (items == null ? Optional.<String>empty() : items.format(parse, indentUnit))
                .orElseGet(() -> NeamFormatter.formatValid(text, indentUnit));
        return Optional.of(withLineEnds(formatted, text));
    }

    /** The formatter writes {@code \n}; a CRLF file keeps its line ends. */
    private static String withLineEnds(String formatted, String original) {
        int nl = original.indexOf('\n');
        return nl > 0 && original.charAt(nl - 1) == '\r' ? formatted.replace("\n", "\r\n") : formatted;
    }

    /**
     * The original text with the part from the first to the last token inside {@code units}
     * (and the whitespace before it) replaced by the same tokens as formatted.
     */
    private static Optional<String> splice(SourceText original, String formatted, Range units) {
        SourceText result = new SourceText(formatted);
        List<Token> before = code(NeamSyntax.tokens(original.text()));
        List<Token> after = code(NeamSyntax.tokens(formatted));
        if (before.size() != after.size()) {
            return Optional.empty(); // never expected: the formatter keeps every token
        }
        int from = original.offsetAt(units.start());
        int to = original.offsetAt(units.end());
        int first = -1;
        int last = -1;
        for (int i = 0; i < before.size(); i++) {
            int start = original.utf16Offset(before.get(i).getStartIndex());
            int end = original.utf16Offset(before.get(i).getStopIndex() + 1);
            if (start >= from && end <= to) {
                if (first < 0) {
                    first = i;
                }
                last = i;
            }
        }
        if (first < 0) {
            return Optional.empty();
        }
        int cutStart = first == 0 ? 0 : original.utf16Offset(before.get(first - 1).getStopIndex() + 1);
        int cutEnd = original.utf16Offset(before.get(last).getStopIndex() + 1);
        int pasteStart = first == 0 ? 0 : result.utf16Offset(after.get(first - 1).getStopIndex() + 1);
        int pasteEnd = result.utf16Offset(after.get(last).getStopIndex() + 1);
        return Optional.of(original.text().substring(0, cutStart) + formatted.substring(pasteStart, pasteEnd)
                + original.text().substring(cutEnd));
    }

    /** Every token but whitespace and the end of file: code and comments, which the formatter keeps. */
    private static List<Token> code(List<Token> all) {
        List<Token> out = new ArrayList<>(all.size());
        for (Token t : all) {
            if (t.getType() != NeamLexer.WS && t.getType() != Token.EOF) {
                out.add(t);
            }
        }
        return out;
    }
}
