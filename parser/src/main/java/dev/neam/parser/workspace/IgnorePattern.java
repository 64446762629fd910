package dev.neam.parser.workspace;

import java.util.regex.Pattern;

/**
 * One pattern in gitignore syntax, compiled to a regular expression over '/'-separated paths
 * relative to the folder the pattern belongs to.
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
    private final Pattern regex;
    private final boolean negated;
    private final boolean foldersOnly;

    private IgnorePattern(String source, Pattern regex, boolean negated, boolean foldersOnly) {
        this.source = source;
        this.regex = regex;
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
        String body = toRegex(p);
        String regex = anchored || p.startsWith("**/") ? body : "(?:.*/)?" + body;
        return new IgnorePattern(line.strip(), Pattern.compile(regex, Pattern.DOTALL), negated, foldersOnly);
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
        return (folder || !foldersOnly) && regex.matcher(relativePath).matches();
    }

    private static String toRegex(String glob) {
        StringBuilder out = new StringBuilder();
        int n = glob.length();
        int i = 0;
        while (i < n) {
            char c = glob.charAt(i);
            if (i == 0 && glob.startsWith("**/")) {
                out.append("(?:.*/)?");
                i += 3;
            } else if (c == '/' && glob.startsWith("/**/", i)) {
                out.append("(?:/|/.*/)");
                i += 4;
            } else if (c == '/' && glob.startsWith("/**", i) && i + 3 == n) {
                out.append("/.*");
                i += 3;
            } else if (c == '*') {
                while (i < n && glob.charAt(i) == '*') { // any other run of stars stays within a segment
                    i++;
                }
                out.append("[^/]*");
            } else if (c == '?') {
                out.append("[^/]");
                i++;
            } else if (c == '[') {
                int close = classEnd(glob, i);
                if (close < 0) {
                    out.append("\\[");
                    i++;
                } else {
                    out.append(characterClass(glob.substring(i + 1, close)));
                    i = close + 1;
                }
            } else if (c == '\\' && i + 1 < n) {
                out.append(Pattern.quote(String.valueOf(glob.charAt(i + 1))));
                i += 2;
            } else {
                out.append(Pattern.quote(String.valueOf(c)));
                i++;
            }
        }
        return out.toString();
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

    private static String characterClass(String inside) {
        StringBuilder out = new StringBuilder("[");
        int i = 0;
        if (!inside.isEmpty() && (inside.charAt(0) == '!' || inside.charAt(0) == '^')) {
            out.append('^');
            i = 1;
        }
        for (; i < inside.length(); i++) {
            char c = inside.charAt(i);
            if (c == '\\' && i + 1 < inside.length()) {
                out.append('\\').append(inside.charAt(++i));
            } else if (c == '-') {
                out.append('-');
            } else if (Character.isLetterOrDigit(c)) {
                out.append(c);
            } else {
                out.append('\\').append(c);
            }
        }
        return out.append("&&[^/]]").toString(); // like fnmatch with FNM_PATHNAME: never a '/'
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
