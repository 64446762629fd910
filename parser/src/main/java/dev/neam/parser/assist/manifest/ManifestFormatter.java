package dev.neam.parser.assist.manifest;

import dev.neam.parser.formatting.LineDiff;
import dev.neam.parser.formatting.TextReplacement;
import dev.neam.parser.manifest.ManifestDocument;
import dev.neam.parser.manifest.TomlEntry;
import dev.neam.parser.manifest.TomlHeader;
import dev.neam.parser.manifest.TomlValue;
import dev.neam.parser.text.SourceText;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Formats a neam.toml without changing what it says: headers and keys start at the first column,
 * one space on each side of '=', the lines of a multi-line array indented by nesting, no trailing
 * blanks, one blank line before each table (and before the comments right above its header), at
 * most one blank line anywhere, and one line break at the end. Comments stay where they are,
 * nothing is reordered, and the text of multi-line strings is not touched. A file with TOML syntax
 * errors is left alone.
 */
public final class ManifestFormatter {
    private enum Kind { BLANK, HEADER, COMMENT, OTHER }

    private record Line(String text, Kind kind) {
    }

    private ManifestFormatter() {
    }

    /** The edits, line by line (empty when the file is formatted already); nothing when the file has syntax errors. */
    public static Optional<List<TextReplacement>> format(ManifestDocument document, String indentUnit) {
        if (!document.syntaxDiagnostics().isEmpty()) {
            return Optional.empty();
        }
        SourceText text = document.text();
        String formatted = formatted(document, indentUnit);
        return Optional.of(LineDiff.edits(text, formatted));
    }

    /** The whole formatted text. */
    static String formatted(ManifestDocument document, String indentUnit) {
        SourceText text = document.text();
        Line[] lines = new Line[text.lineCount()];
        for (TomlHeader header : document.headers()) {
            int line = header.range().start().line();
            lines[line] = new Line(text.lineText(line).strip(), Kind.HEADER);
        }
        for (TomlEntry entry : document.entries()) {
            entry(text, entry, indentUnit, lines);
        }
        for (int line = 0; line < lines.length; line++) {
            if (lines[line] == null) {
                String content = text.lineText(line).strip();
                lines[line] = new Line(content, content.isEmpty() ? Kind.BLANK : content.startsWith("#") ? Kind.COMMENT : Kind.OTHER);
            }
        }
        boolean[] blankBefore = blankBeforeTables(lines);
        String newline = text.text().contains("\r\n") ? "\r\n" : "\n";
        StringBuilder out = new StringBuilder();
        boolean started = false;
        boolean pendingBlank = false;
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].kind() == Kind.BLANK) {
                pendingBlank = true;
                continue;
            }
            if (started && (pendingBlank || blankBefore[i])) {
                out.append(newline);
            }
            out.append(lines[i].text()).append(newline);
            started = true;
            pendingBlank = false;
        }
        return out.toString();
    }

    /** {@code key = value} from the first column; the following lines of a multi-line value. */
    private static void entry(SourceText text, TomlEntry entry, String indentUnit, Line[] lines) {
        int line = entry.key().range().start().line();
        TomlValue value = entry.value();
        String rest = text.lineText(line).substring(value.range().start().character()).stripTrailing();
        lines[line] = new Line(text.slice(entry.key().range()) + " = " + rest, Kind.OTHER);
        int last = value.range().end().line();
        if (last == line) {
            return;
        }
        boolean array = value.kind() == TomlValue.Kind.ARRAY && !hasMultilineString(value);
        List<Integer> depths = array ? depths(value.raw()) : List.of();
        for (int l = line + 1; l <= last; l++) {
            String own = text.lineText(l);
            if (!array) {
                lines[l] = new Line(own, Kind.OTHER); // a multi-line string: its text as written
                continue;
            }
            String content = own.strip();
            int depth = depths.get(l - line);
            if (content.startsWith("]")) {
                depth--;
            }
            lines[l] = new Line(content.isEmpty() ? "" : indentUnit.repeat(Math.max(0, depth)) + content, Kind.OTHER);
        }
    }

    private static boolean hasMultilineString(TomlValue value) {
        for (TomlValue e : value.elements()) {
            if (e.kind() == TomlValue.Kind.MULTILINE_BASIC_STRING || e.kind() == TomlValue.Kind.MULTILINE_LITERAL_STRING
                    || hasMultilineString(e)) {
                return true;
            }
        }
        return false;
    }

    /** For each line of an array's text, the bracket depth at its start (strings and comments skipped). */
    private static List<Integer> depths(String raw) {
        List<Integer> depths = new ArrayList<>();
        depths.add(0);
        int depth = 0;
        Quotes quotes = new Quotes();
        boolean comment = false;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            boolean code = quotes.outside(c);
            if (c == '\n') {
                depths.add(depth);
                comment = false;
            } else if (!code || comment) {
                continue;
            } else if (c == '#') {
                comment = true;
            } else if (c == '[' || c == '{') {
                depth++;
            } else if (c == ']' || c == '}') {
                depth--;
            }
        }
        return depths;
    }

    /** A blank line goes before each table header, or before the comment lines right above it. */
    private static boolean[] blankBeforeTables(Line[] lines) {
        boolean[] blank = new boolean[lines.length];
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].kind() != Kind.HEADER) {
                continue;
            }
            int first = i;
            while (first > 0 && lines[first - 1].kind() == Kind.COMMENT) {
                first--;
            }
            blank[first] = true;
        }
        return blank;
    }
}
