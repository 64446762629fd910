package dev.neam.parser.assist.signature;

import dev.neam.parser.assist.CodeTokens;
import dev.neam.parser.assist.DocComments;
import dev.neam.parser.assist.Signatures;
import dev.neam.parser.ast.Decl;
import dev.neam.parser.ast.Expr;
import dev.neam.parser.ast.Member;
import dev.neam.parser.ast.Node;
import dev.neam.parser.ast.Param;
import dev.neam.parser.grammar.NeamLexer;
import dev.neam.parser.language.BuiltinSpec;
import dev.neam.parser.language.KindSpec;
import dev.neam.parser.language.MethodSpec;
import dev.neam.parser.language.Vocabulary;
import dev.neam.parser.semantic.symbols.Symbol;
import dev.neam.parser.semantic.symbols.SymbolKind;
import dev.neam.parser.syntax.ParseResult;
import dev.neam.parser.text.Position;
import dev.neam.parser.text.SourceText;
import dev.neam.parser.workspace.Workspace;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Signature help: the call whose parentheses hold the cursor, found on the tokens (calls being
 * typed rarely parse), and its signature — a built-in, a user function, a method on a declaration
 * ({@code Agent.ask(}), a skill or tool called by name (its {@code impl} handler), a struct
 * construction. The active argument is the number of commas before the cursor at the call's own
 * nesting level; commas inside strings, lists, maps or nested calls do not count.
 */
public final class SignatureFinder {
    /** The handler that implements a callable declaration (a skill's or tool's body). */
    private static final String IMPLEMENTATION_HANDLER = "impl";

    private final Vocabulary vocabulary;

    public SignatureFinder(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    public SignatureFinder() {
        this(Vocabulary.load());
    }

    private record Open(int index, int type, int commas) {
    }

    public Optional<SignatureHelpInfo> help(Workspace workspace, Path file, Position position) {
        ParseResult parse = workspace.parse(file);
        if (parse == null) {
            return Optional.empty();
        }
        SourceText text = parse.text();
        int cursor = text.offsetAt(position);
        List<CodeTokens.Tok> all = CodeTokens.around(text, parse.tree(), position, cursor);
        if (!all.isEmpty()) {
            CodeTokens.Tok last = all.get(all.size() - 1);
            if (!last.code() && last.type() != NeamLexer.WS && last.end() >= cursor) {
                return Optional.empty(); // inside a comment
            }
        }
        List<CodeTokens.Tok> code = all.stream().filter(CodeTokens.Tok::code).toList();
        Deque<Open> open = new ArrayDeque<>();
        for (int i = 0; i < code.size(); i++) {
            int type = code.get(i).type();
            if (type == NeamLexer.LPAREN || type == NeamLexer.LBRACK || type == NeamLexer.LBRACE) {
                open.push(new Open(i, type, 0));
            } else if ((type == NeamLexer.RPAREN || type == NeamLexer.RBRACK || type == NeamLexer.RBRACE) && !open.isEmpty()) {
                open.pop();
            } else if (type == NeamLexer.COMMA && !open.isEmpty()) {
                Open top = open.pop();
                open.push(new Open(top.index(), top.type(), top.commas() + 1));
            }
        }
        for (Open o : open) { // innermost first
            if (o.type() == NeamLexer.LBRACE && !isMapLiteral(code, o.index())) {
                return Optional.empty(); // a block: the cursor is in a body, not in arguments
            }
            if (o.type() == NeamLexer.LPAREN) {
                return call(workspace, file, parse, code, o);
            }
        }
        return Optional.empty();
    }

    private static boolean isMapLiteral(List<CodeTokens.Tok> code, int brace) {
        if (brace == 0) {
            return false;
        }
        int before = code.get(brace - 1).type();
        return before == NeamLexer.LPAREN || before == NeamLexer.COMMA || before == NeamLexer.COLON
                || before == NeamLexer.LBRACK;
    }

    private Optional<SignatureHelpInfo> call(Workspace workspace, Path file, ParseResult parse,
                                             List<CodeTokens.Tok> code, Open paren) {
        int i = paren.index();
        if (i == 0 || code.get(i - 1).type() != NeamLexer.IDENT) {
            return Optional.empty(); // `if (`, `(a + b)`, `fun(`: no call
        }
        CodeTokens.Tok callee = code.get(i - 1);
        int before = i >= 2 ? code.get(i - 2).type() : -1;
        if (before == NeamLexer.FUN || before == NeamLexer.FN) {
            return Optional.empty(); // a function being declared
        }
        SourceText text = parse.text();
        Optional<SignatureInfo> signature;
        if (before == NeamLexer.DOT && i >= 3 && code.get(i - 3).type() == NeamLexer.IDENT) {
            CodeTokens.Tok target = code.get(i - 3);
            signature = method(workspace, file, text.positionAt(target.start()), target.text(), callee.text());
        } else if (before == NeamLexer.DOT) {
            return Optional.empty();
        } else {
            signature = named(workspace, file, text.positionAt(callee.start()), callee.text());
        }
        return signature.map(s -> new SignatureHelpInfo(s, paren.commas(),
                text.range(callee.start(), callee.end())));
    }

    private Optional<SignatureInfo> named(Workspace workspace, Path file, Position at, String name) {
        Optional<Symbol> symbol = workspace.symbolAt(file, at);
        if (symbol.isEmpty() || symbol.get().kind() == SymbolKind.BUILTIN) {
            return vocabulary.builtin(name).map(SignatureFinder::builtin);
        }
        Symbol s = symbol.get();
        SourceText home = textOf(workspace, s);
        if (home == null) {
            return Optional.empty();
        }
        Node node = s.node();
        if (node instanceof Decl.Function f) {
            DocComments doc = DocComments.of(f.doc());
            String prefix = Signatures.function(f, home);
            prefix = prefix.substring(0, prefix.indexOf('('));
            String returns = f.returnType() == null ? "" : " -> " + f.returnType().text();
            return Optional.of(new SignatureBuilder(prefix).params(Signatures.params(f.params(), home), doc.params())
                    .build(returns, doc.summary(), false));
        }
        if (node instanceof Decl.Domain d) {
            return implementation(d, home);
        }
        if (node instanceof Decl.Struct st) {
            List<String> fields = st.fields().stream().filter(f -> f.name() != null)
                    .map(f -> f.name().text() + (f.type() == null ? "" : ": " + f.type().text())).toList();
            return Optional.of(new SignatureBuilder(st.name().text()).params(fields, Map.of()).build("", st.doc(), false));
        }
        if (node instanceof Decl.Variant v) {
            return Optional.of(new SignatureBuilder(v.name().text()).params(Signatures.params(v.fields(), home), Map.of())
                    .build("", "", false));
        }
        return Optional.empty();
    }

    /** A skill or tool called by name takes the parameters of its implementation. */
    private Optional<SignatureInfo> implementation(Decl.Domain d, SourceText home) {
        List<Param> params = null;
        for (Member m : d.members()) {
            if (m.key() != null && m.key().text().equals(IMPLEMENTATION_HANDLER)) {
                if (m instanceof Member.Handler h) {
                    params = h.params();
                } else if (m instanceof Member.Property p && p.value() instanceof Expr.Lambda lambda) {
                    params = lambda.params();
                }
            }
        }
        if (params == null || d.name() == null) {
            return Optional.empty();
        }
        String doc = d.doc() == null ? d.kind() + " " + d.name().text() : d.doc();
        return Optional.of(new SignatureBuilder(d.name().text()).params(Signatures.params(params, home), Map.of())
                .build("", doc, false));
    }

    private Optional<SignatureInfo> method(Workspace workspace, Path file, Position at, String target, String name) {
        Optional<Symbol> owner = workspace.symbolAt(file, at);
        if (owner.isPresent() && owner.get().kind() == SymbolKind.BUILTIN) {
            // `json.parse(`: a function of a built-in namespace
            return vocabulary.namespace(target).flatMap(ns -> ns.member(name).map(m -> new SignatureBuilder(
                    target + "." + name).params(m.params(), Map.of()).build("", m.doc(), m.variadic())));
        }
        if (owner.isEmpty() || owner.get().kind() != SymbolKind.DECLARATION) {
            return Optional.empty();
        }
        for (KindSpec kind : vocabulary.kinds(List.of(owner.get().detail().split(" ")))) {
            Optional<MethodSpec> m = kind.method(name);
            if (m.isPresent()) {
                String returns = m.get().returns() == null || m.get().returns().isBlank() ? "" : " -> " + m.get().returns();
                return Optional.of(new SignatureBuilder(target + "." + name).params(m.get().params(), Map.of())
                        .build(returns, m.get().doc(), false));
            }
        }
        return Optional.empty();
    }

    private static SignatureInfo builtin(BuiltinSpec b) {
        return new SignatureBuilder(b.name()).params(b.params(), Map.of()).build("", b.doc(), b.variadic());
    }

    private static SourceText textOf(Workspace workspace, Symbol symbol) {
        try {
            ParseResult home = workspace.parse(Path.of(symbol.path()));
            return home == null ? null : home.text();
        } catch (RuntimeException e) {
            return null;
        }
    }
}
