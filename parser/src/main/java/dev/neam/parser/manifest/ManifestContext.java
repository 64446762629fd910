package dev.neam.parser.manifest;

import dev.neam.parser.diagnostic.Diagnostic;
import dev.neam.parser.diagnostic.DiagnosticCode;
import dev.neam.parser.diagnostic.RelatedInformation;
import dev.neam.parser.diagnostic.Severity;
import dev.neam.parser.text.Range;
import java.util.ArrayList;
import java.util.List;

/** What a manifest check sees (the document, the schema, the options, the project's files) and where it reports. */
public final class ManifestContext {
    private final ManifestDocument document;
    private final ManifestSchema schema;
    private final ManifestOptions options;
    private final FileLookup files;
    private final List<Diagnostic> diagnostics = new ArrayList<>();

    public ManifestContext(ManifestDocument document, ManifestSchema schema, ManifestOptions options, FileLookup files) {
        this.document = document;
        this.schema = schema;
        this.options = options;
        this.files = files;
    }

    public ManifestDocument document() {
        return document;
    }

    public ManifestSchema schema() {
        return schema;
    }

    public ManifestOptions options() {
        return options;
    }

    public FileLookup files() {
        return files;
    }

    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    public void report(Diagnostic diagnostic) {
        diagnostics.add(diagnostic);
    }

    public Diagnostic report(DiagnosticCode code, Range range, String message) {
        Diagnostic d = Diagnostic.of(code, range, message);
        diagnostics.add(d);
        return d;
    }

    public void report(DiagnosticCode code, Severity severity, Range range, String message) {
        diagnostics.add(new Diagnostic(code, severity, message, range, List.of(), java.util.Map.of()));
    }

    /** A cross-field finding on the later entry, pointing at the earlier one. */
    public void reportRelated(DiagnosticCode code, Severity severity, Range range, String message, TomlEntry other,
            String otherMessage) {
        Diagnostic d = new Diagnostic(code, severity, message, range, List.of(), java.util.Map.of());
        if (other != null) {
            d = d.withRelated(new RelatedInformation(null, other.key().range().union(other.value().range()), otherMessage));
        }
        diagnostics.add(d);
    }

    /** The same finding with another severity than its code's default. */
    public static Diagnostic withSeverity(Diagnostic d, Severity severity) {
        return new Diagnostic(d.code(), severity, d.message(), d.range(), d.related(), d.data());
    }

    /** The entry if its value is usable (no syntax error inside it), else null. */
    public TomlEntry usable(TomlEntry entry) {
        if (entry == null || entry.value().decoded() == null || document.hasSyntaxErrorIn(entry.value().range())) {
            return null;
        }
        return entry;
    }

    /** The usable integer value of {@code table.key}, or null. */
    public Long integer(String table, String key) {
        TomlEntry e = usable(document.entry(table, key));
        return e == null ? null : e.value().asLong();
    }

    /** The usable string value of {@code table.key}, or null. */
    public String string(String table, String key) {
        TomlEntry e = usable(document.entry(table, key));
        return e == null ? null : e.value().asString();
    }

    /** The usable entry {@code table.key} whose value is of the given kind family, or null. */
    public TomlEntry entry(String table, String key) {
        return usable(document.entry(table, key));
    }

    /** The schema default of a key (Long, String…), or null. */
    public Object defaultOf(String table, String key) {
        SchemaTable t = schema.table(table);
        SchemaKey k = t == null ? null : t.key(key);
        return k == null ? null : k.defaultValue();
    }
}
