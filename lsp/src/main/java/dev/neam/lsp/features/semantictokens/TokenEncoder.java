package dev.neam.lsp.features.semantictokens;

import dev.neam.lsp.protocol.PositionConverter;
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
        for (SemanticToken t : tokens) {
            org.eclipse.lsp4j.Position start = positions.toLsp(text, new Position(t.line(), t.start()));
            org.eclipse.lsp4j.Position end = positions.toLsp(text, new Position(t.line(), t.start() + t.length()));
            int length = end.getCharacter() - start.getCharacter();
            if (length <= 0) {
                continue;
            }
            int deltaLine = t.line() - previousLine;
            data[n++] = deltaLine;
            data[n++] = deltaLine == 0 ? start.getCharacter() - previousStart : start.getCharacter();
            data[n++] = length;
            data[n++] = t.type().ordinal();
            data[n++] = t.modifiers();
            previousLine = t.line();
            previousStart = start.getCharacter();
        }
        return n == data.length ? data : java.util.Arrays.copyOf(data, n);
    }
}
