package dev.neam.parser.fix;

import dev.neam.parser.ast.Decl;
import dev.neam.parser.ast.Expr;
import dev.neam.parser.ast.Node;
import dev.neam.parser.semantic.AstNodes;
import dev.neam.parser.text.Range;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A local or parameter never read. The unused check exempts names starting with '_', so renaming
 * to {@code _name} (at the declaration and at every assignment) always works and keeps the
 * behaviour. Deleting the binding is offered only for a {@code let} of a single name whose value
 * can have no effect (no call, assignment or spawn) and that is never assigned again; then it is
 * the obvious fix.
 */
final class UnusedBindingFix implements FixFamily {

    @Override
    public List<Fix> fixes(FixContext context) {
        String name = context.text().slice(context.range());
        if (!context.isNeam() || name.isEmpty() || name.startsWith("_")) {
            return List.of();
        }
        Set<Range> places = new LinkedHashSet<>();
        places.add(context.range());
        places.addAll(context.occurrences().apply(context.range()));
        List<Fix> out = new ArrayList<>();
        Optional<Decl.Let> removable = places.size() == 1 ? pureLet(context) : Optional.empty();
        removable.ifPresent(let -> out.add(new Fix("remove-binding", "Remove the unused variable '" + name + "'",
                List.of(Removal.of(context.text(), let.range())), true)));
        List<TextEdit> renames = places.stream().map(r -> new TextEdit(r, "_" + name)).toList();
        out.add(new Fix("prefix-underscore", "Rename to '_" + name + "' (unused on purpose)", renames,
                removable.isEmpty()));
        return out;
    }

    private static Optional<Decl.Let> pureLet(FixContext context) {
        List<Decl.Let> found = new ArrayList<>();
        AstNodes.walk(context.tree(), node -> {
            if (node instanceof Decl.Let let && let.pattern() instanceof Decl.LetPattern.Single single
                    && single.name().range().equals(context.range())) {
                found.add(let);
            }
        });
        return found.stream().findFirst().filter(let -> let.value() == null || pure(let.value()));
    }

    private static boolean pure(Node value) {
        boolean[] effect = {false};
        AstNodes.walk(value, node -> {
            if (node instanceof Expr.Call || node instanceof Expr.Assign || node instanceof Expr.Spawn
                    || node instanceof Expr.Panic || node instanceof Expr.Error || node instanceof Expr.Propagate) {
                effect[0] = true;
            }
        });
        return !effect[0];
    }
}
