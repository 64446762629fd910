package dev.neam.parser.semantic.highlight;

import java.util.Arrays;

/**
 * An int array as kept between requests: in 16-bit chars when every number fits (token arrays
 * hold relative lines and columns, lengths, types and modifiers, which almost always do), half
 * the memory of the ints.
 */
public final class PackedInts {
    private final char[] narrow;
    private final int[] wide;

    public PackedInts(int[] data) {
        this.narrow = fitsInChars(data) ? toChars(data) : null;
        this.wide = narrow == null ? data.clone() : null;
    }

    /** A copy of the ints. */
    public int[] data() {
        if (wide != null) {
            return wide.clone();
        }
        int[] data = new int[narrow.length];
        for (int i = 0; i < narrow.length; i++) {
            data[i] = narrow[i];
        }
        return data;
    }

    public int length() {
        return wide != null ? wide.length : narrow.length;
    }

    public int get(int i) {
        return wide != null ? wide[i] : narrow[i];
    }

    /** Whether these are exactly the ints of {@code data}. */
    public boolean sameAs(int[] data) {
        if (wide != null) {
            return Arrays.equals(wide, data);
        }
        if (narrow.length != data.length) {
            return false;
        }
        for (int i = 0; i < data.length; i++) {
            if (narrow[i] != data[i]) {
                return false;
            }
        }
        return true;
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
