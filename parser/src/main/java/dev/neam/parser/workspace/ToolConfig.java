package dev.neam.parser.workspace;

import dev.neam.parser.diagnostic.Diagnostic;
import dev.neam.parser.diagnostic.DiagnosticCode;
import dev.neam.parser.diagnostic.Severity;
import dev.neam.parser.semantic.AnalysisOptions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@code [tool.neam-lsp]} table of a project's {@code neam.toml}: what the server and
 * {@code lint} both apply to the project's diagnostics and file discovery. Read by
 * {@link ToolConfigReader}; {@link #NONE} when there is no manifest or no table.
 *
 * @param manifest      the {@code neam.toml} it came from, null for {@link #NONE}
 * @param severities    per-code severity overrides ({@code rules = { NEAM1002 = "error" }})
 * @param off           codes never reported ({@code "off"} in {@code rules}, or listed in {@code disable})
 * @param exclude       gitignore-style patterns, relative to the project folder, of files not to analyse
 * @param deployGlobs   globs of deploy files, kept for the deploy checks
 * @param languageVersion {@code auto}, {@code 0.6} or {@code 1.x}; null when not set
 * @param problems      what in the table is unknown or malformed (the valid rest still applies)
 */
public record ToolConfig(
        Path manifest,
        Map<DiagnosticCode, Severity> severities,
        Set<DiagnosticCode> off,
        List<String> exclude,
        List<String> deployGlobs,
        String languageVersion,
        List<Problem> problems) {

    public static final ToolConfig NONE = new ToolConfig(null, Map.of(), Set.of(), List.of(), List.of(), null, List.of());

    /**
     * Something in {@code [tool.neam-lsp]} that cannot be applied; line and column are 1-based (0 when
     * unknown). A problem of the {@link Kind#MANIFEST} kind is about the whole file (it cannot be read,
     * or is not valid TOML), which the manifest checks report as findings; only {@link Kind#TABLE}
     * problems make the configuration itself invalid.
     */
    public record Problem(Path manifest, int line, int column, String message, Kind kind) {
        public enum Kind { TABLE, MANIFEST }

        /** A problem with the table's content. */
        public Problem(Path manifest, int line, int column, String message) {
            this(manifest, line, column, message, Kind.TABLE);
        }

        /** {@code path:line:column: message}, with the manifest path shown as {@code shownPath}. */
        public String describe(String shownPath) {
            return shownPath + (line > 0 ? ":" + line + ":" + column : "") + ": " + message;
        }
    }

    /** The problems that make the table invalid (not those of the manifest as a whole). */
    public List<Problem> tableProblems() {
        return problems.stream().filter(p -> p.kind() == Problem.Kind.TABLE).toList();
    }

    public ToolConfig {
        severities = Map.copyOf(severities);
        off = Set.copyOf(off);
        exclude = List.copyOf(exclude);
        deployGlobs = List.copyOf(deployGlobs);
        problems = List.copyOf(problems);
    }

    /**
     * The options to analyse this project with: an explicit language version from the caller wins,
     * {@code auto} defers to the project's {@code language-version}.
     */
    public AnalysisOptions options(AnalysisOptions requested) {
        if (languageVersion == null || !"auto".equals(requested.languageVersion())) {
            return requested;
        }
        return requested.withLanguageVersion(languageVersion);
    }

    /** The diagnostics with codes that are off dropped and severity overrides applied, in their order. */
    public List<Diagnostic> apply(List<Diagnostic> diagnostics) {
        if (severities.isEmpty() && off.isEmpty()) {
            return diagnostics;
        }
        List<Diagnostic> out = new ArrayList<>(diagnostics.size());
        for (Diagnostic d : diagnostics) {
            if (off.contains(d.code())) {
                continue;
            }
            Severity severity = severities.get(d.code());
            out.add(severity == null || severity == d.severity() ? d
                    : new Diagnostic(d.code(), severity, d.message(), d.range(), d.related(), d.data()));
        }
        return out;
    }
}
