package dev.neam.parser.assist.hover;

import dev.neam.parser.assist.CodeTokens;
import dev.neam.parser.assist.Modules;
import dev.neam.parser.assist.NodePath;
import dev.neam.parser.assist.PropertyContext;
import dev.neam.parser.assist.ValueText;
import dev.neam.parser.assist.Words;
import dev.neam.parser.ast.Decl;
import dev.neam.parser.ast.Expr;
import dev.neam.parser.ast.Member;
import dev.neam.parser.ast.Name;
import dev.neam.parser.ast.Node;
import dev.neam.parser.grammar.NeamLexer;
import dev.neam.parser.language.KindSpec;
import dev.neam.parser.language.PropertySpec;
import dev.neam.parser.language.ValueType;
import dev.neam.parser.language.Vocabulary;
import dev.neam.parser.semantic.symbols.Symbol;
import dev.neam.parser.semantic.symbols.SymbolKind;
import dev.neam.parser.syntax.ParseResult;
import dev.neam.parser.text.Position;
import dev.neam.parser.text.SourceText;
import dev.neam.parser.workspace.Workspace;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What hovering a word of a Neam file shows. The word is classified by the syntax tree around it
 * (a kind keyword, a key, a value, a method) and by name resolution (a user's name, a built-in);
 * the texts come from the vocabulary data and from the declarations themselves. Words in comments
 * and ordinary strings show nothing; broken code gives what can still be read.
 */
public final class Hovers {
    private final Vocabulary vocabulary;
    private final VocabularyDocs docs;

    public Hovers(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
        this.docs = new VocabularyDocs(vocabulary);
    }

    public Hovers() {
        this(Vocabulary.load());
    }

    public Optional<HoverInfo> hover(Workspace workspace, Path file, Position position) {
        ParseResult parse = workspace.parse(file);
        if (parse == null) {
            return Optional.empty();
        }
        Optional<Words.Word> found = Words.at(parse.text(), position);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Words.Word word = found.get();
        Position at = word.range().start();
        NodePath path = NodePath.at(parse.tree(), at);
        return Optional.ofNullable(text(workspace, file, parse, path, word, at))
                .map(markdown -> new HoverInfo(word.range(), markdown));
    }

    private String text(Workspace workspace, Path file, ParseResult parse, NodePath path, Words.Word word, Position at) {
        for (Decl.Domain d : path.all(Decl.Domain.class)) {
            if (d.keywords().stream().anyMatch(k -> covers(k, word))) {
                List<KindSpec> kinds = vocabulary.kinds(d.keywords().stream().map(Name::text).toList());
                return kinds.isEmpty() ? null : docs.kind(kinds);
            }
        }
        Optional<Decl.Binding> binding = path.innermost(Decl.Binding.class);
        if (binding.isPresent() && covers(binding.get().keyword(), word)) {
            String keyword = binding.get().keyword().text();
            List<KindSpec> kinds = vocabulary.kinds(List.of(keyword));
            return !kinds.isEmpty() ? docs.kind(kinds)
                    : vocabulary.statementKeywordDoc(keyword).map(doc -> docs.statementKeyword(keyword, doc)).orElse(null);
        }
        Optional<Member> key = path.all(Member.class).stream().filter(m -> covers(m.key(), word)).findFirst();
        if (key.isPresent()) {
            return key(path, key.get());
        }
        Optional<Expr.Member> access = path.innermost(Expr.Member.class);
        if (access.isPresent() && covers(access.get().member(), word)) {
            return member(workspace, file, access.get());
        }
        Optional<Symbol> symbol = workspace.symbolAt(file, at);
        if (symbol.isPresent()) {
            return symbol(workspace, file, symbol.get());
        }
        Optional<Decl.Import> imported = path.innermost(Decl.Import.class);
        if (imported.isPresent() && imported.get().path() != null
                && imported.get().path().segments().stream().anyMatch(s -> covers(s, word))) {
            return module(workspace, file, imported.get());
        }
        String value = value(path, word);
        if (value != null) {
            return value;
        }
        return keyword(parse, word);
    }

    private String key(NodePath path, Member member) {
        Optional<Decl.Domain> domain = path.innermost(Decl.Domain.class);
        if (member instanceof Member.Handler h && domain.isPresent()) {
            for (KindSpec kind : vocabulary.kinds(domain.get().keywords().stream().map(Name::text).toList())) {
                if (kind.handler(h.key().text()).isPresent()) {
                    return docs.handler(kind.handler(h.key().text()).get(), kind);
                }
            }
        }
        return PropertyContext.of(path, member, vocabulary).map(f -> docs.property(f.property(), f.kind().dialects(),
                f.required(), where(f, path, member))).orElse(null);
    }

    /** "`agent`" or "the `session` block of `claw agent`". */
    private static String where(PropertyContext.Found found, NodePath path, Member member) {
        String kind = Markdown.inline(found.kind().name());
        Member parent = null;
        for (Node n : path.nodes()) {
            if (n == member) {
                break;
            }
            if (n instanceof Member m) {
                parent = m;
            }
        }
        return parent == null || parent.key() == null ? kind
                : "the " + Markdown.inline(parent.key().text()) + " block of " + kind;
    }

    /** {@code Researcher.ask}: a method or field every declaration of that kind has. */
    private String member(Workspace workspace, Path file, Expr.Member access) {
        if (!(access.target() instanceof Expr.Identifier target)) {
            return null;
        }
        Optional<Symbol> owner = workspace.symbolAt(file, target.name().range().start());
        String name = access.member().text();
        if (owner.isPresent() && owner.get().kind() == SymbolKind.BUILTIN) {
            return vocabulary.namespace(owner.get().name())
                    .flatMap(ns -> ns.member(name).map(m -> docs.namespaceMember(ns, m))).orElse(null);
        }
        if (owner.isEmpty() || owner.get().kind() != SymbolKind.DECLARATION) {
            return null;
        }
        for (KindSpec kind : vocabulary.kinds(List.of(owner.get().detail().split(" ")))) {
            if (kind.method(name).isPresent()) {
                return docs.method(target.name().text(), kind.method(name).get(), kind);
            }
            Optional<dev.neam.parser.language.FieldSpec> field = kind.fields().stream()
                    .filter(f -> f.name().equals(name)).findFirst();
            if (field.isPresent()) {
                return docs.field(target.name().text(), field.get(), kind);
            }
        }
        return null;
    }

    private String symbol(Workspace workspace, Path file, Symbol symbol) {
        if (symbol.kind() == SymbolKind.BUILTIN) {
            return vocabulary.builtin(symbol.name()).map(docs::builtin)
                    .or(() -> vocabulary.namespace(symbol.name()).map(docs::namespace))
                    .orElse(new Markdown().code("(built-in) " + symbol.name()).build());
        }
        return new SymbolSummaries(workspace, file).summary(symbol);
    }

    private String module(Workspace workspace, Path file, Decl.Import declaration) {
        String dotted = declaration.path().dotted();
        Optional<Path> target = Modules.fileOf(workspace, file, declaration.path());
        Markdown md = new Markdown().code("module " + dotted);
        if (target.isPresent()) {
            md.paragraph("File " + Markdown.inline(Modules.relative(file, target.get())));
        } else {
            md.paragraph("Not a module of this project (a library module or a missing file).");
        }
        return md.build();
    }

    /** A word inside a property value: a provider name or one of an enumerated key's values. */
    private String value(NodePath path, Words.Word word) {
        Optional<Member.Property> property = path.innermost(Member.Property.class);
        Optional<Expr> inner = path.innermost(Expr.class);
        if (property.isEmpty() || property.get().value() == null || inner.isEmpty()
                || !property.get().value().range().contains(word.range().start())) {
            return null;
        }
        String written;
        if (inner.get() instanceof Expr.Literal l && l.kind() == Expr.LiteralKind.STRING) {
            written = ValueText.unquote(l.text());
        } else if (inner.get() instanceof Expr.Identifier id) {
            written = id.name().text();
        } else {
            return null;
        }
        if (!written.equals(word.text())) {
            return null;
        }
        Optional<PropertySpec> spec = PropertyContext.of(path, property.get(), vocabulary).map(PropertyContext.Found::property);
        if (spec.isEmpty()) {
            return null;
        }
        if (spec.get().type() == ValueType.PROVIDER) {
            return vocabulary.provider(written).map(docs::provider).orElse(null);
        }
        Optional<dev.neam.parser.language.BindingTag> tag = spec.get().tag(written);
        if (tag.isPresent()) {
            return docs.bindingTag(spec.get(), tag.get());
        }
        if (spec.get().values().contains(written)) {
            return docs.enumValue(written, spec.get());
        }
        return null;
    }

    /**
     * A statement keyword ({@code let}, {@code fun}, {@code if}) documented in the vocabulary. Only
     * then is the file lexed, to be sure the word is a keyword token and not part of a comment or
     * a string.
     */
    private String keyword(ParseResult parse, Words.Word word) {
        Optional<String> doc = vocabulary.statementKeywordDoc(word.text());
        if (doc.isEmpty()) {
            return null;
        }
        SourceText text = parse.text();
        int offset = text.offsetAt(word.range().start());
        int end = text.offsetAt(word.range().end());
        for (CodeTokens.Tok t : CodeTokens.around(text, parse.tree(), word.range().start(), end)) {
            if (t.start() == offset) {
                boolean keyword = t.code() && t.type() != NeamLexer.IDENT && t.text().equals(word.text());
                return keyword ? docs.statementKeyword(word.text(), doc.get()) : null;
            }
        }
        return null;
    }

    private static boolean covers(Name name, Words.Word word) {
        return name != null && name.range() != null && name.range().equals(word.range());
    }
}
