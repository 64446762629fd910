package dev.neam.parser.language;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * "Did you mean" by edit distance, shared by the checks and completion. The distance is bounded:
 * candidates whose length differs by more than the allowed distance are skipped without a
 * comparison, and a comparison stops as soon as a row of the table exceeds the bound, so checking
 * a name against hundreds of built-ins stays cheap.
 */
public final class Suggestions {
    private Suggestions() {
    }

    /**
     * The candidate closest to {@code word}, if it is close enough to be a likely typo: at most one
     * edit for short words, two for words of five or more characters, three from ten on.
     */
    public static Optional<String> closest(String word, Collection<String> candidates) {
        int allowed = word.length() < 5 ? 1 : word.length() < 10 ? 2 : 3;
        String lower = word.toLowerCase(Locale.ROOT);
        String best = null;
        int bestDistance = allowed + 1;
        for (String candidate : candidates) {
            if (candidate.equals(word)) {
                continue;
            }
            int d = distance(lower, candidate.toLowerCase(Locale.ROOT), bestDistance - 1);
            if (d < bestDistance) {
                bestDistance = d;
                best = candidate;
                if (d == 0) {
                    break; // differs only in case: nothing is closer
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** Optimal-string-alignment distance: insertions, deletions, substitutions and swaps of neighbours. */
    public static int distance(String a, String b) {
        return distance(a, b, Math.max(a.length(), b.length()));
    }

    /**
     * The optimal-string-alignment distance of {@code a} and {@code b} when it is at most
     * {@code limit}, else some value above {@code limit} (found without finishing the table).
     */
    public static int distance(String a, String b, int limit) {
        if (Math.abs(a.length() - b.length()) > limit) {
            return limit + 1;
        }
        int[] before = new int[b.length() + 1];
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        int previousMinimum = 0;
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            int rowMinimum = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int d = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d = Math.min(d, before[j - 2] + 1);
                }
                current[j] = d;
                rowMinimum = Math.min(rowMinimum, d);
            }
            if (rowMinimum > limit && previousMinimum > limit) {
                // A cell is at least its neighbours in the two rows above (a swap reaches two rows
                // back, plus one), so once two rows exceed the bound every later row does.
                return limit + 1;
            }
            previousMinimum = rowMinimum;
            int[] recycled = before;
            before = previous;
            previous = current;
            current = recycled;
        }
        return previous[b.length()];
    }
}
