package dev.neam.parser.workspace;

import dev.neam.parser.diagnostic.DiagnosticCode;
import dev.neam.parser.diagnostic.Severity;
import dev.neam.parser.manifest.ManifestSchema;
import dev.neam.parser.manifest.SchemaKey;
import dev.neam.parser.manifest.SchemaTable;
import dev.neam.parser.workspace.ToolConfig.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.tomlj.Toml;
import org.tomlj.TomlArray;
import org.tomlj.TomlParseError;
import org.tomlj.TomlParseResult;
import org.tomlj.TomlPosition;
import org.tomlj.TomlTable;

/**
 * Reads {@code [tool.neam-lsp]} from a {@code neam.toml}. It only reads this one table; the rest of
 * the manifest is the manifest checks' business. Whatever cannot be applied becomes a
 * {@link Problem} (unknown key, wrong type, unknown code or severity, unreadable TOML) and the valid
 * rest still applies, so the server keeps working while {@code lint} refuses to run on a
 * configuration it would misread.
 */
public final class ToolConfigReader {

    /** The table's path in the manifest. */
    public static final List<String> TABLE = List.of("tool", "neam-lsp");

    public static final String RULES = "rules";
    public static final String DISABLE = "disable";
    public static final String EXCLUDE = "exclude";
    public static final String DEPLOY_GLOBS = "deploy-globs";
    public static final String LANGUAGE_VERSION = "language-version";

    /** The table in the neam.toml schema data, which the JSON Schema export reads too: one description of it. */
    private static final SchemaTable SCHEMA = ManifestSchema.get().table(String.join(".", TABLE));

    /** Every key the table may hold, in the order the docs list them. */
    public static final List<String> KEYS = SCHEMA.keys().stream().map(SchemaKey::name).toList();

    /** Values of {@code language-version}, as {@code --language-version} accepts them. */
    public static final List<String> LANGUAGE_VERSIONS = SCHEMA.key(LANGUAGE_VERSION).enumValues();

    /** Values of a rule: a severity, or {@code off}. */
    public static final List<String> RULE_LEVELS = SCHEMA.key(RULES).enumValues();

    private ToolConfigReader() {
    }

    /** The configuration of the project whose manifest this is; {@link ToolConfig#NONE} when the file does not exist. */
    public static ToolConfig read(Path manifest) {
        if (!Files.exists(manifest)) { // the common case, asked for every project root: no exception for it
            return ToolConfig.NONE;
        }
        String text;
        try {
            text = WorkspaceFiles.read(manifest);
        } catch (NoSuchFileException e) {
            return ToolConfig.NONE;
        } catch (IOException e) {
            if (!Files.exists(manifest)) {
                return ToolConfig.NONE;
            }
            return problemsOnly(manifest, List.of(new Problem(manifest, 0, 0, "cannot read: " + e.getMessage(),
                    Problem.Kind.MANIFEST)));
        }
        return parse(manifest, text);
    }

    /** The configuration in a manifest's text; {@code manifest} only names it in problems. */
    public static ToolConfig parse(Path manifest, String text) {
        TomlParseResult toml;
        try {
            toml = Toml.parse(text);
        } catch (Throwable t) { // tomlj can throw AssertionError on some malformed input while assertions are on
            return problemsOnly(manifest, List.of(new Problem(manifest, 0, 0,
                    "cannot parse the TOML (" + t.getClass().getSimpleName() + ")", Problem.Kind.MANIFEST)));
        }
        List<Problem> problems = new ArrayList<>();
        for (TomlParseError error : toml.errors()) {
            TomlPosition at = error.position();
            problems.add(new Problem(manifest, at == null ? 0 : at.line(), at == null ? 0 : at.column(),
                    "invalid TOML: " + error.getMessage(), Problem.Kind.MANIFEST));
        }
        Object table;
        try {
            table = toml.get(TABLE);
        } catch (RuntimeException e) {
            table = null;
        }
        if (table == null) {
            return problems.isEmpty() ? ToolConfig.NONE : problemsOnly(manifest, problems);
        }
        if (!(table instanceof TomlTable tool)) {
            problems.add(problem(manifest, toml.inputPositionOf(TABLE), "[tool.neam-lsp] must be a table"));
            return problemsOnly(manifest, problems);
        }
        return new Reading(manifest, tool, problems).read();
    }

    private static ToolConfig problemsOnly(Path manifest, List<Problem> problems) {
        return new ToolConfig(manifest, Map.of(), Set.of(), List.of(), List.of(), null, problems);
    }

