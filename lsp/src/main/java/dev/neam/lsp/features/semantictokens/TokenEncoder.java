package dev.neam.lsp.features.semantictokens;

import dev.neam.lsp.protocol.PositionConverter;
import dev.neam.lsp.protocol.PositionEncoding;
import dev.neam.parser.semantic.highlight.SemanticToken;
import dev.neam.parser.text.Position;
import dev.neam.parser.text.SourceText;
import java.util.List;

/**
 * Encodes tokens as LSP's relative int array (delta line, delta start, length, type, modifiers),
 * with columns and lengths in the negotiated position encoding. The highlighter already cuts
 * every token at line ends, so the result is valid for clients without multi-line token support.
 */
final class TokenEncoder {
    private TokenEncoder() {
    }

    static int[] encode(List<SemanticToken> tokens, SourceText text, PositionConverter positions) {
        int[] data = new int[tokens.size() * 5];
        int n = 0;
        int previousLine = 0;
        int previousStart = 0;
        boolean utf16 = positions.encoding() == PositionEncoding.UTF16; // the parser's columns as they are
        for (SemanticToken t : tokens) {
            int start = utf16 ? t.start() : positions.toLsp(text, new Position(t.line(), t.start())).getCharacter();
            int end = utf16 ? t.start() + t.length()
                    : positions.toLsp(text, new Position(t.line(), t.start() + t.length())).getCharacter();
            int length = end - start;
            if (length <= 0) {
                continue;
            }
            int deltaLine = t.line() - previousLine;
            data[n++] = deltaLine;
            data[n++] = deltaLine == 0 ? start - previousStart : start;
            data[n++] = length;
            data[n++] = t.type().ordinal();
            data[n++] = t.modifiers();
            previousLine = t.line();
            previousStart = start;
        }
        return n == data.length ? data : java.util.Arrays.copyOf(data, n);
    }
}
