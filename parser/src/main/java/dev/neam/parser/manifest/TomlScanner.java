package dev.neam.parser.manifest;

import dev.neam.parser.text.Range;
import dev.neam.parser.text.SourceText;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Finds where every header, key and value of a TOML file is. tomlj decides what is valid TOML and
 * reports the errors; this scanner only records the layout (ranges, token kinds, comments) that
 * tomlj does not keep, and decodes the values. It is tolerant: a line it cannot read is skipped, so
 * it gives the layout of everything readable in a broken file, and it never throws.
 */
final class TomlScanner {

    // digit groups are possessive: a repeated group that may backtrack recurses once per digit, and a
    // number thousands of digits long would overflow the stack and end the scan of the file there
    private static final Pattern INTEGER = Pattern.compile(
            "[+-]?(0|[1-9](?:_?[0-9])*+)|0x[0-9A-Fa-f](?:_?[0-9A-Fa-f])*+|0o[0-7](?:_?[0-7])*+|0b[01](?:_?[01])*+");
    private static final Pattern FLOAT = Pattern.compile(
            "[+-]?(0|[1-9](?:_?[0-9])*+)((\\.[0-9](?:_?[0-9])*+)([eE][+-]?[0-9](?:_?[0-9])*+)?|[eE][+-]?[0-9](?:_?[0-9])*+)"
                    + "|[+-]?(inf|nan)");
    private static final Pattern DATETIME = Pattern.compile(
            "[0-9]{4}-[0-9]{2}-[0-9]{2}([Tt ][0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]+)?)?([Zz]|[+-][0-9]{2}:[0-9]{2})?)?"
                    + "|[0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]+)?)?");

    private final SourceText text;
    private final String s;
    private int pos;
    private final List<TomlHeader> headers = new ArrayList<>();
    private final List<TomlEntry> entries = new ArrayList<>();
    private final Map<String, Integer> arrayCounts = new HashMap<>();
    private TomlHeader current;

    private TomlScanner(SourceText text) {
        this.text = text;
        this.s = text.text();
    }

    /** The layout of a TOML text. */
    record Layout(List<TomlHeader> headers, List<TomlEntry> entries) {
    }

    static Layout scan(SourceText text) {
        TomlScanner scanner = new TomlScanner(text);
        try {
            scanner.document();
        } catch (RuntimeException | StackOverflowError e) {
            // keep what was found: a layout of the readable part is better than none
        }
        return new Layout(List.copyOf(scanner.headers), List.copyOf(scanner.entries));
    }

    private void document() {
        while (pos < s.length()) {
            skipBlank();
            if (pos >= s.length()) {
                break;
            }
            char c = s.charAt(pos);
            if (c == '\n' || c == '\r') {
                pos++;
            } else if (c == '#') {
                skipToLineEnd();
            } else if (c == '[') {
                header();
            } else {
                TomlEntry entry = keyValue(current == null ? List.of() : current.path(), current, false);
                if (entry != null) {
                    entries.add(entry);
                }
                skipToLineEnd();
            }
        }
    }

    private void header() {
        int start = pos;
        boolean array = s.startsWith("[[", pos);
        pos += array ? 2 : 1;
        int inner = pos;
        skipBlank();
        boolean spaced = pos > inner;
        int nameStart = pos;
        KeyParts key = key();
        int nameEnd = key == null ? pos : key.end;
        skipBlank();
        spaced |= pos > nameEnd;
        String close = array ? "]]" : "]";
        if (key == null || !s.startsWith(close, pos)) {
            skipToLineEnd(); // malformed header: tomlj reports it; keys below stay with the previous table
            return;
        }
        pos += close.length();
        int end = pos;
        skipBlank();
        Range comment = trailingComment();
        String name = String.join(".", key.segments);
        int index = 0;
        if (array) {
            index = arrayCounts.merge(name, 1, Integer::sum) - 1;
        }
        TomlHeader header = new TomlHeader(key.segments, text.range(start, end), text.range(nameStart, nameEnd), array, index,
                comment, spaced, key.quoted);
        headers.add(header);
        current = header;
        skipToLineEnd();
    }

    private Range trailingComment() {
        if (pos < s.length() && s.charAt(pos) == '#') {
            int start = pos;
            int end = lineEnd(pos);
            pos = end;
            return text.range(start, end);
        }
        return null;
    }

