package dev.neam.parser.manifest;

import dev.neam.parser.diagnostic.Diagnostic;
import dev.neam.parser.diagnostic.DiagnosticCode;
import dev.neam.parser.text.Range;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Every table and key against the schema data: unknown sections and keys (R-S2) with the nearest
 * known name, other spellings of known keys (S5), types (R-S3) and quoted scalars (S1), the
 * data-described value checks, sections no neamc reads (2.10), and keys the selected neamc version
 * does not read (S10).
 */
final class StructureCheck implements ManifestCheck {

    @Override
    public void check(ManifestContext context) {
        Set<String> reportedUnknown = new HashSet<>();
        Set<String> reportedTables = new HashSet<>();
        for (ManifestTable table : context.document().tables()) {
            String name = table.name();
            SchemaTable schema = context.schema().table(name);
            for (TomlEntry entry : table.entries()) {
                keyForm(context, entry);
            }
            if (schema == null) {
                unknownTable(context, table, reportedUnknown);
                continue;
            }
            if (table.hasOwnHeader() && reportedTables.add(name + "#" + table.header().index())) {
                tableNotes(context, table, schema);
            }
            for (TomlEntry entry : table.entries()) {
                entry(context, table, schema, entry);
            }
        }
    }

    private static void tableNotes(ManifestContext context, ManifestTable table, SchemaTable schema) {
        Range at = table.header().range();
        if (schema.readBy().equals("docs")) {
            context.report(DiagnosticCode.TOML_NOT_USED_BY_NEAMC, at,
                    table.header().display() + " appears in Neam docs or examples, but no neamc code reads it");
        } else if (!context.options().isAuto() && schema.readBy().equals("neamc")
                && !schema.versions().contains(context.options().profile())) {
            context.report(DiagnosticCode.TOML_NOT_IN_PROFILE, at, table.header().display()
                    + " is not read by neamc " + context.options().profile() + " (read by " + String.join(", ", schema.versions()) + ")");
        }
    }

    private static void unknownTable(ManifestContext context, ManifestTable table, Set<String> reported) {
        List<String> path = table.path();
        // report the outermost unknown table once; sub-tables of an unknown table are covered by it
        for (int i = 1; i < path.size(); i++) {
            if (reported.contains(String.join(".", path.subList(0, i)))) {
                return;
            }
        }
        String parent = String.join(".", path.subList(0, Math.max(0, path.size() - 1)));
        SchemaTable parentSchema = context.schema().table(parent);
        if (parentSchema != null && (parentSchema.isOpen() || parentSchema.readBy().equals("docs"))) {
            return; // free-form sections accept anything below them
        }
        if (parentSchema != null && parentSchema.isMap() && !parent.isEmpty()) {
            return; // [dependencies.foo.bar]: checked as the dependency's value
        }
        reported.add(table.name());
        Range range = table.hasOwnHeader() ? table.header().nameRange() : table.implicitBy().key().range();
        if (!path.isEmpty() && path.get(0).equals("agents") && path.size() > 1) {
            context.report(DiagnosticCode.TOML_AGENTS_SUBTABLE, range,
                    "neamc does not read sub-tables of [[agents]]; write '" + path.get(path.size() - 1) + "' as keys of the [[agents]] entry");
            return;
        }
        List<String> known = new ArrayList<>();
        context.schema().tables().forEach(t -> {
            if (!t.name().isEmpty() && !t.name().endsWith("*")) {
                known.add(t.name());
            }
        });
        String respelt = Suggestions.respelt(table.name(), known);
        if (respelt != null) {
            context.report(Diagnostic.of(DiagnosticCode.TOML_KEY_SPELLING, range,
                    "neamc ignores [" + table.name() + "]; did you mean [" + respelt + "]?").withData("fix", "rename")
                    .withData("replacement", respelt));
            return;
        }
        String nearest = Suggestions.nearest(table.name(), known);
        Diagnostic d = Diagnostic.of(DiagnosticCode.TOML_UNKNOWN_TABLE, range, "unknown section [" + table.name() + "]"
                + (nearest != null ? "; did you mean [" + nearest + "]?" : "; neamc ignores it"));
        context.report(nearest != null ? d.withData("fix", "rename").withData("replacement", nearest) : d);
    }

    /** Key forms neamc's line reader cannot read, whatever the table. */
    private static void keyForm(ManifestContext context, TomlEntry entry) {
        if (entry.key().quoted()) {
            context.report(DiagnosticCode.TOML_DOTTED_KEY, entry.key().range(),
                    "neamc's line reader does not understand quoted keys; '" + entry.key().dottedName() + "' is ignored");
        } else if (entry.key().dotted()) {
            context.report(DiagnosticCode.TOML_DOTTED_KEY, entry.key().range(), "neamc's line reader ignores dotted keys; write '"
                    + entry.name() + "' under a [" + entry.tableName() + "] header");
        } else if (entry.tablePath().isEmpty()) {
            context.report(DiagnosticCode.TOML_TOP_LEVEL_KEY, entry.key().range(),
                    "neamc ignores keys before the first section; '" + entry.name() + "' has no effect on neamc");
        }
    }

