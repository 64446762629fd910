package dev.neam.parser.semantic;

import java.util.Collection;
import java.util.Locale;

/** "Did you mean …?": the closest candidate by edit distance, when it is close enough to be a typo. */
public final class Suggestions {
    private Suggestions() {
    }

    /** The closest candidate within a distance that grows with the word's length, or null. */
    public static String closest(String word, Collection<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        int limit = word.length() <= 3 ? 1 : word.length() <= 6 ? 2 : 3;
        String lower = word.toLowerCase(Locale.ROOT);
        for (String candidate : candidates) {
            if (candidate.equals(word)) {
                continue;
            }
            // a candidate further than the best so far (a tie may still win) or than the limit cannot win
            int d = distance(lower, candidate.toLowerCase(Locale.ROOT), Math.min(limit, bestDistance));
            if (d < bestDistance || (d == bestDistance && best != null && candidate.compareTo(best) < 0)) {
                bestDistance = d;
                best = candidate;
            }
        }
        return bestDistance <= limit ? best : null;
    }

    /** The distance when it is at most {@code limit}, else a value above it (the vocabulary's implementation). */
    static int distance(String a, String b, int limit) {
        return dev.neam.parser.language.Suggestions.distance(a, b, limit);
    }

    /** Optimal string alignment distance (the vocabulary's implementation). */
    public static int distance(String a, String b) {
        return dev.neam.parser.language.Suggestions.distance(a, b);
    }
}
