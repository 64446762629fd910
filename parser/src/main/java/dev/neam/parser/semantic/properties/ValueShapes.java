package dev.neam.parser.semantic.properties;

import dev.neam.parser.ast.Expr;
import dev.neam.parser.ast.Member;
import dev.neam.parser.ast.Value;
import dev.neam.parser.diagnostic.Diagnostic;
import dev.neam.parser.diagnostic.DiagnosticCode;
import dev.neam.parser.language.PropertySpec;
import dev.neam.parser.language.ValueType;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Whether a value has the shape its key's type asks for. Used for property values and for the
 * value after {@code =} of statement-form declarations. Reports a wrong shape as
 * {@link DiagnosticCode#WRONG_VALUE_TYPE}, and a declaration name written as a string as
 * {@link DiagnosticCode#STRING_FOR_NAME} with an "unquote" quick fix.
 */
final class ValueShapes {
    private final Consumer<Diagnostic> report;

    ValueShapes(Consumer<Diagnostic> report) {
        this.report = report;
    }

    /** Checks {@code value} against {@code rule}; {@code subject} names the key in messages ("'skills'"). */
    void check(PropertySpec rule, Value value, String subject) {
        Value v = Values.unwrap(value);
        switch (rule.type()) {
            case STRING, PROVIDER, ENV_VAR -> expect(Values.isString(v), rule, v, subject, quoteHint(v));
            case PATH -> expect(Values.isPath(v), rule, v, subject, quoteHint(v));
            case NUMBER -> expect(Values.isNumber(v), rule, v, subject, unquoteHint(v, Values.stringContent(v)
                    .flatMap(Values::parse).isPresent()));
            case BOOL -> expect(Values.isBool(v), rule, v, subject, unquoteHint(v, Values.stringContent(v)
                    .filter(s -> s.equals("true") || s.equals("false")).isPresent()));
            case NUMBER_OR_STRING -> expect(Values.isNumber(v) || Values.isString(v), rule, v, subject, null);
            case WORD, ENUM -> expect(Values.isString(v) || Values.isReference(v), rule, v, subject, null);
            case IDENTIFIER, REFERENCE -> {
                if (!(rule.stringAccepted() && Values.isString(v))) {
                    name(rule, v, subject, "");
                }
            }
            case FUNCTION -> {
                if (Values.isString(v)) {
                    stringForName(rule, v, subject, "");
                } else {
                    expect(Values.isFunction(v), rule, v, subject, null);
                }
            }
            case REFERENCE_LIST -> list(rule, v, subject, item -> name(rule, item, subject, "each entry of "));
            case STRING_LIST -> list(rule, v, subject, item -> expect(Values.isString(item), rule, item,
                    "each entry of " + subject, quoteHint(item)));
            case WORD_LIST -> list(rule, v, subject, item -> expect(Values.isString(item) || Values.isReference(item),
                    rule, item, "each entry of " + subject, null));
            case LIST -> expect(Values.listItems(v).isPresent(), rule, v, subject, null);
            case BLOCK -> expect(v instanceof Value.Block, rule, v, subject, null);
            case BLOCK_LIST -> list(rule, v, subject, item -> expect(Values.unwrap(item) instanceof Value.Block, rule,
                    item, "each entry of " + subject, null));
            case BLOCK_MAP -> {
                if (expect(v instanceof Value.Block, rule, v, subject, null)) {
                    for (Member entry : ((Value.Block) v).members()) {
                        BlockVisit.valueOf(entry).ifPresent(e -> expect(Values.unwrap(e) instanceof Value.Block, rule,
                                e, "each entry of " + subject, null));
                    }
                }
            }
            case REFERENCE_MAP -> {
                if (expect(Values.isMap(v), rule, v, subject, null)) {
                    mapValues(v).forEach(e -> name(rule, e, subject, "each entry of "));
                }
            }
            case MAP, PARAMS -> expect(Values.isMap(v), rule, v, subject, null);
            case ENV_VALUE -> expect(Values.isString(v) || Values.isBool(v) || isCall(v, "env", 1), rule, v, subject,
                    Values.isNumber(v) ? Hint.replace("\"" + text(v) + "\"",
                            "; env values cannot be numbers, write \"" + text(v) + "\"") : null);
            case BUDGET_AMOUNT -> expect(isBudgetAmount(v), rule, v, subject, null);
            case BINDING -> expect(v instanceof Value.Tagged t && Values.identifier(t.head()).isPresent(), rule, v,
                    subject, Hint.advice("; write for example mcp { server: \"…\" tool: \"…\" }"));
            case HANDOFF_LIST -> list(rule, v, subject, item -> {
                Value i = Values.unwrap(item);
                if (!(i instanceof Value.Tagged t && isCall(t.head(), "handoff_to", 1))) {
                    name(rule, i, subject, "each entry of ");
                }
            });
            case CAPABILITY_PATTERN -> expect(isCall(v, "cap", 1), rule, v, subject, null);
            case EXPRESSION, ANY -> {
            }
        }
    }

    // ---- shapes ----------------------------------------------------------------------------------

    /** A reference (or type name): a string is the dedicated string-for-name error, anything else a wrong type. */
    private void name(PropertySpec rule, Value v, String subject, String prefix) {
        if (Values.isReference(v)) {
            return;
        }
        if (Values.isString(v)) {
            stringForName(rule, v, subject, prefix);
            return;
        }
        String what = prefix.isEmpty() ? rule.expectation() : singular(rule);
        report.accept(Diagnostic.of(DiagnosticCode.WRONG_VALUE_TYPE, v.range(),
                prefix + subject + " must be " + what + ", found " + Values.describe(v)));
    }

    private void stringForName(PropertySpec rule, Value v, String subject, String prefix) {
        Optional<String> content = Values.stringContent(v);
        String what = rule.type() == ValueType.FUNCTION ? "a function name"
                : rule.type() == ValueType.IDENTIFIER ? "a name"
                : rule.targets().isEmpty() ? "a declaration name"
                : "the name of " + PropertySpec.article(PropertySpec.alternatives(rule.targets())) + " declaration";
        boolean fixable = content.filter(Values::isIdentifierText).isPresent();
        String fix = fixable ? "; write " + content.get() + " without quotes" : "; write the name without quotes";
        Diagnostic d = Diagnostic.of(DiagnosticCode.STRING_FOR_NAME, v.range(),
                prefix + subject + " takes " + what + ", not a string" + fix);
        if (fixable) {
            d = d.withData("fix", "unquote").withData("with", content.get());
        }
        report.accept(d);
    }

    private void list(PropertySpec rule, Value v, String subject, Consumer<Value> eachItem) {
        Optional<List<Value>> items = Values.listItems(v);
        if (items.isPresent()) {
            // `[...shared, Extra]`: what a spread brings in is only known when the program runs.
            items.get().stream().filter(item -> !(item instanceof Expr.Spread)).forEach(eachItem);
            return;
        }
        boolean wrappable = Values.isReference(v) || Values.isString(v);
        String written = wrappable ? "[" + text(v) + "]" : null;
        Diagnostic d = Diagnostic.of(DiagnosticCode.WRONG_VALUE_TYPE, v.range(),
                subject + " must be " + rule.expectation() + ", found " + Values.describe(v)
                        + (wrappable ? "; write " + written : ""));
        if (wrappable) {
            d = d.withData("fix", "wrap_in_list").withData("with", written);
        }
        report.accept(d);
    }

    /** How to fix a wrong value: text appended to the message, and the replacement a quick fix can apply (or null). */
    private record Hint(String text, String replacement) {
        static Hint replace(String with, String text) {
            return new Hint(text, with);
        }

        static Hint advice(String text) {
            return new Hint(text, null);
        }
    }

    /** Reports a wrong type unless {@code ok}; returns {@code ok}. */
    private boolean expect(boolean ok, PropertySpec rule, Value v, String subject, Hint hint) {
        if (!ok) {
            String what = subject.startsWith("each entry of ") ? singular(rule) : rule.expectation();
            Diagnostic d = Diagnostic.of(DiagnosticCode.WRONG_VALUE_TYPE, v.range(),
                    subject + " must be " + what + ", found " + Values.describe(v) + (hint == null ? "" : hint.text()));
            if (hint != null && hint.replacement() != null) {
                d = d.withData("fix", "replace").withData("with", hint.replacement());
            }
            report.accept(d);
        }
        return ok;
    }

    /** What one entry of a list-typed key must be. */
    private static String singular(PropertySpec rule) {
        return switch (rule.type()) {
            case REFERENCE_LIST, REFERENCE_MAP, HANDOFF_LIST -> rule.targets().isEmpty() ? "a declaration name"
                    : PropertySpec.article(PropertySpec.alternatives(rule.targets())) + " name";
            case STRING_LIST -> "a string";
            case WORD_LIST -> "a name or a string";
            case BLOCK_LIST, BLOCK_MAP -> "a block { … }";
            default -> rule.type().description();
        };
    }

    private static Hint quoteHint(Value v) {
        if (Values.isReference(v) || Values.isNumber(v)) {
            String quoted = "\"" + text(v) + "\"";
            return Hint.replace(quoted, "; write " + quoted);
        }
        return null;
    }

    private static Hint unquoteHint(Value v, boolean contentFits) {
        if (!contentFits) {
            return null;
        }
        String bare = Values.stringContent(v).orElse("");
        return Hint.replace(bare, "; write " + bare + " without quotes");
    }

    private static String text(Value v) {
        v = Values.unwrap(v);
        if (v instanceof Expr.Literal l) {
            return Values.stringContent(l).orElse(l.text());
        }
        return Values.referenceText(v).orElse("…");
    }

    static boolean isCall(Value v, String callee, int arguments) {
        return Values.unwrap(v) instanceof Expr.Call call && call.arguments().size() == arguments
                && Values.identifier(call.callee()).filter(callee::equals).isPresent();
    }

    private static boolean isBudgetAmount(Value v) {
        if (v instanceof Value.WithUnit) {
            return true;
        }
        return Values.isNumber(v) || v instanceof Expr.Literal l
                && (l.kind() == Expr.LiteralKind.MONEY || l.kind() == Expr.LiteralKind.QUANTITY);
    }

    /** The values of a block's properties or a map literal's entries. */
    static List<Value> mapValues(Value v) {
        v = Values.unwrap(v);
        if (v instanceof Value.Block b) {
            return b.members().stream().map(BlockVisit::valueOf).flatMap(Optional::stream).toList();
        }
        if (v instanceof Expr.MapLiteral m) {
            return m.entries().stream().map(e -> (Value) e.value()).toList();
        }
        return List.of();
    }
}