    /** {@code key = value}; null when the line is not one (tomlj reports why). */
    private TomlEntry keyValue(List<String> tablePrefix, TomlHeader header, boolean inline) {
        KeyParts key = key();
        if (key == null) {
            return null;
        }
        skipBlank();
        if (pos >= s.length() || s.charAt(pos) != '=') {
            return null;
        }
        pos++;
        skipBlank();
        TomlValue value = value(List.copyOf(concat(tablePrefix, key.segments)));
        skipBlank();
        Range comment = inline ? null : trailingComment();
        List<String> tablePath = new ArrayList<>(tablePrefix);
        tablePath.addAll(key.segments.subList(0, key.segments.size() - 1));
        TomlKey tomlKey = new TomlKey(key.segments, key.ranges, text.range(key.start, key.end), key.quoted);
        return new TomlEntry(tomlKey, value, comment, header, tablePath);
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private record KeyParts(List<String> segments, List<Range> ranges, int start, int end, boolean quoted) {
    }

    /** A dotted key; null when no key starts here. */
    private KeyParts key() {
        List<String> segments = new ArrayList<>();
        List<Range> ranges = new ArrayList<>();
        int start = pos;
        int end = pos;
        boolean quoted = false;
        while (true) {
            int segStart = pos;
            String segment;
            if (pos < s.length() && (s.charAt(pos) == '"' || s.charAt(pos) == '\'')) {
                char q = s.charAt(pos);
                int close = s.indexOf(q, pos + 1);
                int eol = lineEnd(pos);
                if (close < 0 || close > eol) {
                    return null;
                }
                String raw = s.substring(pos + 1, close);
                segment = q == '"' ? unescape(raw) : raw;
                pos = close + 1;
                quoted = true;
            } else {
                while (pos < s.length() && isBareKeyChar(s.charAt(pos))) {
                    pos++;
                }
                if (pos == segStart) {
                    return null;
                }
                segment = s.substring(segStart, pos);
            }
            segments.add(segment);
            ranges.add(text.range(segStart, pos));
            end = pos;
            int save = pos;
            skipBlank();
            if (pos < s.length() && s.charAt(pos) == '.') {
                pos++;
                skipBlank();
            } else {
                pos = save;
                break;
            }
        }
        return new KeyParts(segments, ranges, start, end, quoted);
    }

    private static boolean isBareKeyChar(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
    }

    private TomlValue value(List<String> path) {
        int start = pos;
        if (pos >= s.length()) {
            return invalid(start, start);
        }
        char c = s.charAt(pos);
        if (s.startsWith("\"\"\"", pos)) {
            return multilineString(start, "\"\"\"", TomlValue.Kind.MULTILINE_BASIC_STRING);
        }
        if (s.startsWith("'''", pos)) {
            return multilineString(start, "'''", TomlValue.Kind.MULTILINE_LITERAL_STRING);
        }
        if (c == '"' || c == '\'') {
            return string(start, c);
        }
        if (c == '[') {
            return array(start, path);
        }
        if (c == '{') {
            return inlineTable(start, path);
        }
        return scalar(start);
    }

    private TomlValue string(int start, char quote) {
        int i = start + 1;
        int eol = lineEnd(start);
        while (i < eol) {
            char c = s.charAt(i);
            if (quote == '"' && c == '\\') {
                i += 2;
                continue;
            }
            if (c == quote) {
                pos = i + 1;
                String raw = s.substring(start + 1, i);
                Object decoded = quote == '"' ? unescape(raw) : raw;
                TomlValue.Kind kind = quote == '"' ? TomlValue.Kind.BASIC_STRING : TomlValue.Kind.LITERAL_STRING;
                return new TomlValue(kind, text.range(start, pos), s.substring(start, pos), decoded, List.of(), List.of(), false);
            }
            i++;
        }
        pos = eol; // unterminated
        return invalid(start, eol);
    }

    private TomlValue multilineString(int start, String delimiter, TomlValue.Kind kind) {
        int close = s.indexOf(delimiter, start + 3);
        if (kind == TomlValue.Kind.MULTILINE_BASIC_STRING) {
            while (close > 0 && isEscaped(close)) {
                close = s.indexOf(delimiter, close + 1);
            }
        }
        if (close < 0) {
            pos = s.length();
            return invalid(start, s.length());
        }
        int end = close + 3;
        while (end < s.length() && end - close < 5 && s.charAt(end) == delimiter.charAt(0)) {
            end++; // up to two quotes may end the content: """a""""" is a"" + delimiter
        }
        pos = end;
        String raw = s.substring(start + 3, end - 3);
        if (raw.startsWith("\r\n")) {
            raw = raw.substring(2);
        } else if (raw.startsWith("\n")) {
            raw = raw.substring(1);
        }
        String decoded = kind == TomlValue.Kind.MULTILINE_BASIC_STRING
                ? unescape(raw.replaceAll("\\\\[ \\t]*\\r?\\n[ \\t\\r\\n]*", ""))
                : raw;
        return new TomlValue(kind, text.range(start, end), s.substring(start, end), decoded, List.of(), List.of(),
                s.substring(start, end).contains("\n"));
    }

    private boolean isEscaped(int at) {
        int backslashes = 0;
        for (int i = at - 1; i >= 0 && s.charAt(i) == '\\'; i--) {
            backslashes++;
        }
        return backslashes % 2 == 1;
    }

    private TomlValue array(int start, List<String> path) {
        pos++;
        List<TomlValue> elements = new ArrayList<>();
        boolean ok = false;
        while (pos < s.length()) {
            skipBlankLinesAndComments();
            if (pos >= s.length()) {
                break;
            }
            if (s.charAt(pos) == ']') {
                pos++;
                ok = true;
                break;
            }
            int before = pos;
            TomlValue element = value(path);
            elements.add(element);
            if (element.kind() == TomlValue.Kind.INVALID && pos == before) {
                break;
            }
            skipBlankLinesAndComments();
            if (pos < s.length() && s.charAt(pos) == ',') {
                pos++;
            } else if (pos < s.length() && s.charAt(pos) == ']') {
                pos++;
                ok = true;
                break;
            } else {
                break;
            }
        }
        String raw = s.substring(start, pos);
        if (!ok || elements.stream().anyMatch(e -> e.decoded() == null)) {
            return new TomlValue(TomlValue.Kind.INVALID, text.range(start, pos), raw, null, elements, List.of(), raw.contains("\n"));
        }
        List<Object> decoded = new ArrayList<>();
        elements.forEach(e -> decoded.add(e.decoded()));
        return new TomlValue(TomlValue.Kind.ARRAY, text.range(start, pos), raw, List.copyOf(decoded), elements, List.of(),
                raw.contains("\n"));
    }

    private TomlValue inlineTable(int start, List<String> path) {
        pos++;
        List<TomlEntry> pairs = new ArrayList<>();
        boolean ok = false;
        while (pos < s.length()) {
            skipBlankLinesAndComments();
            if (pos < s.length() && s.charAt(pos) == '}') {
                pos++;
                ok = true;
                break;
            }
            int before = pos;
            TomlEntry pair = keyValue(path, null, true);
            if (pair == null || pos == before) {
                break;
            }
            pairs.add(pair);
            skipBlankLinesAndComments();
            if (pos < s.length() && s.charAt(pos) == ',') {
                pos++;
            } else if (pos < s.length() && s.charAt(pos) == '}') {
                pos++;
                ok = true;
                break;
            } else {
                break;
            }
        }
        String raw = s.substring(start, pos);
        boolean valid = ok && pairs.stream().allMatch(p -> p.value().decoded() != null);
        return new TomlValue(valid ? TomlValue.Kind.INLINE_TABLE : TomlValue.Kind.INVALID, text.range(start, pos), raw,
                valid ? raw : null, List.of(), pairs, raw.contains("\n"));
    }

    private TomlValue scalar(int start) {
        int i = start;
        while (i < s.length() && isScalarChar(s.charAt(i))) {
            i++;
        }
        // a date and a time may be separated by one space: 1979-05-27 07:32:00
        if (i + 3 < s.length() && s.charAt(i) == ' ' && Character.isDigit(s.charAt(i + 1)) && Character.isDigit(s.charAt(i + 2))
                && s.charAt(i + 3) == ':' && s.substring(start, i).matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
            i++;
            while (i < s.length() && isScalarChar(s.charAt(i))) {
                i++;
            }
        }
        if (i == start) { // a character that cannot start a value: take the rest of the word
            while (i < s.length() && !Character.isWhitespace(s.charAt(i)) && s.charAt(i) != ',' && s.charAt(i) != ']'
                    && s.charAt(i) != '}' && s.charAt(i) != '#') {
                i++;
            }
            i = Math.max(i, Math.min(start + 1, lineEnd(start)));
        }
        pos = i;
        String raw = s.substring(start, i);
        Range range = text.range(start, i);
        if (raw.equals("true") || raw.equals("false")) {
            return new TomlValue(TomlValue.Kind.BOOLEAN, range, raw, Boolean.valueOf(raw), List.of(), List.of(), false);
        }
        if (INTEGER.matcher(raw).matches()) {
            Long value = parseInteger(raw);
            if (value != null) {
                return new TomlValue(TomlValue.Kind.INTEGER, range, raw, value, List.of(), List.of(), false);
            }
        }
        if (FLOAT.matcher(raw).matches()) {
            return new TomlValue(TomlValue.Kind.FLOAT, range, raw, parseFloat(raw), List.of(), List.of(), false);
        }
        if (DATETIME.matcher(raw).matches()) {
            return new TomlValue(TomlValue.Kind.DATETIME, range, raw, raw, List.of(), List.of(), false);
        }
        return new TomlValue(TomlValue.Kind.INVALID, range, raw, null, List.of(), List.of(), false);
    }

    private static boolean isScalarChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '+' || c == '.' || c == ':';
    }

