package dev.neam.parser.workspace;

import dev.neam.parser.glob.Glob;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * One pattern in gitignore syntax, compiled to a {@link Glob} (matched in linear time, whatever the
 * pattern) over '/'-separated paths relative to the folder the pattern belongs to.
 *
 * <p>The rules are git's: blank lines and lines starting with {@code #} are no patterns; trailing
 * spaces are dropped unless escaped; {@code !} negates (re-includes); a trailing {@code /} matches
 * folders only; a pattern with a {@code /} at its start or middle is anchored to its folder, one
 * without matches at any depth; {@code *} and {@code ?} stay within one path segment,
 * {@code [a-z]} and {@code [!a-z]} are classes, a leading {@code ** /} matches any folders, a
 * trailing {@code /**} everything inside, {@code /** /} zero or more folders; a backslash quotes
 * the next character.
 */
public final class IgnorePattern {
    private final String source;
    private final Glob glob;
    private final boolean negated;
    private final boolean foldersOnly;

    private IgnorePattern(String source, Glob glob, boolean negated, boolean foldersOnly) {
        this.source = source;
        this.glob = glob;
        this.negated = negated;
        this.foldersOnly = foldersOnly;
    }

    /** The pattern on one line of an ignore file, or null for a blank or comment line. */
    public static IgnorePattern parse(String line) {
        String p = stripTrailingSpaces(line.endsWith("\r") ? line.substring(0, line.length() - 1) : line);
        if (p.isEmpty() || p.startsWith("#")) {
            return null;
        }
        boolean negated = false;
        if (p.startsWith("!")) {
            negated = true;
            p = p.substring(1);
        }
        boolean foldersOnly = false;
        if (p.endsWith("/") && !p.endsWith("\\/")) {
            foldersOnly = true;
            p = p.substring(0, p.length() - 1);
        }
        if (p.isEmpty()) {
            return null;
        }
        boolean anchored = p.indexOf('/') >= 0;
        if (p.startsWith("/")) {
            p = p.substring(1);
        }
        Glob.Builder glob = Glob.builder();
        if (!anchored && !p.startsWith("**/")) {
            anyFolders(glob);
        }
        compile(p, glob);
        return new IgnorePattern(line.strip(), glob.build(), negated, foldersOnly);
    }

    /** The line as written (for messages). */
    public String source() {
        return source;
    }

    public boolean negated() {
        return negated;
    }

    /** Whether this pattern matches the path, given relative to the pattern's folder with '/' separators. */
    public boolean matches(String relativePath, boolean folder) {
        return (folder || !foldersOnly) && glob.matches(relativePath);
    }

    private static void compile(String glob, Glob.Builder out) {
        int n = glob.length();
        int i = 0;
        while (i < n) {
            char c = glob.charAt(i);
            if (i == 0 && glob.startsWith("**/")) {
                anyFolders(out);
                i += 3;
            } else if (c == '/' && glob.startsWith("/**/", i)) {
                out.literal('/');
                anyFolders(out);
                i += 4;
            } else if (c == '/' && glob.startsWith("/**", i) && i + 3 == n) {
                out.literal('/').many(Glob.ANY);
                i += 3;
            } else if (c == '*') {
                while (i < n && glob.charAt(i) == '*') { // any other run of stars stays within a segment
                    i++;
                }
                out.many(Glob.IN_SEGMENT);
            } else if (c == '?') {
                out.one(Glob.IN_SEGMENT);
                i++;
            } else if (c == '[') {
                int close = classEnd(glob, i);
                if (close < 0) {
                    out.literal('[');
                    i++;
                } else {
                    out.one(characterClass(glob.substring(i + 1, close)));
                    i = close + 1;
                }
            } else if (c == '\\' && i + 1 < n) {
                out.literal(glob.charAt(i + 1));
                i += 2;
            } else {
                out.literal(c);
                i++;
            }
        }
    }

    /** Zero or more whole folders: nothing, or anything ending in a '/'. */
    private static void anyFolders(Glob.Builder out) {
        out.optional().many(Glob.ANY).literal('/').endOptional();
    }

    /** Index of the ']' closing the class opened at {@code open}, or -1; a ']' first in the class is literal. */
    private static int classEnd(String glob, int open) {
        int i = open + 1;
        if (i < glob.length() && (glob.charAt(i) == '!' || glob.charAt(i) == '^')) {
            i++;
        }
        if (i < glob.length() && glob.charAt(i) == ']') {
            i++;
        }
        while (i < glob.length()) {
            char c = glob.charAt(i);
            if (c == '\\') {
                i += 2;
                continue;
            }
            if (c == ']') {
                return i;
            }
            i++;
        }
        return -1;
    }

    /** The characters a class such as {@code a-z_} or {@code !0-9} accepts; like fnmatch with FNM_PATHNAME never a '/'. */
    private static IntPredicate characterClass(String inside) {
        boolean negated = !inside.isEmpty() && (inside.charAt(0) == '!' || inside.charAt(0) == '^');
        StringBuilder singles = new StringBuilder();
        List<int[]> ranges = new ArrayList<>();
        int i = negated ? 1 : 0;
        while (i < inside.length()) {
            char c = inside.charAt(i);
            if (c == '\\' && i + 1 < inside.length()) {
                c = inside.charAt(++i);
            }
            if (i + 2 < inside.length() && inside.charAt(i + 1) == '-') {
                char to = inside.charAt(i + 2);
                int skip = 3;
                if (to == '\\' && i + 3 < inside.length()) {
                    to = inside.charAt(i + 3);
                    skip = 4;
                }
                ranges.add(new int[] {c, to});
                i += skip;
            } else {
                singles.append(c);
                i++;
            }
        }
        String listed = singles.toString();
        return ch -> {
            if (ch == '/') {
                return false;
            }
            boolean in = listed.indexOf(ch) >= 0 || ranges.stream().anyMatch(r -> ch >= r[0] && ch <= r[1]);
            return in != negated;
        };
    }

    private static String stripTrailingSpaces(String s) {
        int end = s.length();
        while (end > 0 && s.charAt(end - 1) == ' ' && (end < 2 || s.charAt(end - 2) != '\\')) {
            end--;
        }
        String kept = s.substring(0, end);
        return kept.endsWith("\\ ") ? kept.substring(0, kept.length() - 2) + " " : kept;
    }

    @Override
    public String toString() {
        return source;
    }
}
