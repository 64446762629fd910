package dev.neam.parser.assist.manifest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reading a TOML line that may be incomplete: where comments and '=' are (outside strings), and dotted keys. */
final class Scan {
    private static final Pattern INLINE_KEY = Pattern.compile("[{,]\\s*([A-Za-z0-9_-]+)\\s*=");

    private Scan() {
    }

    static boolean isKeyChar(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
    }

    /** Characters of a bare value being typed: a boolean, a number, a date, or a word meant as a string. */
    static boolean isBareValueChar(int c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '+' || c == '.' || c == ':';
    }

    /** Index of the '#' starting a comment (outside strings), or -1. */
    static int commentStart(String line) {
        return outsideStrings(line, '#');
    }

    /** Index of the first '=' outside strings, or -1. */
    static int equalsSign(String line) {
        return outsideStrings(line, '=');
    }

    private static int outsideStrings(String line, char wanted) {
        Quotes quotes = new Quotes();
        for (int i = 0; i < line.length(); i++) {
            if (quotes.outside(line.charAt(i)) && line.charAt(i) == wanted) {
                return i;
            }
        }
        return -1;
    }

    /** Index of the first unescaped '"' at or after {@code from}, or -1. */
    static int closingQuote(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '"') {
                return i;
            }
        }
        return -1;
    }

    /** The segments of a (dotted, possibly quoted) key such as {@code deploy . "kubernetes"}; null when the text is not one. */
    static List<String> keySegments(String text) {
        List<String> segments = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (true) {
            while (i < n && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
                i++;
            }
            if (i >= n) {
                return null;
            }
            char c = text.charAt(i);
            if (c == '"' || c == '\'') {
                int close = c == '"' ? closingQuote(text, i + 1) : text.indexOf('\'', i + 1);
                if (close < 0) {
                    return null;
                }
                segments.add(text.substring(i + 1, close));
                i = close + 1;
            } else {
                int start = i;
                while (i < n && isKeyChar(text.charAt(i))) {
                    i++;
                }
                if (i == start) {
                    return null;
                }
                segments.add(text.substring(start, i));
            }
            while (i < n && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
                i++;
            }
            if (i >= n) {
                return segments;
            }
            if (text.charAt(i) != '.') {
                return null;
            }
            i++;
        }
    }

    /**
     * In {@code { a = 1, b|}} (the inline table opening at {@code open}): where the pair at the cursor
     * starts, just after its '{' or ','; -1 when the table closes before the cursor.
     */
    static int lastPairStart(String s, int open, int offset) {
        int depth = 0;
        int pairStart = -1;
        Quotes quotes = new Quotes();
        for (int i = open; i < offset; i++) {
            char c = s.charAt(i);
            if (!quotes.outside(c)) {
                continue;
            }
            if (c == '{' || c == '[') {
                depth++;
                if (depth == 1) {
                    pairStart = i + 1;
                }
            } else if (c == '}' || c == ']') {
                depth--;
                if (depth <= 0) {
                    return -1;
                }
            } else if (c == ',' && depth == 1) {
                pairStart = i + 1;
            }
        }
        return !quotes.inString() && depth == 1 ? pairStart : -1;
    }

    /** The keys written in an inline table's text. */
    static List<String> inlineKeys(String text) {
        List<String> keys = new ArrayList<>();
        Matcher m = INLINE_KEY.matcher(text);
        while (m.find()) {
            keys.add(m.group(1));
        }
        return keys;
    }
}
