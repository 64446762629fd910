package dev.neam.parser.fix;

import dev.neam.parser.ast.Decl;
import dev.neam.parser.ast.Expr;
import dev.neam.parser.ast.Member;
import dev.neam.parser.ast.Node;
import dev.neam.parser.ast.SourceFile;
import dev.neam.parser.ast.Value;
import dev.neam.parser.semantic.AstNodes;
import dev.neam.parser.text.Range;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Finds the nodes a diagnostic's range points at, by exact range (fix data names places by range). */
final class Nodes {
    private Nodes() {
    }

    /** A block with its entries and its range from '{' to '}'. */
    record Block(List<Member> members, Range braces) {
    }

    /** An item of a list, with all the items of that list. */
    record ListItem(Node item, List<? extends Node> items) {
    }

    /** The member whose key is written at {@code keyRange}. */
    static Optional<Member> memberWithKey(SourceFile tree, Range keyRange) {
        List<Member> found = new ArrayList<>();
        AstNodes.walk(tree, node -> {
            if (found.isEmpty() && node instanceof Member m && m.key() != null && m.key().range().equals(keyRange)) {
                found.add(m);
            }
        });
        return found.stream().findFirst();
    }

    /** The list item written exactly at {@code range}. */
    static Optional<ListItem> listItem(SourceFile tree, Range range) {
        List<ListItem> found = new ArrayList<>();
        AstNodes.walk(tree, node -> {
            if (!found.isEmpty()) {
                return;
            }
            List<? extends Node> items = node instanceof Value.ListValue l ? l.items()
                    : node instanceof Expr.ListLiteral l ? l.items() : List.of();
            for (Node item : items) {
                if (item.range().equals(range)) {
                    found.add(new ListItem(item, items));
                    return;
                }
            }
        });
        return found.stream().findFirst();
    }

    /**
     * The block a finding about a whole block is anchored at: a declaration body (anchor: its
     * name), a nested block (anchor: its key), a list entry (anchor: the block itself) or a tagged
     * block such as {@code handoff_to(X) { … }} (anchor: its head).
     */
    static Optional<Block> blockAt(SourceFile tree, Range anchor) {
        List<Block> found = new ArrayList<>();
        AstNodes.walk(tree, node -> {
            if (!found.isEmpty()) {
                return;
            }
            if (node instanceof Decl.Domain d && d.name() != null && d.name().range().equals(anchor)
                    && d.bodyRange() != null) {
                found.add(new Block(d.members(), d.bodyRange()));
            } else if (node instanceof Member.Nested n && n.key() != null && n.key().range().equals(anchor)) {
                found.add(new Block(n.block().members(), n.block().range()));
            } else if (node instanceof Member.Property p && p.key() != null && p.key().range().equals(anchor)
                    && unwrap(p.value()) instanceof Value.Block b) {
                found.add(new Block(b.members(), b.range()));
            } else if (node instanceof Value.Block b && b.range().equals(anchor)) {
                found.add(new Block(b.members(), b.range()));
            } else if (node instanceof Value.Tagged t && t.head() != null && t.head().range().equals(anchor)
                    && t.block() != null) {
                found.add(new Block(t.block().members(), t.block().range()));
            }
        });
        return found.stream().findFirst();
    }

    static Value unwrap(Value value) {
        return value instanceof Value.Annotated a ? unwrap(a.value()) : value;
    }
}
