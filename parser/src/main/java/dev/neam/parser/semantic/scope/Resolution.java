package dev.neam.parser.semantic.scope;

import dev.neam.parser.ast.Name;
import dev.neam.parser.semantic.symbols.Symbol;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * What name resolution found in one file: every use of a name with its symbol (null when it is
 * not declared anywhere visible), the locals with how often they were read, and names declared
 * twice in one scope.
 */
public final class Resolution {
    /**
     * A use of a name; {@code arguments} is the argument count when the use is a call, else -1;
     * {@code namespace} when the name is only the left side of a member access (`json.parse(s)`,
     * `registry::lookup(k)`).
     */
    public record Reference(Name name, Symbol target, boolean assignment, int arguments, boolean namespace,
                            Collection<String> visible) {
    }

    public record Duplicate(Symbol first, Symbol second) {
    }

    private final List<Reference> references = new ArrayList<>();
    private final List<Duplicate> duplicates = new ArrayList<>();
    private final Map<Symbol, int[]> localReads = new IdentityHashMap<>();
    private boolean open;

    void reference(Reference reference) {
        references.add(reference);
        if (reference.target() != null && !reference.assignment()) {
            int[] count = localReads.get(reference.target());
            if (count != null) {
                count[0]++;
            }
        }
    }

    void duplicate(Symbol first, Symbol second) {
        duplicates.add(new Duplicate(first, second));
    }

    void local(Symbol symbol) {
        localReads.putIfAbsent(symbol, new int[1]);
    }

    void open(boolean value) {
        open = value;
    }

    public List<Reference> references() {
        return references;
    }

    public List<Duplicate> duplicates() {
        return duplicates;
    }

    /** Locals and parameters with the number of times each was read. */
    public Map<Symbol, int[]> localReads() {
        return localReads;
    }

    /** True when an unresolved import may bring in any name, so undefined names are not certain. */
    public boolean open() {
        return open;
    }
}
