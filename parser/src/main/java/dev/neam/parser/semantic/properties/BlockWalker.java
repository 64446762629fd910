package dev.neam.parser.semantic.properties;

import dev.neam.parser.ast.Expr;
import dev.neam.parser.ast.Member;
import dev.neam.parser.ast.Value;
import dev.neam.parser.language.BindingTag;
import dev.neam.parser.language.BlockSpec;
import dev.neam.parser.language.PropertySpec;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Finds the blocks of a declaration that the vocabulary describes: the body, then every nested
 * block reached through a property whose type holds blocks. A value of the wrong shape is not
 * entered (the value-type check reports it).
 */
final class BlockWalker {
    private BlockWalker() {
    }

    static void visit(DeclaredKind declared, Consumer<BlockVisit> out) {
        boolean checkValues = !declared.kind().advisory();
        BlockVisit body = new BlockVisit(declared, declared.kind().body(), declared.decl().members(), declared.label(),
                declared.decl().name().range(), true, checkValues);
        walk(body, out);
    }

    private static void walk(BlockVisit visit, Consumer<BlockVisit> out) {
        out.accept(visit);
        for (Member member : visit.members()) {
            if (member.key() == null) {
                continue;
            }
            String key = member.key().text();
            Optional<PropertySpec> rule = visit.spec().ruleFor(key);
            Optional<Value> value = BlockVisit.valueOf(member);
            if (rule.isEmpty() || value.isEmpty()) {
                continue;
            }
            nested(visit, rule.get(), key, member, Values.unwrap(value.get()), out);
        }
    }

    private static void nested(BlockVisit parent, PropertySpec rule, String key, Member member, Value value,
                               Consumer<BlockVisit> out) {
        String of = "'" + key + "' of " + parent.where();
        BlockSpec block = rule.block();
        switch (rule.type()) {
            case BLOCK -> {
                if (block != null && value instanceof Value.Block b) {
                    walk(child(parent, block, b.members(), of, member), out);
                }
            }
            case BLOCK_LIST -> Values.listItems(value).ifPresent(items -> {
                for (Value item : items) {
                    if (block != null && Values.unwrap(item) instanceof Value.Block b) {
                        walk(new BlockVisit(parent.owner(), block, b.members(), "an entry of " + of, b.range(), false,
                                parent.checkValues()), out);
                    }
                }
            });
            case BLOCK_MAP -> Values.blockMembers(value).ifPresent(entries -> {
                for (Member entry : entries) {
                    Optional<Value> v = BlockVisit.valueOf(entry).map(Values::unwrap);
                    if (block != null && entry.key() != null && v.isPresent() && v.get() instanceof Value.Block b) {
                        walk(new BlockVisit(parent.owner(), block, b.members(),
                                "'" + entry.key().text() + "' in " + of, entry.key().range(), false,
                                parent.checkValues()), out);
                    }
                }
            });
            case HANDOFF_LIST -> Values.listItems(value).ifPresent(items -> {
                for (Value item : items) {
                    if (block != null && Values.unwrap(item) instanceof Value.Tagged t) {
                        walk(new BlockVisit(parent.owner(), block, t.block().members(),
                                headText(t.head()) + " in " + of, t.head().range(), false, parent.checkValues()), out);
                    }
                }
            });
            case BINDING -> {
                if (value instanceof Value.Tagged t && Values.identifier(t.head()).isPresent()) {
                    Optional<BindingTag> tag = rule.tag(Values.identifier(t.head()).get());
                    tag.ifPresent(found -> walk(new BlockVisit(parent.owner(), found.block(), t.block().members(),
                            "the " + found.tag() + " binding of " + parent.where(), t.head().range(), false,
                            parent.checkValues()), out));
                }
            }
            default -> {
                if (block != null && value instanceof Value.Block b) {
                    walk(child(parent, block, b.members(), of, member), out);
                }
            }
        }
    }

    private static BlockVisit child(BlockVisit parent, BlockSpec block, List<Member> members, String where,
                                    Member member) {
        return new BlockVisit(parent.owner(), block, members, where, member.key().range(), false,
                parent.checkValues());
    }

    /** {@code handoff_to(Refunds)} as written, for messages. */
    private static String headText(Expr head) {
        if (head instanceof Expr.Call call && !call.arguments().isEmpty()) {
            String callee = Values.referenceText(call.callee()).orElse("handoff_to");
            String target = Values.referenceText(call.arguments().get(0).value()).orElse("…");
            return callee + "(" + target + ")";
        }
        return Values.referenceText(head).orElse("this entry");
    }
}
