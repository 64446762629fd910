package dev.neam.parser.assist.manifest;

import dev.neam.parser.assist.completion.Completion;
import dev.neam.parser.assist.completion.CompletionKind;
import dev.neam.parser.assist.completion.CompletionList;
import dev.neam.parser.manifest.ManifestDocument;
import dev.neam.parser.manifest.ManifestSchema;
import dev.neam.parser.manifest.SchemaKey;
import dev.neam.parser.manifest.SchemaTable;
import dev.neam.parser.text.Position;
import java.util.ArrayList;
import java.util.List;

/**
 * Completion in neam.toml, from the schema data: table headers (also {@code [[agents]]}), the keys
 * of the table at the cursor (required ones first, present ones left out) and the values a key
 * accepts. Works on half-typed lines and never throws: a line it cannot read gets no proposals.
 */
public final class ManifestCompletions {
    private final ManifestSchema schema;

    public ManifestCompletions(ManifestSchema schema) {
        this.schema = schema;
    }

    public CompletionList complete(ManifestDocument document, Position position) {
        try {
            ManifestCursor.Context context = ManifestCursor.at(document, document.text().offsetAt(position));
            return new CompletionList(proposals(context), false);
        } catch (RuntimeException e) { // a text this reader did not foresee: no proposals rather than an error
            return CompletionList.EMPTY;
        }
    }

    private List<Completion> proposals(ManifestCursor.Context context) {
        if (context instanceof ManifestCursor.Header h) {
            return headers(h);
        }
        if (context instanceof ManifestCursor.Key k) {
            return keys(k);
        }
        if (context instanceof ManifestCursor.Value v) {
            ManifestValues.Target target = target(v.table(), v.key(), v.provider());
            return target == null ? List.of() : ManifestValues.bare(target, v.range(), v.spaceBefore());
        }
        if (context instanceof ManifestCursor.InString s) {
            ManifestValues.Target target = target(s.table(), s.key(), s.provider());
            return target == null ? List.of() : ManifestValues.inString(target, s.range());
        }
        return List.of();
    }

    /** Every table of the schema the file does not have yet ({@code [[…]]} tables always); neamc's own first. */
    private List<Completion> headers(ManifestCursor.Header at) {
        List<Completion> out = new ArrayList<>();
        int index = 0;
        for (SchemaTable table : schema.tables()) {
            index++;
            if (table.name().isEmpty() || (at.array() && !table.isArray())) {
                continue;
            }
            for (String name : concreteNames(table)) {
                if (!table.isArray() && at.present().contains(name)) {
                    continue;
                }
                String header = ManifestDocs.header(table, name);
                String rank = name.equals("package") ? "0" : switch (table.readBy()) {
                    case "neamc" -> "1";
                    case "stdlib" -> "2";
                    default -> "3";
                };
                out.add(Completion.of(header, CompletionKind.TABLE, ManifestDocs.tableDetail(table),
                                ManifestDocs.table(table, name), at.range())
                        .withFilter(header).withSort(rank + "_" + String.format("%03d", index) + "_" + name)
                        .withId("table:" + name));
            }
        }
        return out;
    }

    /**
     * The names a header can take for a schema table: its own, or for {@code llm.rate-limits.*} one
     * per provider the schema knows; other wildcard tables name things the schema cannot list.
     */
    private List<String> concreteNames(SchemaTable table) {
        if (!table.name().endsWith(".*")) {
            return List.of(table.name());
        }
        String prefix = table.name().substring(0, table.name().length() - 1);
        for (String ancestor = prefix.substring(0, prefix.length() - 1); !ancestor.isEmpty();
                ancestor = ancestor.contains(".") ? ancestor.substring(0, ancestor.lastIndexOf('.')) : "") {
            SchemaTable parent = schema.table(ancestor);
            SchemaKey provider = parent == null ? null : parent.key("provider");
            if (provider != null && !provider.enumValues().isEmpty()) {
                return provider.enumValues().stream().map(p -> prefix + p).toList();
            }
        }
        return List.of();
    }

    /** The keys of the table at the cursor that are not written yet: required, then read by neamc, then the rest. */
    private List<Completion> keys(ManifestCursor.Key at) {
        SchemaTable table = schema.table(at.table());
        if (table == null) {
            return List.of();
        }
        List<Completion> out = new ArrayList<>();
        int index = 0;
        for (SchemaKey key : table.keys()) {
            index++;
            if (at.present().contains(key.name())) {
                continue;
            }
            String rank = key.required() ? "0" : key.versions().isEmpty() ? "2" : "1";
            Completion c = Completion.of(key.name(), CompletionKind.PROPERTY, ManifestDocs.keyDetail(key),
                            ManifestDocs.key(table, at.table(), key), at.range())
                    .withSort(rank + "_" + String.format("%03d", index))
                    .withId("key:" + at.table() + "." + key.name());
            out.add(at.nameOnly() ? c : c.withInsert(key.name() + " = ", key.name() + " = " + snippet(key)));
        }
        return out;
    }

    /** What a key's value starts as: quotes for a string, brackets for an array, the choices of an enum. */
    private static String snippet(SchemaKey key) {
        String type = key.type().split("\\|")[0];
        if (!key.enumValues().isEmpty() && type.equals("string")) {
            return "\"${1|" + String.join(",", key.enumValues().stream().map(v -> v.replace(",", "\\,").replace("|", "\\|"))
                    .toList()) + "|}\"";
        }
        return switch (type) {
            case "string" -> key.secret() ? "\"env://$1\"" : "\"$1\"";
            case "boolean" -> "${1|true,false|}";
            case "string-array", "array" -> "[$1]";
            case "table" -> "{ $1 }";
            default -> key.defaultValue() != null ? "${1:" + ManifestValues.render(key.defaultValue()) + "}" : "$1";
        };
    }

    /** The schema entry of {@code key} in {@code table}: a declared key, or any key of a map table. */
    private ManifestValues.Target target(String tableName, String key, String provider) {
        SchemaTable table = schema.table(tableName);
        if (table == null) {
            return null;
        }
        SchemaKey declared = table.key(key);
        if (declared == null && table.isMap() && table.values() != null) {
            declared = table.values();
        }
        return declared == null ? null : new ManifestValues.Target(table, tableName, declared, provider);
    }
}
