package dev.neam.parser.assist.hover;

import dev.neam.parser.language.BuiltinSpec;
import dev.neam.parser.language.Dialect;
import dev.neam.parser.language.HandlerSpec;
import dev.neam.parser.language.KindSpec;
import dev.neam.parser.language.MethodSpec;
import dev.neam.parser.language.NamespaceSpec;
import dev.neam.parser.language.PropertySpec;
import dev.neam.parser.language.PropertyStatus;
import dev.neam.parser.language.ProviderSpec;
import dev.neam.parser.language.Vocabulary;
import dev.neam.parser.language.FieldSpec;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Hover texts for what the language knows by name, written from the vocabulary data. */
final class VocabularyDocs {
    private final Vocabulary vocabulary;

    VocabularyDocs(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /** A declaration kind; all dialect variants written with the same header words. */
    String kind(List<KindSpec> variants) {
        KindSpec first = variants.get(0);
        Markdown md = new Markdown().code(first.isBindingForm() ? first.name() + " Name = …;" : first.name() + " Name { … }");
        Set<String> docs = new LinkedHashSet<>();
        Set<Dialect> dialects = EnumSet.noneOf(Dialect.class);
        for (KindSpec k : variants) {
            docs.add(k.doc());
            dialects.addAll(k.dialects());
        }
        docs.forEach(md::paragraph);
        List<String> facts = new ArrayList<>();
        facts.add("Available in " + vocabulary.describe(dialects));
        if (first.family() != null && !first.family().isBlank()) {
            facts.add("Family: " + first.family());
        }
        if (first.since() != null && !first.since().isBlank()) {
            facts.add("Since Neam " + first.since());
        }
        if (!first.body().requiredKeys().isEmpty()) {
            facts.add("Required: " + String.join(", ", first.body().requiredKeys().stream().map(Markdown::inline).toList()));
        }
        return md.paragraph(String.join(" · ", facts)).build();
    }

    /** A key inside a declaration body or nested block. */
    String property(PropertySpec p, Set<Dialect> kindDialects, boolean required, String where) {
        Markdown md = new Markdown().code(p.key() + ": " + p.expectation());
        md.paragraph(p.doc());
        List<String> facts = new ArrayList<>();
        facts.add((required ? "Required" : "Optional") + " in " + where);
        if (p.defaultValue() != null && !p.defaultValue().isBlank()) {
            facts.add("Default: " + Markdown.inline(p.defaultValue()));
        }
        if (p.min() != null || p.max() != null) {
            facts.add(p.min() != null && p.max() != null ? "Range: " + bound(p.min(), p) + " … " + bound(p.max(), p)
                    : p.min() != null ? "At least " + bound(p.min(), p) : "At most " + bound(p.max(), p));
        }
        if (!p.values().isEmpty() && p.type() != dev.neam.parser.language.ValueType.ENUM) {
            facts.add("Values: " + String.join(", ", p.values().stream().map(Markdown::inline).toList()));
        }
        if (!p.dialects().isEmpty() && !p.dialects().equals(kindDialects)) {
            facts.add("Only in " + vocabulary.describe(p.effectiveDialects(kindDialects)));
        }
        if (p.status() != null && p.status() != PropertyStatus.NORMAL) {
            facts.add("Status: " + p.status().name().toLowerCase(java.util.Locale.ROOT));
        }
        return md.paragraph(String.join(" · ", facts)).build();
    }

    private static String bound(Double value, PropertySpec p) {
        if (value == null) {
            return "";
        }
        return p.integer() || value == Math.rint(value) ? String.valueOf(value.longValue()) : String.valueOf(value);
    }

    /** A value of an enumerated key ({@code tracing: enabled}). */
    String enumValue(String value, PropertySpec p) {
        List<String> others = p.values().stream().map(v -> v.equals(value) ? "**" + Markdown.inline(v) + "**"
                : Markdown.inline(v)).toList();
        return new Markdown().code(p.key() + ": " + value)
                .paragraph("One of the values of " + Markdown.inline(p.key()) + ": " + String.join(", ", others) + ".")
                .paragraph(p.doc()).build();
    }

    /** The tag of a binding value: {@code binding: mcp { … }}. */
    String bindingTag(PropertySpec p, dev.neam.parser.language.BindingTag tag) {
        Markdown md = new Markdown().code(p.key() + ": " + tag.tag() + " { … }").paragraph(tag.doc());
        if (tag.block() != null && !tag.block().requiredKeys().isEmpty()) {
            md.paragraph("Required: " + String.join(", ", tag.block().requiredKeys().stream().map(Markdown::inline).toList()));
        }
        return md.paragraph("Other forms: " + String.join(", ", p.tags().stream().map(t -> Markdown.inline(t.tag()))
                .filter(t -> !t.equals(Markdown.inline(tag.tag()))).toList())).build();
    }

    String provider(ProviderSpec p) {
        Markdown md = new Markdown().code("provider: \"" + p.name() + "\"").paragraph(p.doc());
        List<String> facts = new ArrayList<>();
        if (!p.credentials().isEmpty()) {
            String vars = String.join(p.credentialsMode() == ProviderSpec.CredentialsMode.ALL ? " and " : " or ",
                    p.credentials().stream().map(Markdown::inline).toList());
            facts.add("Credentials: " + vars);
        } else if (p.credentialsMode() == ProviderSpec.CredentialsMode.NONE) {
            facts.add("Credentials: none");
        }
        if (p.defaultEndpoint() != null && !p.defaultEndpoint().isBlank()) {
            facts.add("Endpoint: " + Markdown.inline(p.defaultEndpoint()));
        }
        return md.bullets(facts).build();
    }

    String builtin(BuiltinSpec b) {
        return new Markdown().code(b.signature()).paragraph(b.doc())
                .paragraph("Built-in function · " + vocabulary.describe(b.dialects())).build();
    }

    String namespace(NamespaceSpec n) {
        Markdown md = new Markdown().code("(namespace) " + n.name()).paragraph(n.doc());
        if (!n.members().isEmpty()) {
            md.bullets(n.members().stream().map(m -> Markdown.inline(n.signature(m))).toList());
        }
        return md.paragraph("Built-in namespace").build();
    }

    String namespaceMember(NamespaceSpec n, BuiltinSpec m) {
        return new Markdown().code(n.signature(m)).paragraph(m.doc())
                .paragraph("Function of the built-in namespace " + Markdown.inline(n.name())).build();
    }

    String method(String target, MethodSpec m, KindSpec kind) {
        String returns = m.returns() == null || m.returns().isBlank() ? "" : " -> " + m.returns();
        Markdown md = new Markdown().code(target + "." + m.signature() + returns).paragraph(m.doc());
        if (!m.resultKeys().isEmpty()) {
            md.paragraph("Result keys: " + String.join(", ", m.resultKeys().stream()
                    .map(r -> Markdown.inline(r.key())).toList()));
        }
        return md.paragraph("Method of every " + Markdown.inline(kind.name()) + " declaration").build();
    }

    String field(String target, FieldSpec f, KindSpec kind) {
        return new Markdown().code(target + "." + f.name()).paragraph(f.doc())
                .paragraph("Field of every " + Markdown.inline(kind.name()) + " declaration").build();
    }

    String handler(HandlerSpec h, KindSpec kind) {
        return new Markdown().code(h.name() + "(…) { … }").paragraph(h.doc())
                .paragraph((h.required() ? "Required" : "Optional") + " handler of " + Markdown.inline(kind.name())).build();
    }

    String statementKeyword(String keyword, String doc) {
        return new Markdown().code(keyword).paragraph(doc).build();
    }
}
