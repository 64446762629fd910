package dev.neam.parser.semantic.properties;

import dev.neam.parser.ast.Expr;
import dev.neam.parser.ast.Member;
import dev.neam.parser.diagnostic.Diagnostic;
import dev.neam.parser.diagnostic.DiagnosticCode;
import dev.neam.parser.diagnostic.RelatedInformation;
import dev.neam.parser.language.PropertySpec;
import dev.neam.parser.semantic.FileCheck;
import dev.neam.parser.semantic.FileContext;
import dev.neam.parser.semantic.symbols.Symbol;
import dev.neam.parser.semantic.symbols.SymbolKind;
import java.util.List;
import java.util.Optional;

/**
 * A callback key the vocabulary marks {@code boundAtDeclaration} ({@code input_filter},
 * {@code on_handoff}, {@code on_turn}, {@code on_complete}, and {@code is_enabled}, which is
 * evaluated right away) that names or calls a function declared further down the same file. neamc compiles the name as a global lookup that runs when the declaration
 * itself runs, before the later function exists, so the program fails there. Agents in handoff
 * lists, by contrast, are looked up by name later and may come after.
 */
public final class CallbackOrderCheck implements FileCheck {

    @Override
    public void check(FileContext context) {
        for (BlockVisit visit : FileDeclarations.of(context).blocks()) {
            for (Member member : visit.members()) {
                Optional<PropertySpec> rule = member.key() == null ? Optional.empty()
                        : visit.spec().property(member.key().text()).filter(PropertySpec::boundAtDeclaration);
                Expr.Identifier id = rule.isEmpty() ? null
                        : named(BlockVisit.valueOf(member).map(Values::unwrap).orElse(null));
                if (id == null) {
                    continue;
                }
                Symbol function = context.symbols().topLevel().getOrDefault(id.name().text(), List.of()).stream()
                        .filter(s -> s.kind() == SymbolKind.FUNCTION).findFirst().orElse(null);
                var declaration = visit.owner().decl();
                if (function == null || function.range().start().compareTo(declaration.range().start()) < 0) {
                    continue;
                }
                context.report(Diagnostic.of(DiagnosticCode.CALLBACK_DECLARED_LATER, id.name().range(),
                                "'" + member.key().text() + "' uses function '" + function.name()
                                        + "', which is declared further down; neamc looks it up when "
                                        + visit.owner().label() + " is declared, before the function exists")
                        .withRelated(new RelatedInformation(null, function.nameRange(),
                                "'" + function.name() + "' is declared here")));
            }
        }
    }

    /** The function a value names: {@code keep_last} itself, or the callee of {@code is_business_hours()}. */
    private static Expr.Identifier named(dev.neam.parser.ast.Value value) {
        if (value instanceof Expr.Identifier id) {
            return id;
        }
        return value instanceof Expr.Call call && call.callee() instanceof Expr.Identifier callee ? callee : null;
    }
}
