package dev.neam.parser.semantic.properties;

import dev.neam.parser.ast.Member;
import dev.neam.parser.ast.Value;
import dev.neam.parser.diagnostic.Diagnostic;
import dev.neam.parser.diagnostic.DiagnosticCode;
import dev.neam.parser.language.HandlerSpec;
import dev.neam.parser.language.Placeholders;
import dev.neam.parser.language.PropertySpec;
import dev.neam.parser.language.ValueType;
import dev.neam.parser.language.Vocabulary;
import dev.neam.parser.semantic.FileCheck;
import dev.neam.parser.semantic.FileContext;
import java.util.List;
import java.util.Optional;

/**
 * What must be there: required keys and handlers, exactly one of two alternative keys
 * ({@code mcp_server} command/url), and lists that must not be empty (claw {@code channels}).
 */
public final class RequiredPropertyCheck implements FileCheck {

    @Override
    public void check(FileContext context) {
        for (BlockVisit visit : FileDeclarations.of(context).blocks()) {
            requiredKeys(context, visit);
            if (visit.top()) {
                requiredHandlers(context, visit);
            }
            exactlyOneOf(context, visit);
            nonEmpty(context, visit);
        }
    }

    private static void requiredKeys(FileContext context, BlockVisit visit) {
        for (String key : visit.spec().requiredKeys()) {
            if (visit.member(key).isPresent()) {
                continue;
            }
            PropertySpec spec = visit.spec().property(key).orElseThrow();
            Optional<Member> misspelt = visit.members().stream()
                    .filter(m -> m.key() != null && spec.mistakes().contains(m.key().text())).findFirst();
            if (misspelt.isPresent()) {
                String wrong = misspelt.get().key().text();
                context.report(Diagnostic.of(DiagnosticCode.MISSING_REQUIRED_PROPERTY, misspelt.get().key().range(),
                                visit.where() + " needs '" + key + "', not '" + wrong + "'; rename it to '" + key + "'")
                        .withData("fix", "replace").withData("with", key));
                continue;
            }
            context.report(Diagnostic.of(DiagnosticCode.MISSING_REQUIRED_PROPERTY, visit.anchor(),
                            visit.where() + " is missing the required '" + key + "'; add " + key + ": <"
                                    + spec.expectation() + ">")
                    .withData("fix", "add").withData("key", key)
                    .withData("value", Placeholders.of(spec, Vocabulary.load())));
        }
    }

    private static void requiredHandlers(FileContext context, BlockVisit visit) {
        for (HandlerSpec handler : visit.owner().kind().handlers()) {
            if (!handler.required() || visit.member(handler.name()).isPresent()) {
                continue;
            }
            context.report(Diagnostic.of(DiagnosticCode.MISSING_REQUIRED_PROPERTY, visit.anchor(),
                            visit.where() + " has no " + handler.name() + "; add " + handler.name()
                                    + "(parameters) { … } with its implementation")
                    .withData("fix", "add").withData("key", handler.name())
                    .withData("handler", String.join(", ", declaredParameters(visit))));
        }
    }

    /** The keys of the block's {@code params}-typed property: what the handler's parameters must be. */
    private static List<String> declaredParameters(BlockVisit visit) {
        return visit.spec().all().stream().filter(p -> p.type() == ValueType.PARAMS)
                .findFirst().flatMap(p -> visit.value(p.key())).map(Values::mapKeys).orElse(List.of());
    }

    private static void exactlyOneOf(FileContext context, BlockVisit visit) {
        for (List<String> group : visit.spec().exactlyOneOf()) {
            List<Member> present = group.stream().map(visit::member).flatMap(Optional::stream).toList();
            String alternatives = String.join("' or '", group);
            if (present.isEmpty()) {
                context.report(Diagnostic.of(DiagnosticCode.EXACTLY_ONE_OF, visit.anchor(),
                                visit.where() + " needs one of '" + alternatives + "'")
                        .withData("fix", "add").withData("key", group.get(0))
                        .withData("value", visit.spec().property(group.get(0))
                                .map(p -> Placeholders.of(p, Vocabulary.load())).orElse("\"\"")));
            } else if (present.size() > 1) {
                Member extra = present.get(1);
                context.report(Diagnostic.of(DiagnosticCode.EXACTLY_ONE_OF, extra.key().range(),
                                visit.where() + " has both '" + present.get(0).key().text() + "' and '"
                                        + extra.key().text() + "'; keep only one of them")
                        .withRelated(new dev.neam.parser.diagnostic.RelatedInformation(null,
                                present.get(0).key().range(), "'" + present.get(0).key().text() + "' is set here"))
                        .withData("fix", "remove"));
            }
        }
    }

    private static void nonEmpty(FileContext context, BlockVisit visit) {
        for (Member member : visit.members()) {
            if (member.key() == null) {
                continue;
            }
            Optional<PropertySpec> spec = visit.spec().property(member.key().text()).filter(PropertySpec::nonEmpty);
            Optional<Value> value = BlockVisit.valueOf(member).map(Values::unwrap);
            if (spec.isEmpty() || value.isEmpty() || !visit.checks(spec.get())) {
                continue;
            }
            boolean empty = Values.listItems(value.get()).map(List::isEmpty).orElse(false)
                    || Values.isMap(value.get()) && Values.mapKeys(value.get()).isEmpty();
            if (empty) {
                context.report(Diagnostic.of(DiagnosticCode.EMPTY_REQUIRED_VALUE, value.get().range(),
                        "'" + member.key().text() + "' of " + visit.where() + " must not be empty; give at least one "
                                + entryNoun(spec.get())));
            }
        }
    }

    private static String entryNoun(PropertySpec spec) {
        return spec.targets().isEmpty() ? "entry" : PropertySpec.alternatives(spec.targets());
    }
}
