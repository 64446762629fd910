package dev.neam.parser.workspace;

import dev.neam.parser.diagnostic.Category;
import dev.neam.parser.diagnostic.Diagnostic;
import dev.neam.parser.diagnostic.DiagnosticCode;
import dev.neam.parser.grammar.NeamLexer;
import dev.neam.parser.text.SourceText;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Token;

/**
 * The suppression comments of one {@code .neam} file, and the diagnostics they silence.
 *
 * <ul>
 *   <li>{@code // neam-disable-next-line CODE[, CODE…]} silences those codes for diagnostics that
 *       start on the line after the comment; without codes it silences every code there.</li>
 *   <li>{@code // neam-disable CODE[, CODE…]} silences those codes from the comment's line to the
 *       end of the file (at the top of a file: the whole file); without codes, every code.</li>
 *   <li>Codes are separated by commas or spaces; {@code -- reason} after them is a free note.
 *       A comment with anything else after the directive (a word that is not a code) is not a
 *       directive, so a typo silences nothing rather than everything.</li>
 * </ul>
 *
 * <p>Only real line comments count: the text is lexed, so {@code "// neam-disable"} inside a string
 * is no directive. Files without the word {@code neam-disable} are not lexed a second time.
 *
 * <p>{@code neam.toml}, YAML and Dockerfiles use the same directives in {@code #} comments
 * ({@code # neam-disable-next-line DEPLOY2001}), which count only on a line of their own (a
 * {@code #} after a value may be inside a string, and those languages are not lexed here).
 */
public final class Suppressions {

    public static final Suppressions NONE = new Suppressions(Map.of(), List.of());

    private static final String MARKER = "neam-disable";
    private static final Pattern DIRECTIVE = Pattern.compile(
            "^//\\s*neam-(disable-next-line|disable)(?:\\s+(.*?))?\\s*$");
    private static final Pattern HASH_DIRECTIVE = Pattern.compile(
            "^\\s*#\\s*neam-(disable-next-line|disable)(?:\\s+(.*?))?\\s*$");
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9]*[0-9]");

    /** The codes silenced on one line; an empty set means every code. */
    private final Map<Integer, Set<String>> byLine;
    /** {@code neam-disable} directives in file order. */
    private final List<FromLine> fromLine;

    private record FromLine(int line, Set<String> codes) {
    }

    private Suppressions(Map<Integer, Set<String>> byLine, List<FromLine> fromLine) {
        this.byLine = byLine;
        this.fromLine = fromLine;
    }

    /** Reads the directives of a file's text. */
    public static Suppressions of(String text) {
        if (!text.contains(MARKER)) {
            return NONE;
        }
        SourceText source = new SourceText(text);
        Map<Integer, Set<String>> byLine = new HashMap<>();
        List<FromLine> fromLine = new ArrayList<>();
        NeamLexer lexer = new NeamLexer(CharStreams.fromString(text));
        lexer.removeErrorListeners();
        for (Token token : lexer.getAllTokens()) {
            if (token.getType() != NeamLexer.LINE_COMMENT || !token.getText().contains(MARKER)) {
                continue;
            }
            Matcher m = DIRECTIVE.matcher(token.getText());
            if (!m.matches()) {
                continue;
            }
            Set<String> codes = codes(m.group(2));
            if (codes == null) {
                continue;
            }
            int line = source.positionAt(source.utf16Offset(token.getStartIndex())).line();
            if (m.group(1).equals("disable-next-line")) {
                byLine.merge(line + 1, codes, Suppressions::union);
            } else {
                fromLine.add(new FromLine(line, codes));
            }
        }
        return byLine.isEmpty() && fromLine.isEmpty() ? NONE : new Suppressions(byLine, fromLine);
    }

    /** The directives of any checked file: {@code //} comments in Neam files, {@code #} comments elsewhere. */
    public static Suppressions forFile(String path, String text) {
        return path.endsWith(WorkspaceFiles.NEAM_EXTENSION) ? of(text) : ofHashComments(text);
    }

    /** Reads {@code # neam-disable…} directives standing alone on their lines. */
    static Suppressions ofHashComments(String text) {
        if (!text.contains(MARKER)) {
            return NONE;
        }
        SourceText source = new SourceText(text);
        Map<Integer, Set<String>> byLine = new HashMap<>();
        List<FromLine> fromLine = new ArrayList<>();
        for (int line = 0; line < source.lineCount(); line++) {
            Matcher m = HASH_DIRECTIVE.matcher(source.lineText(line));
            if (!m.matches()) {
                continue;
            }
            Set<String> codes = codes(m.group(2));
            if (codes == null) {
                continue;
            }
            if (m.group(1).equals("disable-next-line")) {
                byLine.merge(line + 1, codes, Suppressions::union);
            } else {
                fromLine.add(new FromLine(line, codes));
            }
        }
        return byLine.isEmpty() && fromLine.isEmpty() ? NONE : new Suppressions(byLine, fromLine);
    }

    /**
     * The comment that silences one occurrence of a code when written on the line above it:
     * {@code // neam-disable-next-line NEAM3007} in a Neam file, {@code # neam-disable-next-line TOML1001}
     * (on a line of its own) in neam.toml, YAML and Dockerfiles; none for a file that has no text.
     */
    public static Optional<String> nextLineComment(DiagnosticCode code) {
        if (code == DiagnosticCode.UNREADABLE_FILE) {
            return Optional.empty();
        }
        boolean hash = code.category() == Category.MANIFEST || code.category() == Category.DEPLOY;
        return Optional.of((hash ? "# " : "// ") + MARKER + "-next-line " + code.id());
    }

    public boolean isEmpty() {
        return byLine.isEmpty() && fromLine.isEmpty();
    }

    /** Whether a diagnostic of this file is silenced (judged by the line it starts on). */
    public boolean suppresses(Diagnostic diagnostic) {
        int line = diagnostic.range().start().line();
        String code = diagnostic.code().id();
        Set<String> onLine = byLine.get(line);
        if (onLine != null && (onLine.isEmpty() || onLine.contains(code))) {
            return true;
        }
        for (FromLine directive : fromLine) {
            if (directive.line() <= line && (directive.codes().isEmpty() || directive.codes().contains(code))) {
                return true;
            }
        }
        return false;
    }

    /** The diagnostics that are not silenced, in their order. */
    public List<Diagnostic> filter(List<Diagnostic> diagnostics) {
        if (isEmpty()) {
            return diagnostics;
        }
        List<Diagnostic> kept = new ArrayList<>(diagnostics.size());
        for (Diagnostic d : diagnostics) {
            if (!suppresses(d)) {
                kept.add(d);
            }
        }
        return kept;
    }

    /** The codes after a directive, empty for none (every code), null when it is not a list of codes. */
    private static Set<String> codes(String rest) {
        if (rest == null) {
            return Set.of();
        }
        int note = rest.indexOf("--");
        String list = (note >= 0 ? rest.substring(0, note) : rest).strip();
        Set<String> codes = new LinkedHashSet<>();
        if (list.isEmpty()) {
            return Set.of();
        }
        for (String word : list.split("[,\\s]+")) {
            if (word.isEmpty()) {
                continue;
            }
            if (!CODE.matcher(word).matches()) {
                return null;
            }
            codes.add(word);
        }
        return Set.copyOf(codes);
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return Set.of();
        }
        Set<String> all = new LinkedHashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }
}
