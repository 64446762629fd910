package dev.neam.parser.manifest;

import dev.neam.parser.diagnostic.Diagnostic;
import dev.neam.parser.diagnostic.DiagnosticCode;
import dev.neam.parser.diagnostic.RelatedInformation;
import dev.neam.parser.text.Range;
import dev.neam.parser.text.SourceText;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tomlj.Toml;
import org.tomlj.TomlParseError;
import org.tomlj.TomlParseResult;
import org.tomlj.TomlPosition;
import org.tomlj.TomlVersion;

/**
 * TOML 1.0 syntax errors, duplicate keys and duplicate tables, from tomlj, each with the range of
 * the offending token. tomlj only gives where an error starts; the range is widened here to the
 * token at that place.
 */
final class TomlSyntax {

    private static final Pattern PREVIOUSLY = Pattern.compile(
            "^(.*?) (?:is not a table \\()?previously defined at line (\\d+), column (\\d+)\\)?$");
    private static final Pattern UNICODE_ESCAPE = Pattern.compile("\\\\u([0-9a-fA-F]{4})|\\\\U([0-9a-fA-F]{8})");

    private TomlSyntax() {
    }

    static List<Diagnostic> check(SourceText text) {
        List<TomlParseError> errors;
        try {
            TomlParseResult result = Toml.parse(text.text(), TomlVersion.V1_0_0);
            errors = result.errors();
        } catch (Throwable t) { // tomlj may throw AssertionError on some malformed input: never crash the analysis
            return List.of(Diagnostic.of(DiagnosticCode.TOML_SYNTAX, Range.of(0, 0, 0, 0),
                    "the TOML parser failed on this file (" + t.getClass().getSimpleName() + "); check the syntax near the last edit"));
        }
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (TomlParseError error : errors) {
            diagnostics.add(toDiagnostic(text, error));
        }
        return diagnostics;
    }

    private static Diagnostic toDiagnostic(SourceText text, TomlParseError error) {
        int offset = offset(text, error.position());
        String message = readable(error.getMessage());
        Matcher previous = PREVIOUSLY.matcher(message);
        if (previous.matches()) {
            int firstOffset = text.offsetOfCodePointColumn(Integer.parseInt(previous.group(2)) - 1,
                    Integer.parseInt(previous.group(3)) - 1);
            return duplicate(text, offset, firstOffset, previous.group(1), message.contains("is not a table"));
        }
        String[] unexpected = unexpected(message);
        if (unexpected != null) {
            String token = unescape(unexpected[0]);
            int end = text.text().startsWith(token, offset) ? offset + token.length() : tokenEnd(text, offset);
            if (!token.isEmpty() && Character.isLetterOrDigit(token.codePointAt(0))) {
                end = Math.max(end, tokenEnd(text, offset)); // 'tru' rather than 't'
                token = text.text().substring(offset, end);
            }
            return Diagnostic.of(DiagnosticCode.TOML_SYNTAX, text.range(offset, end),
                    "unexpected " + quoted(token) + unexpected[1]);
        }
        return Diagnostic.of(DiagnosticCode.TOML_SYNTAX, text.range(offset, tokenEnd(text, offset)), lowerFirst(message));
    }

    /** A token of a line's length is quoted by its start: the range shows the rest. */
    private static String quoted(String token) {
        return token.length() <= LONGEST_QUOTED_TOKEN ? "'" + token + "'"
                : "'" + token.substring(0, LONGEST_QUOTED_TOKEN) + "…' (" + token.length() + " characters)";
    }

    private static final int LONGEST_QUOTED_TOKEN = 40;

