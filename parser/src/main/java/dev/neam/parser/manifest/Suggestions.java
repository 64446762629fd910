package dev.neam.parser.manifest;

import java.util.Collection;
import java.util.Locale;

/** Nearest known name for a misspelt one: by kebab-case normalisation first, then by edit distance. */
public final class Suggestions {
    private Suggestions() {
    }

    /** {@code tag_format}, {@code tagFormat}, {@code TAG-FORMAT} → {@code tag-format}. */
    public static String kebab(String name) {
        String split = name.replaceAll("([a-z0-9])([A-Z])", "$1-$2");
        return split.replace('_', '-').toLowerCase(Locale.ROOT);
    }

    /** The candidate that is the same key in another spelling (snake_case, camelCase, upper case), or null. */
    public static String respelt(String name, Collection<String> candidates) {
        String normal = kebab(name);
        if (normal.equals(name)) {
            return null;
        }
        for (String c : candidates) {
            if (c.equals(normal)) {
                return c;
            }
        }
        return null;
    }

    /** The closest candidate within a small edit distance (after normalisation), or null. */
    public static String nearest(String name, Collection<String> candidates) {
        String normal = kebab(name);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String c : candidates) {
            int d = distance(normal, c);
            if (d < bestDistance) {
                best = c;
                bestDistance = d;
            }
        }
        int allowed = Math.max(1, Math.min(3, normal.length() / 4));
        return bestDistance <= allowed ? best : null;
    }

    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
