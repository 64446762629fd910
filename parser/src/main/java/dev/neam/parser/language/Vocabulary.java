package dev.neam.parser.language;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Everything Neam's language knows by name: declaration kinds with their properties, handlers and
 * methods; built-in functions; LLM providers; dialect-specific constructs; version profiles. Read
 * once from {@code vocabulary.json}; the checks, completion, hover and the generated reference all
 * ask this class, so adding a kind or a key is a data change.
 */
public final class Vocabulary {
    private static final class Holder {
        static final Vocabulary INSTANCE = VocabularyReader.readResource();
    }

    private final List<DialectSpec> dialects;
    private final List<Profile> profiles;
    private final Map<String, String> budgetUnits;
    private final Map<String, String> statementKeywords;
    private final List<KeywordSpec> keywords;
    private final List<KindSpec> kinds;
    private final Map<String, KindSpec> kindsById = new LinkedHashMap<>();
    private final Map<String, List<KindSpec>> kindsByName = new LinkedHashMap<>();
    private final Map<String, BuiltinSpec> builtins = new LinkedHashMap<>();
    private final Map<String, ProviderSpec> providers = new LinkedHashMap<>();
    private final List<ConstructSpec> constructs;
    private final Map<String, NamespaceSpec> namespaces = new LinkedHashMap<>();
    private final List<SyntaxSpec> superset;

    Vocabulary(List<DialectSpec> dialects, List<Profile> profiles, Map<String, String> budgetUnits,
               List<KeywordSpec> keywords, List<KindSpec> kinds, List<BuiltinSpec> builtins, List<ProviderSpec> providers,
               List<ConstructSpec> constructs, List<NamespaceSpec> namespaces, List<SyntaxSpec> superset) {
        this.dialects = List.copyOf(dialects);
        this.profiles = List.copyOf(profiles);
        this.budgetUnits = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(budgetUnits));
        this.keywords = List.copyOf(keywords);
        Map<String, String> docs = new LinkedHashMap<>();
        keywords.forEach(k -> docs.put(k.keyword(), k.doc()));
        this.statementKeywords = java.util.Collections.unmodifiableMap(docs);
        this.kinds = List.copyOf(kinds);
        this.constructs = List.copyOf(constructs);
        for (KindSpec k : kinds) {
            if (kindsById.put(k.id(), k) != null) {
                throw new IllegalStateException("declaration kind '" + k.id() + "' is described twice");
            }
            kindsByName.computeIfAbsent(k.name(), n -> new java.util.ArrayList<>()).add(k);
        }
        for (BuiltinSpec b : builtins) {
            if (this.builtins.put(b.name(), b) != null) {
                throw new IllegalStateException("built-in '" + b.name() + "' is described twice");
            }
        }
        for (ProviderSpec p : providers) {
            this.providers.put(p.name(), p);
        }
        for (NamespaceSpec n : namespaces) {
            if (this.namespaces.put(n.name(), n) != null || this.builtins.containsKey(n.name())) {
                throw new IllegalStateException("namespace '" + n.name() + "' is described twice");
            }
        }
        this.superset = List.copyOf(superset);
    }

    /** The vocabulary shipped with the parser (loaded on first use). */
    public static Vocabulary load() {
        return Holder.INSTANCE;
    }

    public List<KindSpec> kinds() {
        return kinds;
    }

    /** Every kind written with these header words (one per dialect variant); empty when none. */
    public List<KindSpec> kinds(List<String> headerWords) {
        return kindsByName.getOrDefault(String.join(" ", headerWords), List.of());
    }

    /** The first kind written with these header words. */
    public Optional<KindSpec> kind(List<String> headerWords) {
        return kinds(headerWords).stream().findFirst();
    }

    public Optional<KindSpec> kindById(String id) {
        return Optional.ofNullable(kindsById.get(id));
    }

    /** The distinct header names ({@code agent}, {@code claw agent}, …). */
    public Set<String> kindNames() {
        return kindsByName.keySet();
    }

    /** A property of the first kind with this name that describes {@code key}. */
    public Optional<PropertySpec> property(String kindName, String key) {
        return kindsByName.getOrDefault(kindName, List.of()).stream()
                .flatMap(k -> k.property(key).stream()).findFirst();
    }

    public Collection<BuiltinSpec> builtins() {
        return builtins.values();
    }

    public Optional<BuiltinSpec> builtin(String name) {
        return Optional.ofNullable(builtins.get(name));
    }

    /** Built-in namespaces ({@code json}, {@code time}, {@code std}…). */
    public Collection<NamespaceSpec> namespaces() {
        return namespaces.values();
    }

    public Optional<NamespaceSpec> namespace(String name) {
        return Optional.ofNullable(namespaces.get(name));
    }

    /** Constructs of the documented superset, in documentation order. */
    public List<SyntaxSpec> superset() {
        return superset;
    }

    public Collection<ProviderSpec> providers() {
        return providers.values();
    }

    public Optional<ProviderSpec> provider(String name) {
        return Optional.ofNullable(providers.get(name));
    }

    public List<ConstructSpec> constructs() {
        return constructs;
    }

    public Optional<ConstructSpec> construct(String id) {
        return constructs.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    public List<DialectSpec> dialects() {
        return dialects;
    }

    public DialectSpec dialect(Dialect dialect) {
        return dialects.stream().filter(d -> d.dialect() == dialect).findFirst().orElseThrow();
    }

    /** "dialect A (0.5–0.6.x) or dialect B (…)" for a set of dialects. */
    public String describe(Set<Dialect> set) {
        return new TreeSet<>(set).stream().map(d -> dialect(d).label()).collect(Collectors.joining(" or "));
    }

    public List<Profile> profiles() {
        return profiles;
    }

    /** The profile a version string selects: by id or alias; anything unknown selects the union ({@code auto}). */
    public Profile profile(String version) {
        String v = version == null ? "" : version.trim();
        return profiles.stream().filter(p -> p.id().equals(v) || p.aliases().contains(v)).findFirst()
                .orElseGet(() -> profiles.stream().filter(Profile::acceptsUnion).findFirst().orElseThrow());
    }

    /**
     * The core keywords ({@code type}, {@code let}, {@code if}…): a statement {@code word Name = value;}
     * whose word is one of them is core syntax ({@code type T = U;}), not a domain declaration.
     */
    public java.util.Set<String> statementKeywords() {
        return statementKeywords.keySet();
    }

    /** The documentation of a statement keyword ({@code let}, {@code type}…), when the data has one. */
    public Optional<String> statementKeywordDoc(String keyword) {
        return keyword(keyword).map(KeywordSpec::doc).filter(doc -> doc != null && !doc.isBlank());
    }

    /** The core keywords with their docs and snippets, in documentation order. */
    public List<KeywordSpec> keywords() {
        return keywords;
    }

    public Optional<KeywordSpec> keyword(String word) {
        return keywords.stream().filter(k -> k.keyword().equals(word)).findFirst();
    }

    /** Unit words a budget duration may carry, with what they mean (in documentation order). */
    public Map<String, String> budgetUnits() {
        return budgetUnits;
    }
}
