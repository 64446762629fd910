package dev.neam.parser.assist.manifest;

import dev.neam.parser.manifest.ManifestDocument;
import dev.neam.parser.manifest.TomlEntry;
import dev.neam.parser.manifest.TomlHeader;
import dev.neam.parser.manifest.TomlValue;
import dev.neam.parser.text.Range;
import dev.neam.parser.text.SourceText;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the cursor stands on in a neam.toml that is being typed: a table header, a key, a bare value
 * or the inside of a string. TOML is read one line at a time here, so half-typed lines the TOML
 * parser rejects ({@code [deploy.}, {@code repl}, {@code replicas = }) still have a context. Nothing
 * is offered inside comments and multi-line strings or arrays.
 */
final class ManifestCursor {

    /** Where a completion is asked. */
    sealed interface Context permits Header, Key, Value, InString, Nothing {
    }

    /**
     * A header being typed: {@code range} covers the brackets and the name, {@code array} when it
     * opened with {@code [[}, {@code present} the tables the file already has.
     */
    record Header(Range range, boolean array, Set<String> present) implements Context {
    }

    /** A key of the table {@code table} (its dotted path); {@code present} the keys it already has; {@code nameOnly} when '=' follows. */
    record Key(String table, Range range, Set<String> present, boolean nameOnly) implements Context {
    }

    /** The value of {@code key} in {@code table}; {@code spaceBefore} when the cursor touches the '='. */
    record Value(String table, String key, Range range, boolean spaceBefore, String provider) implements Context {
    }

    /** Inside the quotes of the value of {@code key}. */
    record InString(String table, String key, Range range, String provider) implements Context {
    }

    record Nothing() implements Context {
    }

    private static final Nothing NOTHING = new Nothing();

    private ManifestCursor() {
    }

    static Context at(ManifestDocument document, int offset) {
        SourceText text = document.text();
        String s = text.text();
        int line = text.positionAt(offset).line();
        int lineStart = text.lineStart(line);
        int lineEnd = text.lineEnd(line);
        if (offset < lineStart || offset > lineEnd || insideMultilineValue(document, line)) {
            return NOTHING;
        }
        String before = s.substring(lineStart, offset);
        if (Scan.commentStart(before) >= 0) {
            return NOTHING;
        }
        int first = lineStart;
        while (first < offset && (s.charAt(first) == ' ' || s.charAt(first) == '\t')) {
            first++;
        }
        if (first < lineEnd && s.charAt(first) == '[') {
            return header(document, line, first, offset, lineEnd);
        }
        TomlHeader header = headerAbove(document, line);
        List<String> tablePath = header == null ? List.of() : header.path();
        int equals = Scan.equalsSign(before);
        if (equals < 0) {
            return key(document, header, tablePath, line, lineStart + (first - lineStart), offset, lineEnd);
        }
        List<String> keyPath = Scan.keySegments(before.substring(first - lineStart, equals));
        if (keyPath == null) {
            return NOTHING;
        }
        List<String> table = new ArrayList<>(tablePath);
        table.addAll(keyPath.subList(0, keyPath.size() - 1));
        String provider = provider(document, header, table, line);
        return value(document, table, keyPath.get(keyPath.size() - 1), lineStart + equals + 1, offset, lineEnd, provider);
    }

    private static Context header(ManifestDocument document, int line, int open, int offset, int lineEnd) {
        SourceText text = document.text();
        String s = text.text();
        boolean array = s.startsWith("[[", open);
        int nameStart = open + (array ? 2 : 1);
        if (offset < nameStart || s.substring(nameStart, offset).contains("]")) {
            return NOTHING; // before the bracket, or after the header's end
        }
        int nameEnd = offset;
        while (nameEnd < lineEnd && s.charAt(nameEnd) != ']' && s.charAt(nameEnd) != '#') {
            nameEnd++;
        }
        int end = nameEnd;
        while (end < lineEnd && s.charAt(end) == ']' && end - nameEnd < (array ? 2 : 1)) {
            end++;
        }
        if (end == nameEnd) {
            while (end > offset && Character.isWhitespace(s.charAt(end - 1))) {
                end--; // no closing bracket: keep what follows the name
            }
        }
        Set<String> present = new TreeSet<>();
        for (TomlHeader h : document.headers()) {
            if (h.range().start().line() != line && !h.arrayOfTables()) {
                present.add(h.name());
            }
        }
        return new Header(text.range(open, end), array, present);
    }

    private static Context key(ManifestDocument document, TomlHeader header, List<String> tablePath, int line, int first,
            int offset, int lineEnd) {
        String s = document.text().text();
        int start = offset;
        while (start > first && Scan.isKeyChar(s.charAt(start - 1))) {
            start--;
        }
        List<String> prefix = Scan.keySegments(s.substring(first, start) + "x"); // the segments before the typed one
        if (prefix == null) {
            return NOTHING;
        }
        int end = offset;
        while (end < lineEnd && Scan.isKeyChar(s.charAt(end))) {
            end++;
        }
        boolean nameOnly = s.substring(end, lineEnd).strip().startsWith("=");
        List<String> table = new ArrayList<>(tablePath);
        table.addAll(prefix.subList(0, prefix.size() - 1));
        Set<String> present = new TreeSet<>();
        for (TomlEntry e : document.entries()) {
            if (e.key().range().start().line() != line && e.tablePath().equals(table) && sameInstance(e.header(), header)) {
                present.add(e.name());
            }
        }
        return new Key(String.join(".", table), document.text().range(start, end), present, nameOnly);
    }

    private static Context value(ManifestDocument document, List<String> table, String key, int afterEquals, int offset,
            int lineEnd, String provider) {
        String s = document.text().text();
        int start = afterEquals;
        while (start < offset && (s.charAt(start) == ' ' || s.charAt(start) == '\t')) {
            start++;
        }
        String typed = s.substring(start, offset);
        String tableName = String.join(".", table);
        if (typed.startsWith("\"")) {
            if (typed.startsWith("\"\"\"") || Scan.closingQuote(typed, 1) >= 0) {
                return NOTHING;
            }
            int end = offset;
            while (end < lineEnd && s.charAt(end) != '"') {
                end++;
            }
            return new InString(tableName, key, document.text().range(start + 1, end), provider);
        }
        if (typed.startsWith("{")) {
            return inlineTable(document, table, key, start, offset, lineEnd, provider);
        }
        if (!typed.chars().allMatch(Scan::isBareValueChar)) {
            return NOTHING; // an array, a literal string, or a second value
        }
        int end = offset;
        while (end < lineEnd && Scan.isBareValueChar(s.charAt(end))) {
            end++;
        }
        boolean touching = start == offset && offset > 0 && s.charAt(offset - 1) == '=';
        return new Value(tableName, key, document.text().range(start, end), touching, provider);
    }

    /** Inside {@code key = { … }}: a key of the inline table, or the value of one of its keys. */
    private static Context inlineTable(ManifestDocument document, List<String> table, String key, int open, int offset,
            int lineEnd, String provider) {
        String s = document.text().text();
        int pairStart = Scan.lastPairStart(s, open, offset);
        if (pairStart < 0) {
            return NOTHING;
        }
        List<String> inner = new ArrayList<>(table);
        inner.add(key);
        String pair = s.substring(pairStart, offset);
        int equals = Scan.equalsSign(pair);
        if (equals < 0) {
            int start = offset;
            while (start > pairStart && Scan.isKeyChar(s.charAt(start - 1))) {
                start--;
            }
            if (!s.substring(pairStart, start).isBlank()) {
                return NOTHING;
            }
            int end = offset;
            while (end < lineEnd && Scan.isKeyChar(s.charAt(end))) {
                end++;
            }
            Set<String> present = new TreeSet<>(Scan.inlineKeys(s.substring(open, lineEnd)));
            present.remove(s.substring(start, end));
            return new Key(String.join(".", inner), document.text().range(start, end), present,
                    s.substring(end, lineEnd).strip().startsWith("="));
        }
        List<String> innerKey = Scan.keySegments(pair.substring(0, equals));
        if (innerKey == null || innerKey.size() != 1) {
            return NOTHING;
        }
        return value(document, inner, innerKey.get(0), pairStart + equals + 1, offset, lineEnd, provider);
    }

    /**
     * Lines inside a multi-line string or array (after its first line) have no completion. An array
     * left open while typing does not count: the reader stops it somewhere in the lines below.
     */
    private static boolean insideMultilineValue(ManifestDocument document, int line) {
        for (TomlEntry e : document.entries()) {
            Range r = e.value().range();
            boolean openArray = e.value().kind() == TomlValue.Kind.INVALID && e.value().raw().startsWith("[");
            if (!openArray && r.start().line() < line && line <= r.end().line()) {
                return true;
            }
        }
        return false;
    }

    /** The last header above the line (the table the line belongs to), or null at the top level. */
    static TomlHeader headerAbove(ManifestDocument document, int line) {
        TomlHeader found = null;
        for (TomlHeader h : document.headers()) {
            if (h.range().start().line() < line) {
                found = h;
            }
        }
        return found;
    }

    private static boolean sameInstance(TomlHeader a, TomlHeader b) {
        return a == null ? b == null : a.equals(b);
    }

    /** The provider written in the same table, which names the environment variable of its key ({@code OPENAI_API_KEY}). */
    private static String provider(ManifestDocument document, TomlHeader header, List<String> table, int line) {
        for (TomlEntry e : document.entries()) {
            if (e.name().equals("provider") && e.tablePath().equals(table) && sameInstance(e.header(), header)
                    && e.key().range().start().line() != line) {
                return e.value().asString();
            }
        }
        return null;
    }
}