    private static Problem problem(Path manifest, TomlPosition at, String message) {
        return new Problem(manifest, at == null ? 0 : at.line(), at == null ? 0 : at.column(), message);
    }

    /** One pass over the table, collecting values and problems. */
    private static final class Reading {
        private final Path manifest;
        private final TomlTable table;
        private final List<Problem> problems;
        private final Map<DiagnosticCode, Severity> severities = new EnumMap<>(DiagnosticCode.class);
        private final Set<DiagnosticCode> off = EnumSet.noneOf(DiagnosticCode.class);
        private List<String> exclude = List.of();
        private List<String> deployGlobs = List.of();
        private String languageVersion;

        Reading(Path manifest, TomlTable table, List<Problem> problems) {
            this.manifest = manifest;
            this.table = table;
            this.problems = problems;
        }

        ToolConfig read() {
            for (String key : table.keySet()) {
                List<String> path = List.of(key);
                Object value = table.get(path);
                TomlPosition at = table.inputPositionOf(path);
                switch (key) {
                    case RULES -> rules(value, at);
                    case DISABLE -> strings(DISABLE, value, at).forEach(this::disable);
                    case EXCLUDE -> exclude = values(strings(EXCLUDE, value, at));
                    case DEPLOY_GLOBS -> deployGlobs = values(strings(DEPLOY_GLOBS, value, at));
                    case LANGUAGE_VERSION -> languageVersion(value, at);
                    default -> add(at, "unknown key '" + key + "' in [tool.neam-lsp] (known keys: "
                            + String.join(", ", KEYS) + ")");
                }
            }
            return new ToolConfig(manifest, severities, off, exclude, deployGlobs, languageVersion, problems);
        }

        private void rules(Object value, TomlPosition at) {
            if (!(value instanceof TomlTable rules)) {
                add(at, "'rules' must be a table of code = level, e.g. rules = { NEAM3007 = \"off\" }");
                return;
            }
            for (String id : rules.keySet()) {
                List<String> path = List.of(id);
                TomlPosition where = rules.inputPositionOf(path);
                DiagnosticCode code = code(id, where);
                Object level = rules.get(path);
                if (!(level instanceof String name) || !RULE_LEVELS.contains(name)) {
                    add(where, "rule " + id + " must be one of " + String.join(", ", RULE_LEVELS) + "; got "
                            + describe(level));
                    continue;
                }
                if (code == null) {
                    continue;
                }
                if (name.equals("off")) {
                    off.add(code);
                } else {
                    severities.put(code, Severity.valueOf(name.toUpperCase(Locale.ROOT)));
                }
            }
        }

        private void disable(Located<String> id) {
            DiagnosticCode code = code(id.value(), id.at());
            if (code != null) {
                off.add(code);
            }
        }

        private void languageVersion(Object value, TomlPosition at) {
            if (value instanceof String version && LANGUAGE_VERSIONS.contains(version)) {
                languageVersion = version;
            } else {
                add(at, "'language-version' must be one of " + String.join(", ", LANGUAGE_VERSIONS) + "; got "
                        + describe(value));
            }
        }

        private DiagnosticCode code(String id, TomlPosition at) {
            DiagnosticCode code = DiagnosticCode.byId(id).orElse(null);
            if (code == null) {
                add(at, "unknown diagnostic code '" + id + "'");
            }
            return code;
        }

        /** The strings of an array value, each with its position; a non-string element is a problem. */
        private List<Located<String>> strings(String key, Object value, TomlPosition at) {
            if (!(value instanceof TomlArray array)) {
                add(at, "'" + key + "' must be an array of strings; got " + describe(value));
                return List.of();
            }
            List<Located<String>> out = new ArrayList<>();
            for (int i = 0; i < array.size(); i++) {
                Object element = array.get(i);
                TomlPosition where = array.inputPositionOf(i);
                if (element instanceof String s) {
                    out.add(new Located<>(s, where));
                } else {
                    add(where, "'" + key + "' must hold only strings; got " + describe(element));
                }
            }
            return out;
        }

        private void add(TomlPosition at, String message) {
            problems.add(problem(manifest, at, message));
        }
    }

    private record Located<T>(T value, TomlPosition at) {
    }

    private static List<String> values(List<Located<String>> located) {
        return located.stream().map(Located::value).toList();
    }

    private static String describe(Object value) {
        if (value instanceof String s) {
            return "\"" + s + "\"";
        }
        if (value instanceof TomlTable) {
            return "a table";
        }
        if (value instanceof TomlArray) {
            return "an array";
        }
        return String.valueOf(value);
    }
}
