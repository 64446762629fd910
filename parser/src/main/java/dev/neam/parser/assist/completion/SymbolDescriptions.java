package dev.neam.parser.assist.completion;

import dev.neam.parser.ast.Decl;
import dev.neam.parser.ast.Param;
import dev.neam.parser.semantic.symbols.Symbol;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/** How a declared name reads in a proposal: its kind, its detail line and its doc comment. */
final class SymbolDescriptions {
    private SymbolDescriptions() {
    }

    static CompletionKind kind(Symbol s) {
        return switch (s.kind()) {
            case DECLARATION, BINDING -> CompletionKind.DECLARATION;
            case FUNCTION -> CompletionKind.FUNCTION;
            case METHOD -> CompletionKind.METHOD;
            case STRUCT, TRAIT, SEALED -> CompletionKind.STRUCT;
            case VARIANT, CONSTANT -> CompletionKind.CONSTANT;
            case VARIABLE -> CompletionKind.VARIABLE;
            case PARAMETER -> CompletionKind.PARAMETER;
            case FIELD -> CompletionKind.FIELD;
            case IMPORT -> CompletionKind.MODULE;
            case BUILTIN -> CompletionKind.BUILTIN;
        };
    }

    /** "fun route(msg, ctx)", "agent", "const", "let". */
    static String detail(Symbol s) {
        return switch (s.kind()) {
            case FUNCTION -> s.node() instanceof Decl.Function f ? "fun " + signature(f) : "function";
            case DECLARATION, BINDING -> s.detail();
            case CONSTANT -> "const";
            case VARIABLE -> "let";
            default -> s.kind().name().toLowerCase(java.util.Locale.ROOT);
        };
    }

    static String signature(Decl.Function f) {
        return (f.name() == null ? "" : f.name().text()) + "(" + params(f.params()) + ")";
    }

    static String params(List<Param> params) {
        return params.stream().map(Param::name).filter(Objects::nonNull).map(n -> n.text())
                .collect(Collectors.joining(", "));
    }

    /** The doc comment written above the declaration, if any. */
    static String doc(Symbol s) {
        Object node = s.node();
        String doc = null;
        if (node instanceof Decl.Domain d) {
            doc = d.doc();
        } else if (node instanceof Decl.Function f) {
            doc = f.doc();
        } else if (node instanceof Decl.Const c) {
            doc = c.doc();
        } else if (node instanceof Decl.Binding b) {
            doc = b.doc();
        } else if (node instanceof Decl.Struct st) {
            doc = st.doc();
        } else if (node instanceof Decl.Trait t) {
            doc = t.doc();
        } else if (node instanceof Decl.Sealed se) {
            doc = se.doc();
        }
        return doc == null ? "" : doc;
    }

    /** The number of parameters of a function symbol; -1 when unknown. */
    static int arity(Symbol s) {
        return s.node() instanceof Decl.Function f ? f.params().size() : -1;
    }

    /** Whether a proposal for this name is called ({@code name($1)}). */
    static boolean callable(Symbol s) {
        return s.kind() == dev.neam.parser.semantic.symbols.SymbolKind.FUNCTION
                || s.kind() == dev.neam.parser.semantic.symbols.SymbolKind.STRUCT;
    }
}
