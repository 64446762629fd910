package dev.neam.parser.semantic.symbols;

import dev.neam.parser.ast.Node;
import dev.neam.parser.text.Range;

/**
 * A declared name: what it is ({@code kind}, and for declarations the header words in
 * {@code detail}, e.g. "claw agent"), the file it is in, where its name is written and the node
 * that declares it.
 */
public record Symbol(String name, SymbolKind kind, String detail, String path, Range nameRange, Range range,
                     Node node) {

    /** "agent 'Triage'", "function 'route'": how messages name this symbol. */
    public String describe() {
        String what = switch (kind) {
            case DECLARATION, BINDING -> detail;
            case FUNCTION -> "function";
            case STRUCT -> "struct";
            case TRAIT -> "trait";
            case SEALED -> "sealed type";
            case VARIANT -> "variant";
            case CONSTANT -> "constant";
            case VARIABLE -> "variable";
            case PARAMETER -> "parameter";
            case FIELD -> "field";
            case METHOD -> "method";
            case IMPORT -> "import";
            case BUILTIN -> "built-in";
        };
        return what + " '" + name + "'";
    }

    public boolean isCallable() {
        return kind == SymbolKind.FUNCTION || kind == SymbolKind.STRUCT || kind == SymbolKind.VARIANT
                || kind == SymbolKind.METHOD || kind == SymbolKind.BUILTIN;
    }
}
