package dev.neam.parser.assist;

import dev.neam.parser.ast.SourceFile;
import dev.neam.parser.ast.Stmt;
import dev.neam.parser.syntax.NeamSyntax;
import dev.neam.parser.text.Position;
import dev.neam.parser.text.SourceText;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.Token;

/**
 * The tokens around a position, lexed from the start of the top-level item that holds it (a place
 * where no comment or string can be open), so a request on a large file lexes one declaration,
 * not the file. Offsets are UTF-16 offsets into the whole text.
 */
public final class CodeTokens {
    private CodeTokens() {
    }

    /** A token: its lexer type, whether it is code (not a comment or whitespace), its text and offsets. */
    public record Tok(int type, boolean code, String text, int start, int end) {
    }

    /** The tokens from the enclosing top-level item's start up to {@code until} (UTF-16 offset, inclusive of a token starting before it). */
    public static List<Tok> around(SourceText text, SourceFile tree, Position position, int until) {
        int from = windowStart(text, tree, position);
        int to = Math.min(text.length(), Math.max(from, until));
        String window = text.text().substring(from, to);
        SourceText local = new SourceText(window);
        List<Tok> out = new ArrayList<>();
        for (Token t : NeamSyntax.tokens(window)) {
            if (t.getType() == Token.EOF) {
                break;
            }
            int start = from + local.utf16Offset(t.getStartIndex());
            int end = from + local.utf16Offset(t.getStopIndex() + 1);
            out.add(new Tok(t.getType(), t.getChannel() == Token.DEFAULT_CHANNEL, t.getText(), start, end));
        }
        return out;
    }

    private static int windowStart(SourceText text, SourceFile tree, Position position) {
        Position start = new Position(0, 0);
        for (Stmt item : tree.items()) {
            if (item.range() == null) {
                continue;
            }
            if (item.range().start().compareTo(position) <= 0) {
                start = item.range().start();
            } else {
                break;
            }
        }
        return text.offsetAt(start);
    }
}
