package dev.neam.parser.assist;

import dev.neam.parser.ast.Decl;
import dev.neam.parser.ast.Member;
import dev.neam.parser.ast.Node;
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
                    Optional<PropertySpec> outer = block.ruleFor(m.key().text());
                    if (outer.isEmpty() || outer.get().block() == null) {
                        lost = true;
                        break;
                    }
                    block = outer.get().block();
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
