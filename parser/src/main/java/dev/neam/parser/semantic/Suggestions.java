package dev.neam.parser.semantic;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * "Did you mean …?": the closest candidate by edit distance, when it is close enough to be a typo.
 * Distances are bounded ({@link dev.neam.parser.language.Suggestions#distance(String, String, int)}),
 * and suggestions among a fixed set of candidates (the built-ins) are remembered per word.
 */
public final class Suggestions {
    private Suggestions() {
    }

    /** A candidate and its distance to the word. */
    public record Match(String candidate, int distance) {
        /** The better of two matches: the nearer one, then the one first in alphabetical order. */
        public static Match better(Match a, Match b) {
            if (a == null || b == null) {
                return a == null ? b : a;
            }
            if (a.distance != b.distance) {
                return a.distance < b.distance ? a : b;
            }
            return a.candidate.compareTo(b.candidate) <= 0 ? a : b;
        }
    }

    /** The closest candidate within a distance that grows with the word's length, or null. */
    public static String closest(String word, Collection<String> candidates) {
        Match m = match(word, candidates);
        return m == null ? null : m.candidate();
    }

    /** As {@link #closest}, with the distance. */
    public static Match match(String word, Collection<String> candidates) {
        int limit = limit(word);
        String lower = word.toLowerCase(Locale.ROOT);
        Match best = null;
        for (String candidate : candidates) {
            if (candidate.equals(word)) {
                continue;
            }
            int bound = best == null ? limit : best.distance();
            int d = dev.neam.parser.language.Suggestions.distance(lower, candidate.toLowerCase(Locale.ROOT), bound);
            if (d <= bound) {
                best = Match.better(best, new Match(candidate, d));
            }
        }
        return best;
    }

    /** How many edits a word of this length may be away from its suggestion. */
    static int limit(String word) {
        return word.length() <= 3 ? 1 : word.length() <= 6 ? 2 : 3;
    }

    /** Optimal string alignment distance (the vocabulary's implementation). */
    public static int distance(String a, String b) {
        return dev.neam.parser.language.Suggestions.distance(a, b);
    }

    /** Suggestions among one fixed set of candidates, computed once per word. */
    public static final class Fixed {
        private static final Match NONE = new Match("", Integer.MAX_VALUE);

        private final Collection<String> candidates;
        private final Map<String, Match> known = new ConcurrentHashMap<>();

        public Fixed(Collection<String> candidates) {
            this.candidates = candidates;
        }

        public Match match(String word) {
            Match m = known.computeIfAbsent(word, w -> {
                Match found = Suggestions.match(w, candidates);
                return found == null ? NONE : found;
            });
            return m == NONE ? null : m;
        }
    }
}
