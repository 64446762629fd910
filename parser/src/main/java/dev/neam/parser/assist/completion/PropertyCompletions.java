package dev.neam.parser.assist.completion;

import dev.neam.parser.language.BindingTag;
import dev.neam.parser.language.BlockSpec;
import dev.neam.parser.language.HandlerSpec;
import dev.neam.parser.language.KindSpec;
import dev.neam.parser.language.Profile;
import dev.neam.parser.language.PropertySpec;
import dev.neam.parser.language.PropertyStatus;
import dev.neam.parser.language.ProviderSpec;
import dev.neam.parser.language.Vocabulary;
import dev.neam.parser.semantic.symbols.Symbol;
import dev.neam.parser.semantic.symbols.SymbolKind;
import dev.neam.parser.text.Range;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Keys of a declaration body or nested block, and the values a key accepts. */
final class PropertyCompletions {
    private final Vocabulary vocabulary;
    private final Profile profile;

    PropertyCompletions(Vocabulary vocabulary, Profile profile) {
        this.vocabulary = vocabulary;
        this.profile = profile;
    }

    /** The keys (and, in a declaration body, handlers) not written yet; required ones sort first. */
    List<Completion> keys(CursorContext.Key at) {
        List<Completion> out = new ArrayList<>();
        BlockSpec block = at.block();
        KindSpec kind = at.kind();
        int index = 0;
        for (PropertySpec p : block.all()) {
            index++;
            boolean handlerForm = kind != null && kind.handler(p.key()).isPresent(); // offered as the handler below
            if (handlerForm || at.present().contains(p.key()) || p.status() == PropertyStatus.IGNORED
                    || p.status() == PropertyStatus.RESERVED
                    || (kind != null && !profile.allows(p.effectiveDialects(kind.dialects())))
                    || (kind == null && !profile.allows(p.dialects()))) {
                continue;
            }
            boolean required = block.requiredKeys().contains(p.key());
            Completion c = Completion.of(p.key(), CompletionKind.PROPERTY, p.expectation(), CompletionDocs.property(p),
                            at.range())
                    .withInsert(p.key() + ": ", Snippets.property(p, 1, ""))
                    .withSort((required ? "0_" : "1_") + String.format("%03d", index));
            out.add(p.status() == PropertyStatus.DEPRECATED ? c.asDeprecated() : c);
        }
        if (kind != null) {
            for (HandlerSpec h : kind.handlers()) {
                index++;
                if (at.present().contains(h.name())) {
                    continue;
                }
                String detail = "handler " + h.name() + "(…) { … }";
                out.add(Completion.of(h.name(), CompletionKind.HANDLER, detail, h.doc(), at.range())
                        .withInsert(h.name() + "() {}", Snippets.handler(h, 1, ""))
                        .withSort((h.required() ? "0_" : "1_") + String.format("%03d", index)));
            }
        }
        return out;
    }

    /**
     * What may follow {@code key:} or stand in its list: enum values, booleans, providers, and the
     * visible declarations of the kinds a reference names.
     */
    List<Completion> values(CursorContext.Value at, Collection<Symbol> visible) {
        PropertySpec p = at.property();
        Range range = at.range();
        List<Completion> out = new ArrayList<>();
        switch (p.type()) {
            case BOOL -> {
                out.add(Completion.of("true", CompletionKind.VALUE, "bool", "", range));
                out.add(Completion.of("false", CompletionKind.VALUE, "bool", "", range));
            }
            case ENUM -> {
                for (String v : p.values()) {
                    String text = p.bareValues() ? v : "\"" + v + "\"";
                    out.add(Completion.of(text, CompletionKind.VALUE, "value of " + p.key(), CompletionDocs.property(p),
                            range).withFilter(v).withSort(v.equals(unquote(p.defaultValue())) ? "0_" + v : "1_" + v));
                }
            }
            case PROVIDER -> {
                for (ProviderSpec provider : vocabulary.providers()) {
                    out.add(Completion.of("\"" + provider.name() + "\"", CompletionKind.PROVIDER, "provider",
                            CompletionDocs.provider(provider), range).withFilter(provider.name()));
                }
            }
            case BINDING -> {
                for (BindingTag tag : p.tags()) {
                    out.add(Completion.of(tag.tag(), CompletionKind.VALUE, "binding", tag.doc(), range)
                            .withInsert(tag.tag() + " {}", tag.tag() + " {\n\t$0\n}"));
                }
            }
            case REFERENCE, REFERENCE_LIST, HANDOFF_LIST, REFERENCE_MAP -> references(p, at, visible, out);
            case FUNCTION -> {
                for (Symbol s : visible) {
                    if (s.kind() == SymbolKind.FUNCTION) {
                        out.add(Completion.of(s.name(), CompletionKind.FUNCTION, SymbolDescriptions.detail(s),
                                SymbolDescriptions.doc(s), range));
                    }
                }
            }
            default -> {
            }
        }
        return out;
    }

    private static void references(PropertySpec p, CursorContext.Value at, Collection<Symbol> visible,
                                   List<Completion> out) {
        if (p.targets().isEmpty()) {
            return;
        }
        boolean wrap = !at.inList() && p.type() != dev.neam.parser.language.ValueType.REFERENCE
                && p.type() != dev.neam.parser.language.ValueType.REFERENCE_MAP;
        for (Symbol s : visible) {
            if (!matches(s, p.targets()) || at.taken().contains(s.name())) {
                continue;
            }
            Completion c = Completion.of(s.name(), CompletionKind.DECLARATION, s.detail(), SymbolDescriptions.doc(s),
                            at.range())
                    .withId("declaration:" + s.path() + ":" + s.name());
            out.add(wrap ? c.withInsert("[" + s.name() + "]", "[" + s.name() + "$1]") : c);
        }
    }

    /** A declaration matches a target kind by its header; {@code agent} also takes claw, forge and other agents. */
    static boolean matches(Symbol symbol, List<String> targets) {
        if (symbol.kind() != SymbolKind.DECLARATION && symbol.kind() != SymbolKind.BINDING) {
            return false;
        }
        String kind = symbol.detail();
        return targets.stream().anyMatch(t -> t.equals(kind) || (t.equals("agent") && kind.endsWith(" agent")));
    }

    /** Values for the content of a string ({@code provider: "op|"}): the same words, unquoted. */
    List<Completion> stringValues(CursorContext.StringValue at) {
        PropertySpec p = at.property();
        List<Completion> out = new ArrayList<>();
        if (p.type() == dev.neam.parser.language.ValueType.ENUM && !p.bareValues()) {
            for (String v : p.values()) {
                out.add(Completion.of(v, CompletionKind.VALUE, "value of " + p.key(), CompletionDocs.property(p),
                        at.range()));
            }
        } else if (p.type() == dev.neam.parser.language.ValueType.PROVIDER) {
            for (ProviderSpec provider : vocabulary.providers()) {
                out.add(Completion.of(provider.name(), CompletionKind.PROVIDER, "provider",
                        CompletionDocs.provider(provider), at.range()));
            }
        }
        return out;
    }

    private static String unquote(String s) {
        boolean quoted = s != null && s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"");
        return quoted ? s.substring(1, s.length() - 1) : s;
    }
}
