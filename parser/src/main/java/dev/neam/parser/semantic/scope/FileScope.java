package dev.neam.parser.semantic.scope;

import dev.neam.parser.ast.SourceFile;
import dev.neam.parser.ast.Stmt;
import dev.neam.parser.semantic.symbols.Symbol;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The top-level scope of one parse of a file (its imports and top-level names declared), from
 * which the names of some of its items only are resolved: what highlighting needs after an edit
 * that left the names the file sees unchanged. The names in an item resolve the same as in
 * {@link ScopeWalker#resolve} of the whole file.
 */
public final class FileScope {
    private final ScopeWalker walker;
    private Map<String, String> kinds;

    public FileScope(String path, SourceFile tree, Map<String, Symbol> imported, boolean open, Predicate<String> builtin) {
        this.walker = ScopeWalker.atFileLevel(path, tree, imported, open, builtin);
    }

    /**
     * What the names visible at the top level resolve to, as far as classifying them goes: each
     * name's symbol kind and detail (the kind of declaration). Two parses whose files see the same
     * map classify the names of an unchanged item alike.
     */
    public Map<String, String> kinds() {
        if (kinds == null) {
            Map<String, String> visible = new HashMap<>();
            walker.visibleAtFileLevel().forEach((name, symbol) -> visible.put(name, symbol.kind() + " " + symbol.detail()));
            kinds = visible;
        }
        return kinds;
    }

    /** Resolves the names in these items of the tree (call once). */
    public Resolution resolve(List<Stmt> items) {
        return walker.walk(items);
    }
}
