package dev.neam.parser.formatting;

import dev.neam.parser.ast.Children;
import dev.neam.parser.ast.Decl;
import dev.neam.parser.ast.Member;
import dev.neam.parser.ast.Node;
import dev.neam.parser.ast.SourceFile;
import dev.neam.parser.ast.Stmt;
import dev.neam.parser.text.Position;
import dev.neam.parser.text.Range;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Widens a selection to whole statements, declarations and properties, so that formatting a range
 * never starts or stops in the middle of one. It picks the innermost list of such units that holds
 * the selection: selecting one line inside a function body reformats that statement, not the
 * whole function.
 */
final class FormatUnits {
    private FormatUnits() {
    }

    /** The span of the units the selection touches; empty when it touches none (blank lines, comments only). */
    static Optional<Range> expand(SourceFile tree, Range selection) {
        List<Node> candidates = units(tree);
        while (true) {
            List<Node> hits = candidates.stream().filter(u -> touches(u.range(), selection)).toList();
            if (hits.isEmpty()) {
                return Optional.empty();
            }
            if (hits.size() == 1) {
                List<Node> inner = units(hits.get(0));
                if (!inner.isEmpty() && within(selection, inner)) {
                    candidates = inner;
                    continue;
                }
            }
            return Optional.of(hits.get(0).range().union(hits.get(hits.size() - 1).range()));
        }
    }

    /** The nearest units below {@code node} (blocks are looked through: their statements are the units). */
    private static List<Node> units(Node node) {
        List<Node> out = new ArrayList<>();
        for (Node child : Children.of(node)) {
            if (child == null) {
                continue;
            }
            if (isUnit(child)) {
                out.add(child);
            } else {
                out.addAll(units(child));
            }
        }
        return out;
    }

    private static boolean isUnit(Node node) {
        return node instanceof Stmt && !(node instanceof Stmt.Block) || node instanceof Member
                || node instanceof Decl.Field || node instanceof Decl.Variant;
    }

    private static boolean within(Range selection, List<Node> inner) {
        Position first = inner.get(0).range().start();
        Position last = inner.get(inner.size() - 1).range().end();
        return selection.start().compareTo(first) >= 0 && selection.end().compareTo(last) <= 0;
    }

    private static boolean touches(Range unit, Range selection) {
        if (selection.isEmpty()) {
            return unit.start().compareTo(selection.start()) <= 0 && selection.start().compareTo(unit.end()) <= 0;
        }
        return unit.start().compareTo(selection.end()) < 0 && selection.start().compareTo(unit.end()) < 0;
    }
}
