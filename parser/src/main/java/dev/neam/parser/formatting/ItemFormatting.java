package dev.neam.parser.formatting;

import dev.neam.parser.ast.Stmt;
import dev.neam.parser.grammar.NeamLexer;
import dev.neam.parser.syntax.NeamFormatter;
import dev.neam.parser.syntax.NeamSyntax;
import dev.neam.parser.syntax.ParseResult;
import dev.neam.parser.text.SourceText;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.antlr.v4.runtime.Token;

/**
 * The whole-file formatting of a parsed file, assembled from its top-level items formatted one by
 * one and kept from one version to the next: after an edit only the items whose text changed are
 * lexed, parsed and formatted again, and the text between items (blank lines and comments only)
 * is laid out by the same rules as {@link NeamFormatter} (every item on a line of its own at depth
 * 0, at most one blank line, one blank line around block declarations, none between a comment and
 * the item it documents). Gives the same text as formatting the whole file; when a file does not
 * split that way (code between the tree's items, an item that does not parse on its own) it says
 * so and the caller formats the whole file. One instance per document; not thread-safe.
 */
public final class ItemFormatting {
    /** The items of the last formatting, by indentation unit and text: what an edit did not touch. */
    private Map<String, NeamFormatter.Item> kept = new HashMap<>();

    /** The formatted text of a file free of syntax errors, or empty when it must be formatted whole. */
    public Optional<String> format(ParseResult parse, String indentUnit) {
        SourceText text = parse.text();
        String source = text.text();
        List<Stmt> items = parse.tree().items();
        Map<String, NeamFormatter.Item> used = new HashMap<>();
        Layout out = new Layout();
        int gapStart = 0;
        NeamFormatter.Item previous = null;
        for (Stmt item : items) {
            int start = text.offsetAt(item.range().start());
            int end = text.offsetAt(item.range().end());
            if (start < gapStart || end <= start) {
                return Optional.empty();
            }
            String itemText = source.substring(start, end);
            String key = indentUnit + '\u0000' + itemText;
            NeamFormatter.Item formatted = kept.get(key);
            if (formatted == null) {
                formatted = NeamFormatter.formatItem(itemText, indentUnit).orElse(null);
                if (formatted == null) {
                    return Optional.empty();
                }
            }
            used.put(key, formatted);
            boolean blank = previous != null && (previous.lastIsBlock() || formatted.firstIsBlock());
            if (!out.gap(source.substring(gapStart, start), blank)) {
                return Optional.empty();
            }
            out.item(formatted.text());
            previous = formatted;
            gapStart = end;
        }
        if (!out.gap(source.substring(gapStart), false)) {
            return Optional.empty();
        }
        kept = used;
        return Optional.of(out.finish());
    }

    /** {@link NeamFormatter}'s printing rules for what lies between top-level items. */
    private static final class Layout {
        private final StringBuilder out = new StringBuilder();
        /** What {@link #previous} is after an item: code, no comment. */
        private static final int CODE = Integer.MAX_VALUE;
        /** The type of the last token written; -1 before the first. */
        private int previous = -1;
        private int pendingNewlines;

        /**
         * Writes the comments of the text between two items; {@code blankBeforeNext} asks for a blank
         * line above the next item and the comments directly above it. False when the text holds code.
         */
        boolean gap(String gap, boolean blankBeforeNext) {
            List<Token> tokens = new ArrayList<>();
            for (Token t : NeamSyntax.tokens(gap)) {
                if (t.getType() == Token.EOF) {
                    break;
                }
                if (t.getType() != NeamLexer.WS && t.getType() != NeamLexer.LINE_COMMENT
                        && t.getType() != NeamLexer.DOC_COMMENT && t.getType() != NeamLexer.BLOCK_COMMENT) {
                    return false;
                }
                tokens.add(t);
            }
            int blankAt = blankBeforeNext ? NeamFormatter.leadingCommentStart(tokens, tokens.size()) : -1;
            for (int i = 0; i < tokens.size(); i++) {
                Token t = tokens.get(i);
                if (t.getType() == NeamLexer.WS) {
                    long newlines = t.getText().chars().filter(c -> c == '\n').count();
                    pendingNewlines = Math.max(pendingNewlines, (int) Math.min(newlines, 2));
                    continue;
                }
                write(t.getType(), t.getText(), i == blankAt, false);
            }
            if (blankAt == tokens.size()) {
                pendingNewlines = 2; // applied to the next item
            }
            return true;
        }

        void item(String formatted) {
            write(CODE, formatted, false, true);
        }

        String finish() {
            trimTrailingSpaces();
            out.append('\n');
            return out.toString();
        }

        private void write(int type, String text, boolean blankBefore, boolean code) {
            boolean started = previous != -1;
            if (started && code) {
                pendingNewlines = Math.max(pendingNewlines, 1); // every item on a line of its own
            }
            if (started && blankBefore) {
                pendingNewlines = 2;
            }
            if (previous == NeamLexer.LINE_COMMENT || previous == NeamLexer.DOC_COMMENT) {
                pendingNewlines = Math.max(pendingNewlines, 1);
            }
            if (!started) {
                pendingNewlines = 0;
            }
            if (pendingNewlines > 0) {
                trimTrailingSpaces();
                out.append("\n".repeat(pendingNewlines));
            } else if (started) {
                out.append(' '); // a comment after code on its line
            }
            pendingNewlines = 0;
            out.append(text);
            previous = type;
        }

        private void trimTrailingSpaces() {
            int end = out.length();
            while (end > 0 && out.charAt(end - 1) == ' ') {
                end--;
            }
            out.setLength(end);
        }
    }
}
