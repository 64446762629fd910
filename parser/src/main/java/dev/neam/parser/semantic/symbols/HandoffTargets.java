package dev.neam.parser.semantic.symbols;

import dev.neam.parser.ast.Decl;
import dev.neam.parser.ast.Expr;
import dev.neam.parser.ast.Member;
import dev.neam.parser.ast.Name;
import dev.neam.parser.ast.Value;
import dev.neam.parser.language.KindSpec;
import dev.neam.parser.language.PropertySpec;
import dev.neam.parser.language.ValueType;
import dev.neam.parser.language.Vocabulary;
import java.util.ArrayList;
import java.util.List;

/**
 * The agents a declaration hands off to: the entries of its properties that the vocabulary types
 * as handoff lists, in both spellings (a bare {@code Billing} and {@code handoff_to(Billing) { … }}).
 * Part of what a file exports, since another file's handoff graph runs through them.
 */
public final class HandoffTargets {
    private HandoffTargets() {
    }

    public static List<Name> of(Decl.Domain declaration) {
        List<Name> out = new ArrayList<>();
        List<KindSpec> kinds = Vocabulary.load().kinds(declaration.keywords().stream().map(Name::text).toList());
        if (kinds.isEmpty()) {
            return out;
        }
        for (Member member : declaration.members()) {
            if (!(member instanceof Member.Property p) || p.key() == null || p.value() == null) {
                continue;
            }
            boolean handoffList = kinds.stream().flatMap(k -> k.property(p.key().text()).stream())
                    .map(PropertySpec::type).anyMatch(t -> t == ValueType.HANDOFF_LIST);
            if (handoffList) {
                out.addAll(entries(p.value()));
            }
        }
        return out;
    }

    private static List<Name> entries(Value value) {
        List<Name> out = new ArrayList<>();
        List<? extends Value> items = value instanceof Value.ListValue l ? l.items()
                : value instanceof Expr.ListLiteral l ? l.items() : List.of();
        for (Value item : items) {
            Value v = item instanceof Value.Annotated a ? a.value() : item;
            if (v instanceof Expr.Identifier id) {
                out.add(id.name());
            } else {
                Expr head = v instanceof Value.Tagged t ? t.head() : v instanceof Expr.Call c ? c : null;
                if (head instanceof Expr.Call call && call.callee() instanceof Expr.Identifier callee
                        && callee.name().text().equals("handoff_to") && !call.arguments().isEmpty()
                        && call.arguments().get(0).value() instanceof Expr.Identifier target) {
                    out.add(target.name());
                }
            }
        }
        return out;
    }
}
