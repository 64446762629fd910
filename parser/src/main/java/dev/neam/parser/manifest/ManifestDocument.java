package dev.neam.parser.manifest;

import dev.neam.parser.diagnostic.Diagnostic;
import dev.neam.parser.text.Range;
import dev.neam.parser.text.SourceText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A parsed {@code neam.toml}: its text, its TOML syntax diagnostics, and the layout of every header
 * and entry grouped into table instances. Entries are kept even when the file has errors, so the
 * rules can check what is readable.
 */
public final class ManifestDocument {
    private final SourceText text;
    private final List<Diagnostic> syntax;
    private final List<TomlHeader> headers;
    private final List<TomlEntry> entries;
    private final List<ManifestTable> tables;

    private ManifestDocument(SourceText text, List<Diagnostic> syntax, TomlScanner.Layout layout) {
        this.text = text;
        this.syntax = List.copyOf(syntax);
        this.headers = layout.headers();
        this.entries = layout.entries();
        this.tables = group(layout);
    }

    public static ManifestDocument parse(String text) {
        SourceText source = new SourceText(text);
        return new ManifestDocument(source, TomlSyntax.check(source), TomlScanner.scan(source));
    }

    public SourceText text() {
        return text;
    }

    public List<Diagnostic> syntaxDiagnostics() {
        return syntax;
    }

    public List<TomlHeader> headers() {
        return headers;
    }

    /** Every top-level entry (inline-table pairs are inside their values). */
    public List<TomlEntry> entries() {
        return entries;
    }

    /** Table instances in order of first appearance: one per header, one per implicit table made by dotted keys. */
    public List<ManifestTable> tables() {
        return tables;
    }

    /** All instances of a table by its dotted name (several for {@code [[agents]]}). */
    public List<ManifestTable> tables(String name) {
        return tables.stream().filter(t -> t.name().equals(name)).toList();
    }

    /** The first instance of a table, or null. */
    public ManifestTable table(String name) {
        for (ManifestTable t : tables) {
            if (t.name().equals(name)) {
                return t;
            }
        }
        return null;
    }

    /** The entry {@code key} of the first instance of {@code table}, or null. */
    public TomlEntry entry(String table, String key) {
        ManifestTable t = table(table);
        return t == null ? null : t.entry(key);
    }

    /** Whether a header or a dotted key creates this table or one below it. */
    public boolean hasTable(String name) {
        return tables.stream().anyMatch(t -> t.name().equals(name) || t.name().startsWith(name + "."));
    }

    /** Whether an error of the TOML syntax check lies inside this range (so the value is not checked again). */
    public boolean hasSyntaxErrorIn(Range range) {
        for (Diagnostic d : syntax) {
            if (!d.range().start().isBefore(range.start()) && !range.end().isBefore(d.range().start())) {
                return true;
            }
        }
        return false;
    }

    private static List<ManifestTable> group(TomlScanner.Layout layout) {
        Map<String, ManifestTable.Builder> byIdentity = new LinkedHashMap<>();
        for (TomlHeader header : layout.headers()) {
            String id = identity(header.path(), header);
            byIdentity.computeIfAbsent(id, k -> new ManifestTable.Builder(header.path(), header));
        }
        for (TomlEntry entry : layout.entries()) {
            TomlHeader header = entry.header();
            String id = identity(entry.tablePath(), header);
            ManifestTable.Builder builder = byIdentity.computeIfAbsent(id,
                    k -> new ManifestTable.Builder(entry.tablePath(), entry.tablePath().equals(header == null ? List.of() : header.path()) ? header : null));
            if (builder.header == null && header != null && header.arrayOfTables() && !entry.key().dotted()) {
                builder.header = header;
            }
            builder.entries.add(entry);
            if (builder.implicitBy == null && (header == null || !entry.tablePath().equals(header.path()))) {
                builder.implicitBy = entry;
            }
        }
        List<ManifestTable> tables = new ArrayList<>();
        byIdentity.values().forEach(b -> tables.add(b.build()));
        return List.copyOf(tables);
    }

    /** Instances of an array of tables are told apart by their header's index. */
    private static String identity(List<String> path, TomlHeader header) {
        String name = String.join("\u0000", path);
        if (header != null && header.arrayOfTables() && path.size() >= header.path().size()
                && path.subList(0, header.path().size()).equals(header.path())) {
            return name + "\u0001" + header.index() + "\u0001" + header.name();
        }
        return name;
    }

    /** A range to report a whole-table problem on: the header, else the first key that made the table. */
    public static Range anchor(ManifestTable table) {
        if (table.header() != null && table.header().path().equals(table.path())) {
            return table.header().range();
        }
        return table.implicitBy() != null ? table.implicitBy().key().range() : Range.of(0, 0, 0, 0);
    }
}
