package dev.neam.lsp.features.semantictokens;

/**
 * An encoded token array as kept between requests: in 16-bit chars when every number fits
 * (relative lines and columns, lengths, types and modifiers almost always do), half the memory of
 * the ints the protocol sends.
 */
final class PackedTokens {
    private final char[] narrow;
    private final int[] wide;

    PackedTokens(int[] data) {
        this.narrow = fitsInChars(data) ? toChars(data) : null;
        this.wide = narrow == null ? data.clone() : null;
    }

    int[] data() {
        if (wide != null) {
            return wide.clone();
        }
        int[] data = new int[narrow.length];
        for (int i = 0; i < narrow.length; i++) {
            data[i] = narrow[i];
        }
        return data;
    }

    private static boolean fitsInChars(int[] data) {
        for (int value : data) {
            if (value < 0 || value > Character.MAX_VALUE) {
                return false;
            }
        }
        return true;
    }

    private static char[] toChars(int[] data) {
        char[] chars = new char[data.length];
        for (int i = 0; i < data.length; i++) {
            chars[i] = (char) data[i];
        }
        return chars;
    }
}