    private static Long parseInteger(String raw) {
        String digits = raw.replace("_", "");
        try {
            if (digits.startsWith("0x")) {
                return Long.parseLong(digits.substring(2), 16);
            }
            if (digits.startsWith("0o")) {
                return Long.parseLong(digits.substring(2), 8);
            }
            if (digits.startsWith("0b")) {
                return Long.parseLong(digits.substring(2), 2);
            }
            return Long.parseLong(digits);
        } catch (NumberFormatException e) {
            return null; // out of range: tomlj reports it
        }
    }

    private static Double parseFloat(String raw) {
        String digits = raw.replace("_", "");
        if (digits.endsWith("inf")) {
            return digits.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        if (digits.endsWith("nan")) {
            return Double.NaN;
        }
        return Double.parseDouble(digits);
    }

    private TomlValue invalid(int start, int end) {
        return new TomlValue(TomlValue.Kind.INVALID, text.range(start, end), s.substring(start, end), null, List.of(),
                List.of(), s.substring(start, end).contains("\n"));
    }

    /** Decodes the escapes of a basic string; a malformed escape is kept as written (tomlj reports it). */
    static String unescape(String raw) {
        if (raw.indexOf('\\') < 0) {
            return raw;
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c != '\\' || i + 1 >= raw.length()) {
                out.append(c);
                continue;
            }
            char n = raw.charAt(++i);
            switch (n) {
                case 'b' -> out.append('\b');
                case 't' -> out.append('\t');
                case 'n' -> out.append('\n');
                case 'f' -> out.append('\f');
                case 'r' -> out.append('\r');
                case 'e' -> out.append('\u001b');
                case '"' -> out.append('"');
                case '\\' -> out.append('\\');
                case 'u', 'U' -> {
                    int len = n == 'u' ? 4 : 8;
                    if (i + 1 + len <= raw.length() && raw.substring(i + 1, i + 1 + len).matches("[0-9A-Fa-f]{" + len + "}")) {
                        int cp = (int) Long.parseLong(raw.substring(i + 1, i + 1 + len), 16);
                        if (Character.isValidCodePoint(cp)) {
                            out.appendCodePoint(cp);
                        }
                        i += len;
                    } else {
                        out.append('\\').append(n);
                    }
                }
                default -> out.append('\\').append(n);
            }
        }
        return out.toString();
    }

    private void skipBlank() {
        while (pos < s.length() && (s.charAt(pos) == ' ' || s.charAt(pos) == '\t')) {
            pos++;
        }
    }

    private void skipBlankLinesAndComments() {
        while (pos < s.length()) {
            char c = s.charAt(pos);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                pos++;
            } else if (c == '#') {
                pos = lineEnd(pos);
            } else {
                break;
            }
        }
    }

    private void skipToLineEnd() {
        int end = lineEnd(pos);
        pos = Math.max(pos, end);
        if (pos < s.length() && s.charAt(pos) == '\r') {
            pos++;
        }
        if (pos < s.length() && s.charAt(pos) == '\n') {
            pos++;
        }
    }

    /** Offset of the end of the line holding {@code at}, before its line break. */
    private int lineEnd(int at) {
        return text.lineEnd(text.positionAt(at).line());
    }
}
