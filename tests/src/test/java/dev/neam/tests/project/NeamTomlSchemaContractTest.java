package dev.neam.tests.project;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.neam.parser.diagnostic.Diagnostic;
import dev.neam.parser.diagnostic.DiagnosticCode;
import dev.neam.parser.diagnostic.Severity;
import dev.neam.parser.manifest.ManifestAnalyzer;
import dev.neam.parser.manifest.ManifestOptions;
import dev.neam.parser.manifest.ManifestSchema;
import dev.neam.parser.manifest.NeamTomlJsonSchema;
import dev.neam.parser.manifest.SchemaCheck;
import dev.neam.parser.manifest.SchemaFormat;
import dev.neam.parser.manifest.SchemaKey;
import dev.neam.parser.manifest.SchemaTable;
import dev.neam.parser.workspace.ToolConfigReader;
import dev.neam.tests.fixture.Fixture;
import dev.neam.tests.fixture.FixtureFile;
import dev.neam.tests.fixture.FixtureParser;
import dev.neam.tests.support.Fixtures;
import dev.neam.tests.support.RepoPaths;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.tomlj.Toml;
import org.tomlj.TomlArray;
import org.tomlj.TomlParseResult;
import org.tomlj.TomlPosition;
import org.tomlj.TomlTable;

/**
 * The JSON Schema of neam.toml ({@code neam-lsp schema neam-toml}) is the contract of the rules it
 * can express, checked with a JSON Schema validator (networknt, from Maven Central) against lint's
 * own analysis: for every value check of the data, a violating value is rejected by the schema and
 * reported by lint, and a passing one accepted by both; wrong types, unknown keys and tables and
 * missing required keys likewise; [tool.neam-lsp] is rejected exactly when lint would stop with exit
 * status 2; and every schema violation in the manifest fixtures is a place lint reports.
 */
class NeamTomlSchemaContractTest {

