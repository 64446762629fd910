package dev.neam.parser.assist;

import dev.neam.parser.ast.Decl;
import dev.neam.parser.ast.Member;
import dev.neam.parser.ast.Node;
import dev.neam.parser.ast.Expr;
import dev.neam.parser.ast.Value;
import dev.neam.parser.language.BindingTag;
import dev.neam.parser.language.BlockSpec;
import dev.neam.parser.language.KindSpec;
import dev.neam.parser.language.PropertySpec;
import dev.neam.parser.language.Vocabulary;
import java.util.List;
import java.util.Optional;

/**
 * The vocabulary's description of a key written inside a declaration: the kind of the enclosing
 * declaration, then one nested block per enclosing key ({@code session { idle_reset_minutes: … }}).
 */
public final class PropertyContext {
    private PropertyContext() {
    }

    /** A key's spec, the kind it belongs to and the block that lists it. */
    public record Found(KindSpec kind, BlockSpec block, PropertySpec property) {
        public boolean required() {
            return block.requiredKeys().contains(property.key());
        }
    }

    /**
     * The block a key's value opens: its own nested block, or for a binding ({@code binding: mcp { … }})
     * the block of the tag written on the path.
     */
    private static Optional<BlockSpec> nested(PropertySpec outer, List<Node> nodes, Member member) {
        if (outer.block() != null) {
            return Optional.of(outer.block());
        }
        for (int i = nodes.indexOf(member) + 1; i < nodes.size(); i++) {
            if (nodes.get(i) instanceof Value.Tagged t && t.head() instanceof Expr.Identifier tag) {
                return outer.tag(tag.name().text()).map(BindingTag::block);
            }
        }
        return Optional.empty();
    }

    /** The spec of {@code member}, which lies on {@code path}. */
    public static Optional<Found> of(NodePath path, Member member, Vocabulary vocabulary) {
        Optional<Decl.Domain> domain = path.innermost(Decl.Domain.class);
        if (domain.isEmpty() || member.key() == null) {
            return Optional.empty();
        }
        List<Node> nodes = path.nodes();
        int from = nodes.indexOf(domain.get());
        for (KindSpec kind : vocabulary.kinds(domain.get().keywords().stream().map(n -> n.text()).toList())) {
            BlockSpec block = kind.body();
            boolean lost = false;
            for (int i = from + 1; i < nodes.size() && nodes.get(i) != member; i++) {
                if (nodes.get(i) instanceof Member m && m.key() != null) {
                    Optional<BlockSpec> inner = block.ruleFor(m.key().text()).flatMap(outer -> nested(outer, nodes, m));
                    if (inner.isEmpty()) {
                        lost = true;
                        break;
                    }
                    block = inner.get();
                }
            }
            if (lost) {
                continue;
            }
            Optional<PropertySpec> spec = block.ruleFor(member.key().text());
            if (spec.isPresent()) {
                return Optional.of(new Found(kind, block, spec.get()));
            }
        }
        return Optional.empty();
    }
}