    /**
     * tomlj's "Unexpected 'TOKEN'REST" as TOKEN (escapes kept) and REST, or null. Read by hand: a
     * regular expression alternating per character recurses per character and overflows the stack
     * on a token thousands of characters long.
     */
    private static String[] unexpected(String message) {
        String prefix = "Unexpected '";
        if (!message.startsWith(prefix)) {
            return null;
        }
        int i = prefix.length();
        while (i < message.length() && message.charAt(i) != '\'') {
            i += message.charAt(i) == '\\' ? 2 : 1;
        }
        return i < message.length() ? new String[] {message.substring(prefix.length(), i), message.substring(i + 1)} : null;
    }

    private static Diagnostic duplicate(SourceText text, int offset, int firstOffset, String name, boolean notATable) {
        String s = text.text();
        boolean header = offset < s.length() && s.charAt(offset) == '[';
        Range here;
        if (header) {
            int close = s.indexOf(']', offset);
            int eol = text.lineEnd(text.positionAt(offset).line());
            int end = close < 0 || close > eol ? eol : close + 1;
            if (end < s.length() && s.charAt(end) == ']') {
                end++;
            }
            here = text.range(offset, end);
        } else {
            here = text.range(offset, keyEnd(text, offset));
        }
        Range first = text.range(firstOffset, firstOffset < s.length() && s.charAt(firstOffset) == '['
                ? Math.min(text.lineEnd(text.positionAt(firstOffset).line()), Math.max(firstOffset, s.indexOf(']', firstOffset) + 1))
                : keyEnd(text, firstOffset));
        String firstLine = "line " + (first.start().line() + 1);
        DiagnosticCode code = header ? DiagnosticCode.TOML_DUPLICATE_TABLE : DiagnosticCode.TOML_DUPLICATE_KEY;
        String message;
        if (notATable) {
            message = "'" + name + "' is already a value (" + firstLine + "), so it cannot also be a table";
        } else if (header) {
            message = "duplicate table [" + name + "] (first defined on " + firstLine + "); neamc would merge them silently";
        } else {
            message = "duplicate key '" + name + "' (first defined on " + firstLine + "); neamc would silently keep the last value";
        }
        return Diagnostic.of(code, here, message).withRelated(new RelatedInformation(null, first, "first definition of '" + name + "'"));
    }

    /** End of a (possibly dotted, possibly quoted) key starting at offset. */
    private static int keyEnd(SourceText text, int offset) {
        String s = text.text();
        int eol = text.lineEnd(text.positionAt(offset).line());
        int i = offset;
        while (i < eol && s.charAt(i) != '=' && s.charAt(i) != ']' && s.charAt(i) != '#') {
            i++;
        }
        while (i > offset && Character.isWhitespace(s.charAt(i - 1))) {
            i--;
        }
        return Math.max(i, Math.min(offset + 1, eol));
    }

    private static int offset(SourceText text, TomlPosition position) {
        if (position == null) {
            return 0;
        }
        return text.offsetOfCodePointColumn(Math.max(0, position.line() - 1), Math.max(0, position.column() - 1));
    }

    /** The token at offset: a word, or one punctuation character; empty at the end of a line. */
    private static int tokenEnd(SourceText text, int offset) {
        String s = text.text();
        int eol = text.lineEnd(text.positionAt(offset).line());
        if (offset >= eol) {
            return offset;
        }
        int i = offset;
        while (i < eol && (Character.isLetterOrDigit(s.charAt(i)) || "_-+.:".indexOf(s.charAt(i)) >= 0)) {
            i++;
        }
        return i == offset ? offset + Character.charCount(s.codePointAt(offset)) : i;
    }

    /** tomlj writes non-ASCII characters as Java escapes; show them as they are. */
    private static String readable(String message) {
        Matcher m = UNICODE_ESCAPE.matcher(message == null ? "syntax error" : message);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            int cp = Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2), 16);
            m.appendReplacement(out, Matcher.quoteReplacement(Character.isValidCodePoint(cp) ? new String(Character.toChars(cp)) : m.group()));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String unescape(String token) {
        return token.replace("\\n", "\n").replace("\\t", "\t").replace("\\'", "'").replace("\\\\", "\\");
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
}
