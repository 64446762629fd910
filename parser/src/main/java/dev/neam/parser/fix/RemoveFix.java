package dev.neam.parser.fix;

import dev.neam.parser.ast.Member;
import dev.neam.parser.diagnostic.DiagnosticCode;
import dev.neam.parser.diagnostic.RelatedInformation;
import dev.neam.parser.text.Range;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Deletes the entry the diagnostic points at: the property whose key it marks (an unknown, ignored,
 * misplaced or duplicate key) or the list item it marks (a name in two exclusive lists). For a key
 * written twice, deleting the earlier one keeps what neamc does today (it uses the last), so that
 * is the preferred fix; deleting the marked one is offered too.
 */
final class RemoveFix implements FixFamily {

    @Override
    public List<Fix> fixes(FixContext context) {
        if (!context.isNeam()) {
            return List.of();
        }
        Optional<Member> member = Nodes.memberWithKey(context.tree(), context.range());
        if (member.isPresent()) {
            String key = member.get().key().text();
            List<Fix> out = new ArrayList<>();
            if (context.diagnostic().code() == DiagnosticCode.DUPLICATE_PROPERTY) {
                earlier(context).flatMap(r -> Nodes.memberWithKey(context.tree(), r)).ifPresent(first -> out.add(
                        new Fix("remove-earlier", "Remove the earlier '" + key + "' (neamc ignores it)",
                                List.of(Removal.of(context.text(), first.range())), true)));
            }
            out.add(new Fix("remove", "Remove '" + key + "'", List.of(Removal.of(context.text(), member.get().range())),
                    out.isEmpty()));
            return out;
        }
        return Nodes.listItem(context.tree(), context.range())
                .map(item -> List.of(new Fix("remove", "Remove '" + context.text().slice(context.range()) + "' here",
                        List.of(Removal.of(context.text(), item.item().range())), true)))
                .orElse(List.of());
    }

    /** The earlier key a duplicate refers to (its related place in the same file). */
    private static Optional<Range> earlier(FixContext context) {
        return context.diagnostic().related().stream().filter(r -> r.path() == null)
                .map(RelatedInformation::range).findFirst();
    }
}
