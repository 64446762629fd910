package dev.neam.parser.assist.manifest;

import dev.neam.parser.assist.hover.Markdown;
import dev.neam.parser.manifest.SchemaKey;
import dev.neam.parser.manifest.SchemaTable;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The texts completion and hover show for neam.toml, written from the schema data only: a table's
 * doc and keys, a key's type, default, allowed values, the neamc versions that read it and its doc,
 * and the doc of an enumerated value.
 */
final class ManifestDocs {
    private ManifestDocs() {
    }

    /** {@code [deploy.kubernetes]} or {@code [[agents]]}. */
    static String header(SchemaTable table, String name) {
        return table != null && table.isArray() ? "[[" + name + "]]" : "[" + name + "]";
    }

    /** Hover and completion documentation of a table. */
    static String table(SchemaTable table, String name) {
        Markdown md = new Markdown().code("toml", header(table, name)).paragraph(table.doc());
        List<String> facts = new ArrayList<>();
        if (table.isArray()) {
            facts.add("An array of tables: one " + Markdown.inline(header(table, name)) + " header per entry");
        }
        if (table.isMap() && table.values() != null) {
            facts.add("Any key; each value is " + table.values().typeDescription());
        }
        List<String> required = table.keys().stream().filter(SchemaKey::required).map(k -> Markdown.inline(k.name())).toList();
        if (!required.isEmpty()) {
            facts.add("Required: " + String.join(", ", required));
        }
        if (!table.keys().isEmpty()) {
            facts.add("Keys: " + table.keys().stream().map(k -> Markdown.inline(k.name())).collect(Collectors.joining(", ")));
        }
        facts.add(readers(table.versions(), table.readBy()));
        return md.bullets(facts).build();
    }

    /** One line beside a table proposal. */
    static String tableDetail(SchemaTable table) {
        return (table.isArray() ? "array of tables" : "table") + " · " + shortReaders(table.versions(), table.readBy());
    }

    /** Hover and completion documentation of a key of {@code table} (named {@code tableName}). */
    static String key(SchemaTable table, String tableName, SchemaKey key) {
        String where = tableName.isEmpty() ? "" : header(table, tableName) + "\n";
        Markdown md = new Markdown().code("toml", where + key.name() + " = " + placeholder(key)).paragraph(key.doc());
        List<String> facts = new ArrayList<>();
        facts.add("Type: " + key.typeDescription().replaceFirst("^an? ", ""));
        if (key.required()) {
            facts.add("Required");
        }
        if (key.defaultValue() != null) {
            facts.add("Default: " + Markdown.inline(ManifestValues.render(key.defaultValue())));
        }
        if (!key.enumValues().isEmpty()) {
            facts.add("Allowed values: " + key.enumValues().stream().map(Markdown::inline).collect(Collectors.joining(", ")));
        }
        if (key.secret()) {
            facts.add("Holds a secret: write a reference such as " + Markdown.inline("env://NAME") + ", never the secret itself");
        }
        facts.add(readers(key.versions(), table.readBy()) + (key.since().equals("orig") ? "" : " (since " + key.since() + ")"));
        if (!key.affects().isEmpty()) {
            facts.add("Ends up in: " + key.affects().stream().map(Markdown::inline).collect(Collectors.joining(", ")));
        }
        return md.bullets(facts).build();
    }

    /** The value of a map table's key ({@code [scripts] build = …}). */
    static String mapValue(SchemaTable table, String tableName, String key) {
        SchemaKey values = table.values();
        return new Markdown().code("toml", "[" + tableName + "]\n" + key + " = " + placeholder(values))
                .paragraph(values.doc()).paragraph(table.doc())
                .bullets(List.of("Type: " + values.typeDescription().replaceFirst("^an? ", ""),
                        readers(table.versions(), table.readBy())))
                .build();
    }

    /** One line beside a key proposal: its type and default. */
    static String keyDetail(SchemaKey key) {
        String detail = key.type();
        return key.defaultValue() == null ? detail : detail + " · default " + ManifestValues.render(key.defaultValue());
    }

    /** A value of an enumerated key ({@code ingress-class = "alb"}). */
    static String enumValue(SchemaKey key, String value) {
        List<String> all = key.enumValues().stream()
                .map(v -> v.equals(value) ? "**" + Markdown.inline(v) + "**" : Markdown.inline(v)).toList();
        return new Markdown().code("toml", key.name() + " = " + ManifestValues.quoted(value))
                .paragraph(key.enumDoc(value))
                .paragraph("One of the values of " + Markdown.inline(key.name()) + ": " + String.join(", ", all) + ".")
                .paragraph(key.doc()).build();
    }

    /** Documentation of an enumerated value proposal: its own doc, then the key's. */
    static String enumProposal(SchemaTable table, String tableName, SchemaKey key, String value) {
        String own = key.enumDoc(value);
        return own.isEmpty() ? key(table, tableName, key) : own + "\n\n" + key(table, tableName, key);
    }

    /** Which neamc versions read a table or key; otherwise who does. */
    static String readers(List<String> versions, String readBy) {
        if (!versions.isEmpty()) {
            return "Read by neamc " + String.join(", ", versions);
        }
        return switch (readBy) {
            case "stdlib" -> "Not read by neamc; read by the standard library's project tooling";
            case "neam-lsp" -> "Read by neam-lsp (the language server and lint), not by neamc";
            default -> "Not read by neamc (known from the Neam docs and examples)";
        };
    }

    private static String shortReaders(List<String> versions, String readBy) {
        if (!versions.isEmpty()) {
            return "neamc " + String.join(", ", versions);
        }
        return switch (readBy) {
            case "stdlib" -> "stdlib";
            case "neam-lsp" -> "neam-lsp";
            default -> "not read by neamc";
        };
    }

    private static String placeholder(SchemaKey key) {
        return key.defaultValue() != null ? ManifestValues.render(key.defaultValue()) : "<" + key.type() + ">";
    }
}
