package dev.neam.parser.assist.manifest;

import dev.neam.parser.assist.completion.Completion;
import dev.neam.parser.assist.completion.CompletionKind;
import dev.neam.parser.manifest.SchemaKey;
import dev.neam.parser.manifest.SchemaTable;
import dev.neam.parser.manifest.Secrets;
import dev.neam.parser.text.Range;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The values a key of neam.toml accepts, from its schema entry: enum values, booleans, a secret
 * reference ({@code env://NAME}) where the key holds a secret, the default and the examples, and an
 * empty string or array of the expected type. Also how schema values are written in TOML.
 */
final class ManifestValues {
    private ManifestValues() {
    }

    /** The key whose value is completed, with the table it belongs to. */
    record Target(SchemaTable table, String tableName, SchemaKey key, String provider) {
    }

    /** Proposals for a bare value position ({@code replicas = |}); {@code spaceBefore} when the cursor touches the '='. */
    static List<Completion> bare(Target target, Range range, boolean spaceBefore) {
        List<Completion> out = new ArrayList<>();
        SchemaKey key = target.key();
        String defaultText = key.defaultValue() == null ? null : render(key.defaultValue());
        if (!key.enumValues().isEmpty()) {
            for (String v : key.enumValues()) {
                String text = key.type().contains("string") ? quoted(v) : v;
                out.add(value(target, text, "value of " + key.name(), ManifestDocs.enumProposal(target.table(),
                        target.tableName(), key, v), range, text.equals(defaultText)).withFilter(v));
            }
        } else if (key.type().equals("boolean")) {
            for (String v : List.of("true", "false")) {
                out.add(value(target, v, "boolean", ManifestDocs.key(target.table(), target.tableName(), key), range,
                        v.equals(defaultText)));
            }
        } else {
            if (key.secret()) { // a reference, never a literal: no empty string to type the secret into
                secretReferences(target, range, out);
                return spaced(out, spaceBefore);
            }
            List<String> suggested = new ArrayList<>();
            if (defaultText != null && !defaultText.equals("\"\"") && !defaultText.equals("[]")) {
                suggested.add(defaultText);
            }
            for (String example : key.examples()) {
                String text = key.type().contains("string") && !key.type().equals("string-array") ? quoted(example) : example;
                if (!suggested.contains(text)) {
                    suggested.add(text);
                }
            }
            for (String text : suggested) {
                out.add(value(target, text, text.equals(defaultText) ? "default" : "example",
                        ManifestDocs.key(target.table(), target.tableName(), key), range, text.equals(defaultText)));
            }
            empty(target, range, out);
        }
        return spaced(out, spaceBefore);
    }

    private static List<Completion> spaced(List<Completion> proposals, boolean spaceBefore) {
        return spaceBefore ? proposals.stream().map(c -> c.withInsert(" " + c.insertText(),
                c.snippet() == null ? null : " " + c.snippet())).toList() : proposals;
    }

    /** Proposals for the content of a string ({@code ingress-class = "a|"}): the same words without quotes. */
    static List<Completion> inString(Target target, Range range) {
        SchemaKey key = target.key();
        List<Completion> out = new ArrayList<>();
        for (String v : key.enumValues()) {
            out.add(value(target, v, "value of " + key.name(), ManifestDocs.enumProposal(target.table(), target.tableName(),
                    key, v), range, v.equals(key.defaultValue())));
        }
        if (key.secret()) {
            for (String scheme : Secrets.REFERENCE_SCHEMES) {
                String name = scheme.equals("env") ? Secrets.environmentName(key.name(), target.provider()) : "";
                out.add(Completion.of(scheme + "://" + name, CompletionKind.VALUE, "secret reference",
                        referenceDoc(scheme), range).withInsert(scheme + "://" + name, scheme + "://" + placeholder(name))
                        .withSort((scheme.equals("env") ? "0_" : "1_") + scheme));
            }
        }
        return out;
    }

    private static void secretReferences(Target target, Range range, List<Completion> out) {
        for (String scheme : Secrets.REFERENCE_SCHEMES) {
            String name = scheme.equals("env") ? Secrets.environmentName(target.key().name(), target.provider()) : "";
            String label = quoted(scheme + "://" + name);
            out.add(Completion.of(label, CompletionKind.VALUE, "secret reference", referenceDoc(scheme), range)
                    .withInsert(label, "\"" + scheme + "://" + placeholder(name) + "\"")
                    .withFilter(scheme + "://" + name)
                    .withSort((scheme.equals("env") ? "0_" : "1_") + scheme));
        }
    }

    private static String placeholder(String name) {
        return name.isEmpty() ? "$1" : "${1:" + name + "}";
    }

    private static String referenceDoc(String scheme) {
        return "A secret reference the neamc resolver reads with its `" + scheme + "` resolver (`[secrets] provider`): "
                + "the secret itself stays out of neam.toml.";
    }

    /** An empty value of the key's type, to type into: {@code ""}, {@code []} or an inline table. */
    private static void empty(Target target, Range range, List<Completion> out) {
        String doc = ManifestDocs.key(target.table(), target.tableName(), target.key());
        for (String type : target.key().type().split("\\|")) {
            switch (type) {
                case "string" -> out.add(value(target, "\"\"", "string", doc, range, false).withInsert("\"\"", "\"$1\""));
                case "string-array", "array" -> out.add(value(target, "[]", "array", doc, range, false)
                        .withInsert("[]", "[$1]"));
                case "table" -> out.add(value(target, "{ }", "inline table", doc, range, false).withInsert("{ }", "{ $1 }"));
                default -> {
                }
            }
        }
    }

    private static Completion value(Target target, String text, String detail, String doc, Range range, boolean isDefault) {
        return Completion.of(text, CompletionKind.VALUE, detail, doc, range)
                .withSort((isDefault ? "0_" : "1_") + text)
                .withId("value:" + target.tableName() + "." + target.key().name() + ":" + text);
    }

    /** A schema value as TOML writes it: strings quoted, lists in brackets. */
    static String render(Object value) {
        if (value instanceof String s) {
            return quoted(s);
        }
        if (value instanceof List<?> list) {
            return list.stream().map(ManifestValues::render).collect(Collectors.joining(", ", "[", "]"));
        }
        return String.valueOf(value);
    }

    /** A TOML basic string. */
    static String quoted(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
