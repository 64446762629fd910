package dev.neam.parser.assist.manifest;

import dev.neam.parser.manifest.ManifestDocument;
import dev.neam.parser.manifest.TomlEntry;
import dev.neam.parser.manifest.TomlHeader;
import dev.neam.parser.manifest.TomlValue;
import dev.neam.parser.text.SourceText;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Folding of a neam.toml: each table from its header to its last line of content (a comment run
 * just above the next header belongs to that header), multi-line arrays, inline tables and strings
 * (keeping the closing bracket visible), and runs of two or more comment lines.
 */
public final class ManifestFolding {
    private ManifestFolding() {
    }

    public static List<ManifestFold> of(ManifestDocument document) {
        SourceText text = document.text();
        Map<Integer, ManifestFold> byStart = new LinkedHashMap<>(); // one fold per start line: the first found
        List<TomlHeader> headers = document.headers();
        for (int i = 0; i < headers.size(); i++) {
            int start = headers.get(i).range().start().line();
            int next = i + 1 < headers.size() ? headers.get(i + 1).range().start().line() : text.lineCount();
            add(byStart, new ManifestFold(start, lastContentLine(text, start, next), false));
        }
        for (TomlEntry entry : document.entries()) {
            values(text, entry.value(), byStart);
        }
        comments(text, insideValues(document), byStart);
        List<ManifestFold> out = new ArrayList<>(byStart.values());
        out.sort(Comparator.comparingInt(ManifestFold::startLine));
        return out;
    }

    /** The last line of a table that holds content, leaving out blank lines and the comments that introduce the next table. */
    private static int lastContentLine(SourceText text, int header, int next) {
        int last = next - 1;
        while (last > header && text.lineText(last).isBlank()) {
            last--;
        }
        if (next < text.lineCount() && last == next - 1) {
            int comments = last;
            while (comments > header && isComment(text, comments)) {
                comments--;
            }
            if (comments < last) { // a comment run touching the next header introduces it
                last = comments;
                while (last > header && text.lineText(last).isBlank()) {
                    last--;
                }
            }
        }
        return last;
    }

    private static void values(SourceText text, TomlValue value, Map<Integer, ManifestFold> out) {
        int start = value.range().start().line();
        int end = value.range().end().line();
        if (end > start) {
            boolean closer = value.kind() == TomlValue.Kind.ARRAY || value.kind() == TomlValue.Kind.INLINE_TABLE
                    || value.raw().endsWith("]") || value.raw().endsWith("}");
            add(out, new ManifestFold(start, closer ? end - 1 : end, false));
        }
        value.elements().forEach(e -> values(text, e, out));
        value.entries().forEach(e -> values(text, e.value(), out));
    }

    private static void comments(SourceText text, boolean[] insideValue, Map<Integer, ManifestFold> out) {
        int run = -1;
        for (int line = 0; line <= text.lineCount(); line++) {
            boolean comment = line < text.lineCount() && !insideValue[line] && isComment(text, line);
            if (comment && run < 0) {
                run = line;
            } else if (!comment && run >= 0) {
                add(out, new ManifestFold(run, line - 1, true));
                run = -1;
            }
        }
    }

    /** Lines after the first of a multi-line value: a '#' there is text of a string, not a comment. */
    private static boolean[] insideValues(ManifestDocument document) {
        boolean[] inside = new boolean[document.text().lineCount() + 1];
        for (TomlEntry entry : document.entries()) {
            for (int line = entry.value().range().start().line() + 1; line <= entry.value().range().end().line(); line++) {
                inside[line] = true;
            }
        }
        return inside;
    }

    private static boolean isComment(SourceText text, int line) {
        return text.lineText(line).stripLeading().startsWith("#");
    }

    private static void add(Map<Integer, ManifestFold> out, ManifestFold fold) {
        if (fold.endLine() > fold.startLine()) {
            out.putIfAbsent(fold.startLine(), fold);
        }
    }
}
