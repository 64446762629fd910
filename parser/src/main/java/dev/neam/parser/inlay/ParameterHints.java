package dev.neam.parser.inlay;

import dev.neam.parser.ast.Decl;
import dev.neam.parser.ast.Expr;
import dev.neam.parser.ast.Param;
import dev.neam.parser.language.BuiltinSpec;
import dev.neam.parser.language.Vocabulary;
import dev.neam.parser.semantic.symbols.Symbol;
import dev.neam.parser.semantic.symbols.SymbolKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * Parameter names before the positional arguments of calls to user functions and built-ins that
 * take two or more parameters: where an argument's meaning is not plain from the call. A hint is
 * left out where it would only repeat the code: the argument is a variable or field of the same
 * name, the parameter's name is a single letter, or the arguments are labelled from there on.
 */
final class ParameterHints {
    private ParameterHints() {
    }

    /** @param resolve the symbol a call's callee names, if any */
    static List<Hint> of(Expr.Call call, Function<Expr, Optional<Symbol>> resolve) {
        Optional<Symbol> target = resolve.apply(call.callee());
        if (target.isEmpty()) {
            return List.of();
        }
        List<String> names = parameterNames(target.get());
        if (names.size() < 2) {
            return List.of();
        }
        List<Hint> out = new ArrayList<>();
        for (int i = 0; i < call.arguments().size() && i < names.size(); i++) {
            Expr.Argument argument = call.arguments().get(i);
            String name = names.get(i);
            if (name == null) {
                break; // the rest parameter: every argument from here on is one of many
            }
            if (argument.label() != null) {
                break; // after a labelled argument, which parameter the next one fills is not plain
            }
            if (argument.value() == null || name.length() < 2 || sameName(argument.value(), name)) {
                continue;
            }
            out.add(new Hint(argument.value().range().start(), name + ":", Hint.Kind.PARAMETER, ""));
        }
        return out;
    }

    /** The parameter names in order; null marks a rest parameter. */
    private static List<String> parameterNames(Symbol symbol) {
        List<String> out = new ArrayList<>();
        if ((symbol.kind() == SymbolKind.FUNCTION || symbol.kind() == SymbolKind.METHOD)
                && symbol.node() instanceof Decl.Function f) {
            for (Param p : f.params()) {
                if (p.name() == null || "self".equals(p.name().text())) {
                    continue;
                }
                out.add(p.rest() ? null : p.name().text());
            }
        } else if (symbol.kind() == SymbolKind.BUILTIN) {
            Optional<BuiltinSpec> spec = Vocabulary.load().builtin(symbol.name());
            if (spec.isPresent()) {
                for (String p : spec.get().params()) {
                    out.add(p.endsWith("...") ? null : BuiltinSpec.plainName(p));
                }
            }
        }
        return out;
    }

    private static boolean sameName(Expr value, String parameter) {
        String written = value instanceof Expr.Identifier id && id.name() != null ? id.name().text()
                : value instanceof Expr.Member m && m.member() != null ? m.member().text() : null;
        return written != null && written.toLowerCase(Locale.ROOT).equals(parameter.toLowerCase(Locale.ROOT));
    }
}