    private static void entry(ManifestContext context, ManifestTable table, SchemaTable schema, TomlEntry entry) {
        SchemaKey key = schema.isMap() ? schema.values() : schema.key(entry.name());
        if (key == null) {
            if (!schema.isOpen() && !schema.readBy().equals("docs")) {
                unknownKey(context, schema, entry);
            }
            return;
        }
        TomlValue value = entry.value();
        if (context.usable(entry) == null) {
            return; // the syntax check reported it
        }
        if (!key.accepts(value)) {
            wrongType(context, entry, key);
            return;
        }
        if (!context.options().isAuto() && schema.readBy().equals("neamc") && !key.versions().isEmpty()
                && schema.versions().contains(context.options().profile()) && !key.versions().contains(context.options().profile())) {
            context.report(DiagnosticCode.TOML_NOT_IN_PROFILE, entry.key().range(), "'" + entry.name() + "' is not read by neamc "
                    + context.options().profile() + " (since " + key.since() + ")");
        }
        ValueChecks.apply(context, entry, key);
    }

    private static void unknownKey(ManifestContext context, SchemaTable schema, TomlEntry entry) {
        List<String> known = schema.keys().stream().map(SchemaKey::name).toList();
        Range range = entry.key().nameRange();
        String table = entry.tableName().isEmpty() ? "the top level" : "[" + entry.tableName() + "]";
        String respelt = Suggestions.respelt(entry.name(), known);
        if (respelt != null) {
            context.report(Diagnostic.of(DiagnosticCode.TOML_KEY_SPELLING, range,
                    "neamc ignores '" + entry.name() + "'; did you mean '" + respelt + "'?")
                    .withData("fix", "rename").withData("replacement", respelt));
            return;
        }
        String nearest = Suggestions.nearest(entry.name(), known);
        Diagnostic d = Diagnostic.of(DiagnosticCode.TOML_UNKNOWN_KEY, range, "unknown key '" + entry.name() + "' in " + table
                + (nearest != null ? "; did you mean '" + nearest + "'?" : "; neamc ignores it"));
        context.report(nearest != null ? d.withData("fix", "rename").withData("replacement", nearest) : d);
    }

    private static void wrongType(ManifestContext context, TomlEntry entry, SchemaKey key) {
        TomlValue value = entry.value();
        String text = value.asString();
        boolean wantsNumber = key.type().equals("integer") || key.type().equals("number");
        if (text != null && wantsNumber && text.strip().matches("[+-]?[0-9]+(\\.[0-9]+)?")) {
            quoted(context, entry, key, text.strip());
            return;
        }
        if (text != null && key.type().equals("boolean") && (text.equals("true") || text.equals("false"))) {
            quoted(context, entry, key, text);
            return;
        }
        Diagnostic d = Diagnostic.of(DiagnosticCode.TOML_TYPE_MISMATCH, value.range(),
                "'" + entry.name() + "' must be " + key.typeDescription() + ", not " + describe(value));
        if (key.type().startsWith("string") && !key.type().equals("string-array") && (value.kind() == TomlValue.Kind.INTEGER
                || value.kind() == TomlValue.Kind.FLOAT || value.kind() == TomlValue.Kind.BOOLEAN)) {
            d = d.withData("fix", "quote").withData("replacement", "\"" + value.raw() + "\"");
        }
        context.report(d);
    }

    /** S1: neamc's integer and boolean readers fail on quoted values and silently use the default. */
    private static void quoted(ManifestContext context, TomlEntry entry, SchemaKey key, String unquoted) {
        String fallback = key.defaultValue() == null ? "its default" : "the default " + render(key.defaultValue());
        context.report(Diagnostic.of(DiagnosticCode.TOML_QUOTED_SCALAR, entry.value().range(),
                "'" + entry.name() + "' is quoted: neamc cannot read \"" + unquoted + "\" as " + key.typeDescription()
                        + " and uses " + fallback + "; write " + unquoted)
                .withData("fix", "unquote").withData("replacement", unquoted));
    }

    static String render(Object value) {
        return value instanceof String s ? "\"" + s + "\"" : String.valueOf(value);
    }

    private static String describe(TomlValue value) {
        if (value.kind() == TomlValue.Kind.ARRAY && !value.elements().isEmpty()) {
            java.util.Set<String> types = new java.util.LinkedHashSet<>();
            value.elements().forEach(e -> types.add(e.typeName()));
            return "an array of " + String.join(" and ", types) + " values";
        }
        return article(value.typeName());
    }

    private static String article(String type) {
        return switch (type) {
            case "integer", "array", "inline table" -> "an " + type;
            case "table" -> "an inline table";
            default -> "a " + type;
        };
    }
}
