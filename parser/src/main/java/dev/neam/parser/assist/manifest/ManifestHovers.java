package dev.neam.parser.assist.manifest;

import dev.neam.parser.assist.hover.HoverInfo;
import dev.neam.parser.manifest.ManifestDocument;
import dev.neam.parser.manifest.ManifestSchema;
import dev.neam.parser.manifest.SchemaKey;
import dev.neam.parser.manifest.SchemaTable;
import dev.neam.parser.manifest.TomlEntry;
import dev.neam.parser.manifest.TomlHeader;
import dev.neam.parser.manifest.TomlValue;
import dev.neam.parser.text.Position;
import dev.neam.parser.text.Range;
import dev.neam.parser.text.SourceText;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Hover in neam.toml, from the schema data: on a header segment the table's doc and keys; on a key
 * its type, default, allowed values, the neamc versions that read it and its doc; on the value of
 * an enumerated key that value's doc. Never throws.
 */
public final class ManifestHovers {
    private final ManifestSchema schema;

    public ManifestHovers(ManifestSchema schema) {
        this.schema = schema;
    }

    public Optional<HoverInfo> hover(ManifestDocument document, Position position) {
        try {
            Optional<HoverInfo> onHeader = header(document, position);
            return onHeader.isPresent() ? onHeader : entry(document.entries(), position);
        } catch (RuntimeException e) { // a text this reader did not foresee: no hover rather than an error
            return Optional.empty();
        }
    }

    /** A segment of {@code [deploy.kubernetes]}: {@code deploy} shows [deploy], {@code kubernetes} [deploy.kubernetes]. */
    private Optional<HoverInfo> header(ManifestDocument document, Position position) {
        for (TomlHeader header : document.headers()) {
            if (!header.nameRange().contains(position)) {
                continue;
            }
            List<Range> segments = segmentRanges(document.text(), header);
            for (int i = 0; i < segments.size(); i++) {
                if (segments.get(i).contains(position)) {
                    return table(header.path().subList(0, i + 1), segments.get(i));
                }
            }
        }
        return Optional.empty();
    }

    private Optional<HoverInfo> entry(List<TomlEntry> entries, Position position) {
        for (TomlEntry entry : entries) {
            List<Range> segments = entry.key().segmentRanges();
            for (int i = 0; i < segments.size(); i++) {
                if (!segments.get(i).contains(position)) {
                    continue;
                }
                List<String> path = new ArrayList<>(entry.tablePath().subList(0,
                        entry.tablePath().size() - (segments.size() - 1)));
                path.addAll(entry.key().segments().subList(0, i + 1));
                return i == segments.size() - 1 ? key(entry, segments.get(i)) : table(path, segments.get(i));
            }
            TomlValue value = entry.value();
            if (value.range().contains(position)) {
                // an unclosed array of a broken file may reach over the next lines: the later entries are still asked
                Optional<HoverInfo> inner = entry(value.entries(), position);
                Optional<HoverInfo> found = inner.isPresent() ? inner : enumValue(entry);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    private Optional<HoverInfo> table(List<String> path, Range range) {
        String name = String.join(".", path);
        SchemaTable table = schema.table(name);
        return table == null ? Optional.empty() : Optional.of(new HoverInfo(range, ManifestDocs.table(table, name)));
    }

    private Optional<HoverInfo> key(TomlEntry entry, Range range) {
        SchemaTable table = schema.table(entry.tableName());
        if (table == null) {
            return Optional.empty();
        }
        SchemaKey key = table.key(entry.name());
        if (key != null) {
            return Optional.of(new HoverInfo(range, ManifestDocs.key(table, entry.tableName(), key)));
        }
        if (table.isMap() && table.values() != null) {
            return Optional.of(new HoverInfo(range, ManifestDocs.mapValue(table, entry.tableName(), entry.name())));
        }
        return Optional.empty();
    }

    private Optional<HoverInfo> enumValue(TomlEntry entry) {
        SchemaTable table = schema.table(entry.tableName());
        SchemaKey key = table == null ? null : table.key(entry.name());
        String value = entry.value().asString();
        if (key == null || value == null || !key.enumValues().contains(value)) {
            return Optional.empty();
        }
        return Optional.of(new HoverInfo(entry.value().range(), ManifestDocs.enumValue(key, value)));
    }

    /** Where each dotted segment of a header's name is (bare segments; a quoted name counts as one). */
    private static List<Range> segmentRanges(SourceText text, TomlHeader header) {
        String name = text.slice(header.nameRange());
        int base = text.offsetAt(header.nameRange().start());
        List<Range> out = new ArrayList<>();
        if (header.quoted()) {
            out.add(header.nameRange());
            return out.size() == header.path().size() ? out : List.of();
        }
        int start = 0;
        for (int i = 0; i <= name.length(); i++) {
            if (i == name.length() || name.charAt(i) == '.') {
                int s = start;
                int e = i;
                while (s < e && Character.isWhitespace(name.charAt(s))) {
                    s++;
                }
                while (e > s && Character.isWhitespace(name.charAt(e - 1))) {
                    e--;
                }
                out.add(text.range(base + s, base + e));
                start = i + 1;
            }
        }
        return out.size() == header.path().size() ? out : List.of();
    }
}
