package dev.neam.parser.navigation;

import java.util.Locale;

/**
 * Matches a query against a name as a case-insensitive subsequence ("trg" finds "triage_agent")
 * and scores the match so the best candidates come first: an exact name, then a prefix, then
 * matches whose letters fall on word starts (after `_` or `.`, or a lower-to-upper case change),
 * then matches with long consecutive runs; shorter names win ties. Names that do not contain the
 * query score {@link #NO_MATCH}.
 */
public final class FuzzyMatcher {
    public static final int NO_MATCH = -1;

    private FuzzyMatcher() {
    }

    public static int score(String query, String name) {
        if (query == null || query.isEmpty()) {
            return 1;
        }
        String q = query.toLowerCase(Locale.ROOT);
        String n = name.toLowerCase(Locale.ROOT);
        if (n.equals(q)) {
            return 10_000;
        }
        if (n.startsWith(q)) {
            return 5_000 - (n.length() - q.length());
        }
        // the earliest letters, or word starts where the rest still fits: the better of the two
        int best = Math.max(matchScore(q, n, name, false), matchScore(q, n, name, true));
        if (best < 0) {
            return NO_MATCH;
        }
        return Math.max(0, best * 10 - (n.length() - q.length()));
    }

    private static int matchScore(String q, String n, String name, boolean preferWordStarts) {
        int score = 0;
        int run = 0;
        int from = 0;
        int previous = -2;
        for (int qi = 0; qi < q.length(); qi++) {
            int at = n.indexOf(q.charAt(qi), from);
            if (at < 0) {
                return NO_MATCH;
            }
            if (preferWordStarts && !isWordStart(name, at)) {
                int start = nextWordStart(n, name, q.charAt(qi), at + 1);
                if (start >= 0 && fits(q, qi + 1, n, start + 1)) {
                    at = start;
                }
            }
            run = at == previous + 1 ? run + 1 : 1;
            score += 1 + run * 2 + (isWordStart(name, at) ? 20 : 0);
            previous = at;
            from = at + 1;
        }
        return score;
    }

    private static int nextWordStart(String n, String name, char c, int from) {
        for (int i = n.indexOf(c, from); i >= 0; i = n.indexOf(c, i + 1)) {
            if (isWordStart(name, i)) {
                return i;
            }
        }
        return -1;
    }

    /** Whether q[qi..] is a subsequence of n[from..]. */
    private static boolean fits(String q, int qi, String n, int from) {
        for (int i = qi; i < q.length(); i++) {
            int at = n.indexOf(q.charAt(i), from);
            if (at < 0) {
                return false;
            }
            from = at + 1;
        }
        return true;
    }

    private static boolean isWordStart(String name, int i) {
        if (i == 0) {
            return true;
        }
        char previous = name.charAt(i - 1);
        char current = name.charAt(i);
        return previous == '_' || previous == '.' || (Character.isLowerCase(previous) && Character.isUpperCase(current));
    }
}
