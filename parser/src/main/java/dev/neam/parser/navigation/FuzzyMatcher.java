package dev.neam.parser.navigation;

import java.util.Locale;

/**
 * Matches a query against a name as a case-insensitive subsequence ("trg" finds "triage_agent")
 * and scores the match so the best candidates come first: an exact name, then a prefix, then
 * matches whose letters fall on word starts (after `_`, or a lower-to-upper case change), then
 * matches with long consecutive runs. Names that do not contain the query score below zero.
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
        int score = 0;
        int qi = 0;
        int run = 0;
        for (int i = 0; i < n.length() && qi < q.length(); i++) {
            if (n.charAt(i) != q.charAt(qi)) {
                run = 0;
                continue;
            }
            run++;
            score += 1 + run * 2;
            if (isWordStart(name, i)) {
                score += 20;
            }
            qi++;
        }
        if (qi < q.length()) {
            return NO_MATCH;
        }
        return Math.max(0, score * 10 - (n.length() - q.length()));
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
