package dev.neam.parser.assist.completion;

import dev.neam.parser.ast.Decl;
import dev.neam.parser.ast.SourceFile;
import dev.neam.parser.ast.Stmt;
import dev.neam.parser.language.BuiltinSpec;
import dev.neam.parser.language.FieldSpec;
import dev.neam.parser.language.KindSpec;
import dev.neam.parser.language.MethodSpec;
import dev.neam.parser.language.NamespaceSpec;
import dev.neam.parser.language.Vocabulary;
import dev.neam.parser.semantic.symbols.FileSymbols;
import dev.neam.parser.semantic.symbols.Symbol;
import dev.neam.parser.semantic.symbols.SymbolKind;
import dev.neam.parser.text.Range;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * What may follow {@code receiver.}: the methods and fields the vocabulary gives the receiver's
 * declaration kind ({@code Agent.ask(q)}), a struct's fields and methods, or a module's names.
 */
final class MemberCompletions {
    private final Vocabulary vocabulary;

    MemberCompletions(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /**
     * @param receiver the symbol the receiver name resolves to
     * @param tree     the file, for {@code impl}/{@code extend} blocks of a struct
     * @param module   the names of a module the receiver is an alias of, when it is one
     */
    List<Completion> members(Symbol receiver, SourceFile tree, Function<Symbol, FileSymbols> module, Range range) {
        List<Completion> out = new ArrayList<>();
        if (receiver.kind() == SymbolKind.DECLARATION) {
            Set<String> seen = new LinkedHashSet<>();
            for (KindSpec kind : vocabulary.kinds(List.of(receiver.detail().split(" ")))) {
                for (MethodSpec m : kind.methods()) {
                    if (seen.add(m.name())) {
                        String returns = m.returns().isEmpty() ? "" : " -> " + m.returns();
                        out.add(Completion.of(m.name(), CompletionKind.METHOD, m.signature() + returns, m.doc(), range)
                                .withInsert(m.name(), Snippets.call(m.name(), m.params().size()))
                                .withSort("0_" + m.name()));
                    }
                }
                for (FieldSpec f : kind.fields()) {
                    if (seen.add(f.name())) {
                        out.add(Completion.of(f.name(), CompletionKind.FIELD, "field", f.doc(), range)
                                .withSort("1_" + f.name()));
                    }
                }
            }
        } else if (receiver.kind() == SymbolKind.STRUCT && receiver.node() instanceof Decl.Struct s) {
            for (Decl.Field f : s.fields()) {
                if (f.name() != null) {
                    out.add(Completion.of(f.name().text(), CompletionKind.FIELD,
                            f.type() == null ? "field" : "field", "", range).withSort("1_" + f.name().text()));
                }
            }
            List<Decl.Function> methods = new ArrayList<>(s.methods());
            if (tree != null) {
                for (Stmt item : tree.items()) {
                    if (item instanceof Decl.Impl impl && named(impl.target(), s)) {
                        methods.addAll(impl.methods());
                    } else if (item instanceof Decl.Extend ext && named(ext.target(), s)) {
                        methods.addAll(ext.methods());
                    }
                }
            }
            for (Decl.Function f : methods) {
                if (f.name() != null) {
                    String name = f.name().text();
                    out.add(Completion.of(name, CompletionKind.METHOD, "fn " + SymbolDescriptions.signature(f),
                                    f.doc() == null ? "" : f.doc(), range)
                            .withInsert(name, Snippets.call(name, f.params().size() - selfParams(f)))
                            .withSort("0_" + f.name().text()));
                }
            }
        } else if (receiver.kind() == SymbolKind.IMPORT) {
            FileSymbols names = module.apply(receiver);
            if (names != null) {
                names.topLevel().forEach((name, symbols) -> {
                    Symbol s = symbols.get(0);
                    Completion c = Completion.of(name, SymbolDescriptions.kind(s), SymbolDescriptions.detail(s),
                            SymbolDescriptions.doc(s), range);
                    out.add(SymbolDescriptions.callable(s)
                            ? c.withInsert(name, Snippets.call(name, SymbolDescriptions.arity(s))) : c);
                });
            }
        }
        return out;
    }

    /** The documented functions of a built-in namespace ({@code json.} → parse, stringify). */
    static List<Completion> namespace(NamespaceSpec namespace, Range range) {
        List<Completion> out = new ArrayList<>();
        for (BuiltinSpec m : namespace.members()) {
            out.add(Completion.of(m.name(), CompletionKind.BUILTIN, namespace.signature(m), m.doc(), range)
                    .withInsert(m.name(), Snippets.call(m.name(), m.arity() == null ? -1 : m.arity()))
                    .withSort("0_" + m.name()));
        }
        return out;
    }

    private static int selfParams(Decl.Function f) {
        return !f.params().isEmpty() && f.params().get(0).name() != null
                && f.params().get(0).name().text().equals("self") ? 1 : 0;
    }

    private static boolean named(dev.neam.parser.ast.Name target, Decl.Struct s) {
        return target != null && s.name() != null && target.text().equals(s.name().text());
    }
}
