package dev.neam.parser.assist.completion;

import dev.neam.parser.grammar.NeamLexer;
import dev.neam.parser.text.SourceText;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Token;

/**
 * The tokens of a slice of a document with offsets in the whole document. Completion lexes only
 * the declaration around the cursor: the text being typed rarely parses, but it always lexes, and a
 * slice keeps the cost independent of the file's length.
 */
final class CursorTokens {
    /** One token: its lexer type, text, UTF-16 offsets in the document, and whether the parser sees it. */
    record Tok(int type, String text, int start, int end, boolean significant) {
        boolean is(String punctuation) {
            return significant && text.equals(punctuation);
        }

        boolean isWord() {
            return significant && type != NeamLexer.STRING && !text.isEmpty() && isWordStart(text.charAt(0))
                    && text.chars().allMatch(c -> isWordPart((char) c));
        }

        /** A literal whose text is not code (strings, paths, regular expressions): nothing is completed in it. */
        boolean isString() {
            return type == NeamLexer.STRING || type == NeamLexer.UNTERMINATED_STRING || type == NeamLexer.PATH
                    || type == NeamLexer.SQ_STRING || type == NeamLexer.REGEX || type == NeamLexer.UNTERMINATED_REGEX;
        }
    }

    private CursorTokens() {
    }

    /** Every token (all channels) of {@code text[from, to)}. */
    static List<Tok> lex(String text, int from, int to) {
        String slice = text.substring(from, Math.max(from, to));
        SourceText source = new SourceText(slice);
        NeamLexer lexer = new NeamLexer(CharStreams.fromString(slice));
        lexer.removeErrorListeners();
        List<Tok> out = new ArrayList<>();
        for (Token t : lexer.getAllTokens()) {
            if (t.getType() == Token.EOF) {
                break;
            }
            int start = from + source.utf16Offset(t.getStartIndex());
            int end = from + source.utf16Offset(t.getStopIndex() + 1);
            boolean significant = t.getChannel() == Token.DEFAULT_CHANNEL
                    || t.getType() == NeamLexer.UNTERMINATED_STRING;
            out.add(new Tok(t.getType(), t.getText(), start, end, significant));
        }
        return out;
    }

    static boolean isWordStart(char c) {
        return c == '_' || (c < 128 && Character.isLetter(c));
    }

    static boolean isWordPart(char c) {
        return c == '_' || (c < 128 && Character.isLetterOrDigit(c));
    }

    static boolean isComment(Tok t) {
        return t.type() == NeamLexer.LINE_COMMENT || t.type() == NeamLexer.DOC_COMMENT
                || t.type() == NeamLexer.BLOCK_COMMENT || t.type() == NeamLexer.UNTERMINATED_BLOCK_COMMENT
                || t.type() == NeamLexer.SHEBANG;
    }
}
