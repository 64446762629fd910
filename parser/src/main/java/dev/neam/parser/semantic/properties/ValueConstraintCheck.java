package dev.neam.parser.semantic.properties;

import dev.neam.parser.ast.Expr;
import dev.neam.parser.ast.Member;
import dev.neam.parser.ast.Value;
import dev.neam.parser.diagnostic.Diagnostic;
import dev.neam.parser.diagnostic.DiagnosticCode;
import dev.neam.parser.diagnostic.RelatedInformation;
import dev.neam.parser.diagnostic.Severity;
import dev.neam.parser.language.BindingTag;
import dev.neam.parser.language.PropertySpec;
import dev.neam.parser.language.Suggestions;
import dev.neam.parser.language.Vocabulary;
import dev.neam.parser.semantic.FileCheck;
import dev.neam.parser.semantic.FileContext;
import dev.neam.parser.text.Range;
import java.util.List;
import java.util.Optional;

/**
 * Values inside their allowed set or range: enum values (retrieval_strategy, compaction, forge
 * checkpoint …), number ranges (temperature 0–2, thresholds 0–1, top_k ≥ 1 …), whole numbers,
 * ordered siblings (chunk_overlap < chunk_size), budget units and binding kinds.
 */
public final class ValueConstraintCheck implements FileCheck {

    @Override
    public void check(FileContext context) {
        Vocabulary vocabulary = FileDeclarations.of(context).vocabulary();
        for (BlockVisit visit : FileDeclarations.of(context).blocks()) {
            for (Member member : visit.members()) {
                if (member.key() == null || member instanceof Member.Handler) {
                    continue;
                }
                String key = member.key().text();
                Optional<PropertySpec> rule = visit.spec().ruleFor(key);
                Optional<Value> value = BlockVisit.valueOf(member).map(Values::unwrap);
                if (rule.isEmpty() || value.isEmpty() || !visit.checks(rule.get())) {
                    continue;
                }
                PropertySpec spec = rule.get();
                Value v = value.get();
                switch (spec.type()) {
                    case ENUM -> enumValue(context, spec, key, v);
                    case NUMBER -> number(context, visit, spec, key, v);
                    case BUDGET_AMOUNT -> budgetUnit(context, vocabulary, v);
                    case BINDING -> bindingTag(context, spec, key, v);
                    default -> {
                    }
                }
            }
        }
    }

    private static void enumValue(FileContext context, PropertySpec spec, String key, Value v) {
        Optional<String> written = Values.stringContent(v).or(() -> Values.identifier(v));
        if (written.isEmpty() || spec.values().contains(written.get())) {
            return;
        }
        Optional<String> suggestion = Suggestions.closest(written.get(), spec.values());
        String message = "'" + key + "' must be one of " + String.join(", ", spec.values()) + "; '" + written.get()
                + "' is not" + suggestion.map(s -> " — did you mean '" + s + "'?").orElse("")
                + (spec.strictEnum() ? "" : " (the known list may be incomplete, so this is only a warning)");
        Diagnostic d = Diagnostic.of(DiagnosticCode.VALUE_NOT_ALLOWED, v.range(), message);
        if (!spec.strictEnum()) {
            d = d.withSeverity(Severity.WARNING);
        }
        if (suggestion.isPresent()) {
            boolean quoted = Values.isString(v);
            d = d.withData("fix", "replace").withData("with", quoted ? "\"" + suggestion.get() + "\"" : suggestion.get());
        }
        context.report(d);
    }

    private static void number(FileContext context, BlockVisit visit, PropertySpec spec, String key, Value v) {
        Optional<Double> number = Values.number(v);
        if (number.isEmpty()) {
            return;
        }
        double n = number.get();
        if (spec.integer() && n != Math.rint(n)) {
            context.report(Diagnostic.of(DiagnosticCode.VALUE_OUT_OF_RANGE, v.range(),
                            "'" + key + "' must be a whole number; found " + format(n))
                    .withData("fix", "replace").withData("with", format(Math.rint(n))));
            return;
        }
        Double min = spec.min();
        Double max = spec.max();
        boolean below = min != null && n < min;
        boolean above = max != null && n > max;
        if (below || above) {
            String allowed = min != null && max != null ? "between " + format(min) + " and " + format(max)
                    : min != null ? "at least " + format(min) : "at most " + format(max);
            context.report(Diagnostic.of(DiagnosticCode.VALUE_OUT_OF_RANGE, v.range(),
                            "'" + key + "' must be " + allowed + "; found " + format(n))
                    .withData("fix", "replace").withData("with", format(below ? min : max)));
            return;
        }
        if (spec.lessThan() != null) {
            Optional<Value> other = visit.value(spec.lessThan()).map(Values::unwrap);
            Optional<Double> limit = other.flatMap(Values::number);
            if (limit.isPresent() && n >= limit.get()) {
                Range otherRange = other.get().range();
                context.report(Diagnostic.of(DiagnosticCode.VALUE_ORDER, v.range(),
                                "'" + key + "' (" + format(n) + ") must be smaller than '" + spec.lessThan() + "' ("
                                        + format(limit.get()) + "); lower it or raise '" + spec.lessThan() + "'")
                        .withRelated(new RelatedInformation(null, otherRange,
                                "'" + spec.lessThan() + "' is " + format(limit.get()) + " here")));
            }
        }
    }

    private static void budgetUnit(FileContext context, Vocabulary vocabulary, Value v) {
        String unit;
        Range range;
        if (v instanceof Value.WithUnit withUnit) {
            unit = withUnit.unit().text();
            range = withUnit.unit().range();
        } else if (v instanceof Expr.Literal l && l.kind() == Expr.LiteralKind.QUANTITY) {
            unit = l.text().replaceFirst("^[0-9.]+\\s*", "");
            range = l.range();
        } else {
            return;
        }
        List<String> units = List.copyOf(vocabulary.budgetUnits().keySet());
        if (units.contains(unit)) {
            return;
        }
        Optional<String> suggestion = Suggestions.closest(unit, units);
        Diagnostic d = Diagnostic.of(DiagnosticCode.VALUE_NOT_ALLOWED, range, "unknown budget unit '" + unit
                + "'; use " + String.join(", ", units) + suggestion.map(s -> " (did you mean '" + s + "'?)").orElse(""));
        context.report(suggestion.map(s -> d.withData("fix", "replace").withData("with", s)).orElse(d));
    }

    private static void bindingTag(FileContext context, PropertySpec spec, String key, Value v) {
        if (!(v instanceof Value.Tagged tagged)) {
            return;
        }
        Optional<String> tag = Values.identifier(tagged.head());
        if (tag.isEmpty() || spec.tag(tag.get()).isPresent()) {
            return;
        }
        List<String> tags = spec.tags().stream().map(BindingTag::tag).toList();
        Optional<String> suggestion = Suggestions.closest(tag.get(), tags);
        Diagnostic d = Diagnostic.of(DiagnosticCode.VALUE_NOT_ALLOWED, tagged.head().range(), "'" + key
                + "' must be one of " + String.join(", ", tags) + "; '" + tag.get() + "' is not"
                + suggestion.map(s -> " — did you mean '" + s + "'?").orElse(""));
        context.report(suggestion.map(s -> d.withData("fix", "replace").withData("with", s)).orElse(d));
    }

    /** 2 rather than 2.0; other numbers as Java prints them. */
    static String format(double n) {
        return n == Math.rint(n) && Math.abs(n) < 1e15 ? Long.toString((long) n) : Double.toString(n);
    }
}
