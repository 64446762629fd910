package dev.neam.lsp.features.semantictokens;

import java.util.Arrays;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;

/**
 * Reads LSP's relative token array back (line and start of each token, in the client's position
 * encoding) to cut out the tokens of a range, so that a range request reuses the full result.
 */
final class EncodedTokens {
    private EncodedTokens() {
    }

    /** The tokens that overlap {@code range}, encoded again relative to each other. */
    static int[] inside(int[] data, Range range) {
        int[] out = new int[data.length];
        int n = 0;
        int line = 0;
        int start = 0;
        int previousLine = 0;
        int previousStart = 0;
        for (int i = 0; i + 4 < data.length; i += 5) {
            line += data[i];
            start = data[i] == 0 ? start + data[i + 1] : data[i + 1];
            int end = start + data[i + 2];
            if (after(line, end, range.getStart()) && before(line, start, range.getEnd())) {
                int deltaLine = line - previousLine;
                out[n++] = deltaLine;
                out[n++] = deltaLine == 0 ? start - previousStart : start;
                out[n++] = data[i + 2];
                out[n++] = data[i + 3];
                out[n++] = data[i + 4];
                previousLine = line;
                previousStart = start;
            }
        }
        return Arrays.copyOf(out, n);
    }

    /** Whether (line, character) lies after {@code p}. */
    private static boolean after(int line, int character, Position p) {
        return line != p.getLine() ? line > p.getLine() : character > p.getCharacter();
    }

    /** Whether (line, character) lies before {@code p}. */
    private static boolean before(int line, int character, Position p) {
        return line != p.getLine() ? line < p.getLine() : character < p.getCharacter();
    }
}
