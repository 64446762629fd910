package dev.neam.parser.semantic.scope;

import dev.neam.parser.semantic.symbols.Symbol;
import java.util.LinkedHashMap;
import java.util.Map;

/** One lexical scope: the names declared in it and its parent. */
final class Scope {
    enum Kind { FILE, FUNCTION, BLOCK, LOOP }

    private final Scope parent;
    private final Kind kind;
    private final Map<String, Symbol> symbols = new LinkedHashMap<>();

    Scope(Scope parent, Kind kind) {
        this.parent = parent;
        this.kind = kind;
    }

    Scope parent() {
        return parent;
    }

    Kind kind() {
        return kind;
    }

    /** Declares a name; returns the symbol it shadows in this same scope, if any. */
    Symbol declare(Symbol symbol) {
        return symbols.put(symbol.name(), symbol);
    }

    Symbol lookup(String name) {
        for (Scope s = this; s != null; s = s.parent) {
            Symbol found = s.symbols.get(name);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    Map<String, Symbol> own() {
        return symbols;
    }
}
