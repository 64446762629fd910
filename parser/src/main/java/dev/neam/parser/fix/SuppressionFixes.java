package dev.neam.parser.fix;

import dev.neam.parser.text.Position;
import dev.neam.parser.text.SourceText;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Silencing a finding with the comments {@link dev.neam.parser.workspace.Suppressions} honours:
 * {@code // neam-disable-next-line CODE} above the line (indented like it), or
 * {@code // neam-disable CODE} at the top of the file (which silences the code in the whole file);
 * in neam.toml and deploy files the same with {@code #}. A directive already standing there gets
 * the code added.
 */
final class SuppressionFixes implements FixFamily {
    private static final String CODES = "([A-Z][A-Z0-9]*[0-9](?:[,\\s]+[A-Z][A-Z0-9]*[0-9])*)\\s*$";
    private static final Pattern NEXT_LINE = Pattern.compile("^\\s*(?://|#)\\s*neam-disable-next-line\\s+" + CODES);
    private static final Pattern FILE = Pattern.compile("^\\s*(?://|#)\\s*neam-disable\\s+" + CODES);

    @Override
    public List<Fix> fixes(FixContext context) {
        String code = context.code();
        String comment = context.isNeam() ? "//" : "#";
        return List.of(
                new Fix("suppress-line", "Suppress " + code + " on this line", List.of(nextLine(context.text(),
                        context.range().start().line(), code, comment)), false),
                new Fix("suppress-file", "Suppress " + code + " in this file",
                        List.of(wholeFile(context.text(), code, comment)), false));
    }

    private static TextEdit nextLine(SourceText text, int line, String code, String comment) {
        if (line > 0) {
            TextEdit added = addTo(text, line - 1, NEXT_LINE, code);
            if (added != null) {
                return added;
            }
        }
        return TextEdit.insert(new Position(line, 0),
                Layout.indentOf(text, line) + comment + " neam-disable-next-line " + code + Layout.newline(text));
    }

    private static TextEdit wholeFile(SourceText text, String code, String comment) {
        TextEdit added = addTo(text, 0, FILE, code);
        return added != null ? added
                : TextEdit.insert(new Position(0, 0), comment + " neam-disable " + code + Layout.newline(text));
    }

    /** Adds the code to a directive on {@code line}, or null when the line holds no such directive. */
    private static TextEdit addTo(SourceText text, int line, Pattern directive, String code) {
        if (line >= text.lineCount()) {
            return null;
        }
        Matcher m = directive.matcher(text.lineText(line));
        if (!m.matches()) {
            return null;
        }
        if (List.of(m.group(1).split("[,\\s]+")).contains(code)) {
            return null;
        }
        return TextEdit.insert(new Position(line, m.end(1)), ", " + code);
    }
}