    static final Schema SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7)
            .getSchema(NeamTomlJsonSchema.generate(), InputFormat.JSON);
    static final ManifestSchema DATA = ManifestSchema.get();
    static final String BASE = "[package]\nname = \"demo\"\nversion = \"1.0.0\"\n";
    static final String INVALID = "@@ not valid @@";

    /** A manifest: its schema violations and lint's error and warning findings. */
    record Verdict(String toml, List<Error> violations, List<Diagnostic> findings) {
        boolean lintReports(DiagnosticCode code, int line) {
            return findings.stream().anyMatch(d -> d.code() == code && d.range().start().line() == line);
        }

        @Override
        public String toString() {
            return toml + "\nschema: " + violations + "\nlint: " + findings;
        }
    }

    static Verdict check(String toml) {
        TomlParseResult parsed = Toml.parse(toml);
        assertThat(parsed.errors()).as("test manifest is TOML:%n%s", toml).isEmpty();
        List<Error> violations = SCHEMA.validate(parsed.toJson(), InputFormat.JSON);
        List<Diagnostic> findings = new ManifestAnalyzer(ManifestOptions.DEFAULT).analyze(toml, path -> true).diagnostics()
                .stream().filter(d -> d.severity().atLeast(Severity.WARNING)).toList();
        return new Verdict(toml, violations, findings);
    }

    @Test
    void theBaseManifestIsCleanForBoth() {
        Verdict base = check(BASE);
        assertThat(base.violations()).as("%s", base).isEmpty();
        assertThat(base.findings()).as("%s", base).isEmpty();
    }

    @Test
    void everyValueCheckAgreesWithLint() {
        int checked = 0;
        for (SchemaTable table : DATA.tables()) {
            List<SchemaKey> keys = new ArrayList<>(table.keys());
            if (table.isMap() && table.values() != null) {
                keys.add(table.values());
            }
            for (SchemaKey key : keys) {
                for (SchemaCheck check : key.checks()) {
                    if (!reported(check)) {
                        continue;
                    }
                    Manifest badManifest = manifest(table, key, violating(check, key), check.when());
                    Verdict bad = check(badManifest.text());
                    int line = badManifest.line();
                    assertThat(bad.violations()).as("the schema rejects %s %s.%s:%n%s", check.code().id(), table.name(), key.name(), bad)
                            .isNotEmpty();
                    assertThat(bad.lintReports(check.code(), line)).as("lint reports %s %s.%s:%n%s", check.code().id(),
                            table.name(), key.name(), bad).isTrue();
                    String value = passing(key);
                    if (value != null) {
                        Verdict good = check(manifest(table, key, value, check.when()).text());
                        assertThat(good.violations()).as("the schema accepts %s.%s = %s:%n%s", table.name(), key.name(), value, good)
                                .isEmpty();
                        assertThat(good.lintReports(check.code(), line)).as("lint accepts %s.%s = %s:%n%s", table.name(), key.name(),
                                value, good).isFalse();
                    }
                    checked++;
                }
            }
        }
        assertThat(checked).as("value checks compared").isGreaterThan(80);
    }

    @Test
    void typesUnknownKeysAndTablesAndRequiredKeysAgreeWithLint() {
        for (SchemaTable table : DATA.tables()) {
            if (table.name().isEmpty() || table.name().startsWith("tool.neam-lsp")) {
                continue;
            }
            for (SchemaKey key : table.keys()) {
                Verdict wrongType = check(manifest(table, key, wrongType(key), null).text());
                assertThat(wrongType.violations()).as("schema: wrong type %s.%s%n%s", table.name(), key.name(), wrongType).isNotEmpty();
                assertThat(wrongType.findings()).as("lint: wrong type %s.%s%n%s", table.name(), key.name(), wrongType).isNotEmpty();
            }
            if (table.isMap()) {
                continue; // any key is an entry of a map: its values are checked above
            }
            boolean closed = !table.isOpen() && !table.readBy().equals("docs");
            Verdict unknown = check(manifest(table, null, "1", null).text());
            assertThat(unknown.violations().isEmpty()).as("schema: unknown key in %s%n%s", table.name(), unknown).isEqualTo(!closed);
            assertThat(unknown.findings().isEmpty()).as("lint: unknown key in %s%n%s", table.name(), unknown).isEqualTo(!closed);
        }
        Verdict table = check(BASE + "\n[zz-unknown]\nkey = 1\n");
        assertThat(table.violations()).isNotEmpty();
        assertThat(table.lintReports(DiagnosticCode.TOML_UNKNOWN_TABLE, 4)).as("%s", table).isTrue();
        Verdict noId = check(BASE + "\n[[agents]]\nname = \"Desk\"\n");
        assertThat(noId.violations()).isNotEmpty();
        assertThat(noId.findings()).extracting(Diagnostic::code).contains(DiagnosticCode.TOML_AGENTS_ENTRY);
    }

    @Test
    void packageNameFormDependsOnDeployForBoth() {
        String name = "[package]\nname = \"%s\"\nversion = \"1.0.0\"\n";
        for (String value : List.of("Support_Bot", "support-bot", "1bot", "-bot")) {
            for (boolean deploys : List.of(true, false)) {
                Verdict v = check(String.format(Locale.ROOT, name, value) + (deploys ? "\n[deploy]\ndefault-target = \"docker\"\n" : ""));
                assertThat(v.violations().isEmpty()).as("%s", v).isEqualTo(!v.lintReports(DiagnosticCode.TOML_PACKAGE_NAME, 1));
            }
        }
        assertThat(check(String.format(Locale.ROOT, name, "Support_Bot") + "\n[deploy]\ndefault-target = \"docker\"\n")
                .violations()).isNotEmpty();
        assertThat(check(String.format(Locale.ROOT, name, "Support_Bot")).violations()).isEmpty();
    }

    /** taplo accepted tables that made lint stop with exit status 2: now the schema rejects exactly those. */
    @Test
    void theToolTableIsRejectedExactlyWhenLintWouldStop() {
        List<String> tables = List.of(
                "rules = { NEAM3007 = \"off\", TOML1001 = \"error\" }",
                "rules = { NEAM3007 = \"loud\" }",
                "rules = { NEAM9999 = \"off\" }",
                "rules = \"off\"",
                "disable = [\"NEAM3010\", \"DEPLOY7001\"]",
                "disable = [\"NEAM3010\", \"nope\"]",
                "disable = \"NEAM3010\"",
                "disable = [3]",
                "exclude = [\"generated/**\"]",
                "exclude = [1]",
                "deploy-globs = [\"deploy/**/*.yaml\"]",
                "deploy-globs = \"deploy/**\"",
                "language-version = \"0.6\"",
                "language-version = \"2\"",
                "language-version = 1",
                "exlude = [\"x\"]");
        for (String body : tables) {
            String toml = BASE + "\n[tool.neam-lsp]\n" + body + "\n";
            boolean lintStops = !ToolConfigReader.parse(Path.of("neam.toml"), toml).tableProblems().isEmpty();
            Verdict v = check(toml);
            assertThat(v.violations().isEmpty()).as("schema and lint on %s: %s", body, v).isEqualTo(!lintStops);
        }
        String asTable = BASE + "\n[tool.neam-lsp.rules]\nNEAM3007 = \"off\"\n";
        assertThat(ToolConfigReader.parse(Path.of("neam.toml"), asTable).tableProblems()).isEmpty();
        assertThat(check(asTable).violations()).isEmpty();
        assertThat(check(asTable).findings()).isEmpty();
    }

    /** Every violation in a manifest fixture is on a line where lint reports an error or a warning; valid fixtures pass. */
    @Test
    void theFixturesValidateWhereLintAgrees() throws Exception {
        Path root = RepoPaths.fixturesRoot().resolve("manifest");
        List<Path> files = new ArrayList<>(Fixtures.list(root, ".toml"));
        files.addAll(Fixtures.list(root, ".project"));
        int validated = 0;
        for (Path file : files) {
            String name = Fixtures.relativeName(root, file);
            Fixture fixture = FixtureParser.parse(name, Fixtures.read(file));
            FixtureFile manifest = fixture.multiFile()
                    ? fixture.files().stream().filter(f -> f.path().equals("neam.toml")).findFirst().orElse(null)
                    : fixture.single();
            if (manifest == null || !Toml.parse(manifest.text()).errors().isEmpty() || name.startsWith("profile-")) {
                continue; // not TOML at all (syntax fixtures), or checked against another neamc version
            }
            TomlParseResult toml = Toml.parse(manifest.text());
            List<Error> violations = SCHEMA.validate(toml.toJson(), InputFormat.JSON);
            if (name.startsWith("valid/")) {
                assertThat(violations).as("valid fixture %s", name).isEmpty();
            }
            List<Diagnostic> findings = new ManifestAnalyzer(ManifestOptions.DEFAULT).analyze(manifest.text(), p -> true)
                    .diagnostics().stream().filter(d -> d.severity().atLeast(Severity.WARNING)).toList();
            Set<Integer> lintLines = new TreeSet<>();
            findings.forEach(d -> lintLines.add(d.range().start().line() + 1));
            for (Error violation : violations) {
                int line = line(toml, violation);
                assertThat(lintLines).as("%s: the schema says %s at line %d; lint reports lines %s", name, violation, line, lintLines)
                        .contains(line);
            }
            validated++;
        }
        assertThat(validated).isGreaterThan(10);
        String samples = Files.readString(RepoPaths.repoRoot().resolve("samples/neam.toml"));
        assertThat(SCHEMA.validate(Toml.parse(samples).toJson(), InputFormat.JSON)).as("samples/neam.toml").isEmpty();
    }

    // ---- building manifests ----------------------------------------------------------------------

    /** A manifest text and the 0-based line of the entry under test. */
    record Manifest(String text, int line) {
    }

    /**
     * The base manifest with {@code key = value} in its table (a made-up key when {@code key} is null),
     * for any kind of table, and an empty {@code [when]} table when a check needs one.
     */
    static Manifest manifest(SchemaTable table, SchemaKey key, String value, String when) {
        String name = table.name().replace("*", "demo");
        String keyName = key == null ? "zz-unknown" : table.isMap() && key == table.values() ? "demo-entry" : key.name();
        List<String> lines = new ArrayList<>();
        if (name.equals("package")) {
            lines.add("[package]");
            if (!keyName.equals("name")) {
                lines.add("name = \"demo\"");
            }
        } else {
            lines.addAll(BASE.lines().toList());
            lines.add("");
            lines.add(table.isArray() ? "[[" + name + "]]" : "[" + name + "]");
            if (table.isArray() && table.key("id") != null && !keyName.equals("id")) {
                lines.add("id = \"one\"");
            }
        }
        int line = lines.size();
        lines.add(keyName + " = " + value);
        if (when != null) {
            lines.add("");
            lines.add("[" + when + "]");
        }
        return new Manifest(String.join("\n", lines) + "\n", line);
    }

    static boolean reported(SchemaCheck check) {
        return check.effectiveSeverity() == Severity.ERROR || check.effectiveSeverity() == Severity.WARNING;
    }

    /** A value this one check rejects. */
    static String violating(SchemaCheck check, SchemaKey key) {
        if (check.min() != null) {
            return number(check.min() - 1, key);
        }
        if (check.max() != null) {
            return number(check.max() + 1, key);
        }
        if (check.notIn() != null) {
            return quote(check.notIn().get(0));
        }
        if (check.format() != null) {
            SchemaFormat format = DATA.format(check.format());
            assertThat(format.accepts(INVALID)).isFalse();
        }
        return quote(INVALID);
    }

    /** A value every check of the key accepts (its default, an example or an allowed value), or null when none is known. */
    static String passing(SchemaKey key) {
        List<Object> candidates = new ArrayList<>();
        if (key.defaultValue() != null) {
            candidates.add(key.defaultValue());
        }
        candidates.addAll(key.examples());
        candidates.addAll(key.enumValues());
        for (SchemaCheck check : key.checks()) {
            if (check.min() != null) {
                candidates.add(check.min());
            }
            if (check.max() != null) {
                candidates.add(check.max());
            }
            if (check.oneOf() != null) {
                candidates.addAll(check.oneOf());
            }
        }
        for (Object candidate : candidates) {
            String value = candidate instanceof String s ? quote(s)
                    : candidate instanceof Number n ? number(n.doubleValue(), key) : null;
            if (value != null && key.checks().stream().allMatch(c -> !reported(c) || passes(c, candidate))) {
                return value;
            }
        }
        return null;
    }

    private static boolean passes(SchemaCheck check, Object value) {
        if (value instanceof Number n) {
            double d = n.doubleValue();
            return (check.min() == null || d >= check.min()) && (check.max() == null || d <= check.max());
        }
        if (!(value instanceof String s) || check.min() != null || check.max() != null) {
            return check.min() == null && check.max() == null;
        }
        if (check.format() != null && !DATA.format(check.format()).accepts(s)) {
            return false;
        }
        return (check.oneOf() == null || check.oneOf().contains(s)) && (check.notIn() == null || !check.notIn().contains(s));
    }

    static String wrongType(SchemaKey key) {
        return key.type().equals("boolean") ? "[1, 2]" : "true";
    }

    private static String number(double d, SchemaKey key) {
        return key.type().equals("integer") || d == Math.rint(d) && !key.type().equals("number")
                ? String.valueOf((long) Math.floor(d)) : String.valueOf(d);
    }

    private static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** The 1-based line of the TOML node a violation is about (the property it names, when it names one). */
    static int line(TomlParseResult toml, Error violation) {
        List<Object> path = new ArrayList<>();
        for (int i = 0; i < violation.getInstanceLocation().getNameCount(); i++) {
            path.add(violation.getInstanceLocation().getElement(i));
        }
        if (violation.getProperty() != null && !violation.getKeyword().equals("required")) {
            path.add(violation.getProperty());
        }
        TomlPosition at = null;
        Object node = toml;
        for (Object step : path) {
            if (node instanceof TomlTable table && step instanceof String key && table.contains(List.of(key))) {
                at = table.inputPositionOf(List.of(key));
                node = table.get(List.of(key));
            } else if (node instanceof TomlArray array && step instanceof Integer index && index < array.size()) {
                at = array.inputPositionOf(index);
                node = array.get(index);
            } else {
                break;
            }
        }
        return at == null ? 0 : at.line();
    }
}
