package dev.neam.parser.navigation;

import dev.neam.parser.semantic.scope.Resolution;
import dev.neam.parser.semantic.symbols.Symbol;
import dev.neam.parser.text.Range;
import dev.neam.parser.workspace.Workspace;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * One file's name resolution indexed by range: what the name written at a range stands for, and
 * which of those uses write it. Built once per request so that looking up many names stays linear.
 */
final class ResolvedNames {
    private final Map<Range, Symbol> targets = new HashMap<>();
    private final Set<Range> writes = new HashSet<>();

    private ResolvedNames() {
    }

    static ResolvedNames of(Workspace workspace, Path file) {
        ResolvedNames out = new ResolvedNames();
        Resolution resolution = workspace.resolution(file).orElse(null);
        if (resolution == null) {
            return out;
        }
        for (Resolution.Reference ref : resolution.references()) {
            if (ref.target() != null) {
                out.targets.put(ref.name().range(), ref.target());
                if (ref.assignment()) {
                    out.writes.add(ref.name().range());
                }
            }
        }
        for (Symbol local : resolution.localReads().keySet()) {
            out.targets.putIfAbsent(local.nameRange(), local);
        }
        return out;
    }

    /** The symbol a name written at exactly this range stands for, or null. */
    Symbol at(Range range) {
        return targets.get(range);
    }

    boolean isWrite(Range range) {
        return writes.contains(range);
    }
}
