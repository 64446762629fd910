package dev.neam.parser.semantic.references;

import dev.neam.parser.ast.Decl;
import dev.neam.parser.ast.Expr;
import dev.neam.parser.ast.Member;
import dev.neam.parser.ast.Name;
import dev.neam.parser.ast.Node;
import dev.neam.parser.ast.Value;
import dev.neam.parser.diagnostic.Diagnostic;
import dev.neam.parser.diagnostic.DiagnosticCode;
import dev.neam.parser.diagnostic.RelatedInformation;
import dev.neam.parser.diagnostic.Severity;
import dev.neam.parser.language.KindSpec;
import dev.neam.parser.language.PropertySpec;
import dev.neam.parser.language.ValueType;
import dev.neam.parser.language.Vocabulary;
import dev.neam.parser.semantic.FileCheck;
import dev.neam.parser.semantic.FileContext;
import dev.neam.parser.semantic.TreeNodes;
import dev.neam.parser.semantic.Suggestions;
import dev.neam.parser.semantic.symbols.Symbol;
import dev.neam.parser.semantic.symbols.SymbolKind;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every name in a reference-typed property (`skills: [search]`, `entry_agent: Triage`,
 * `handoffs: [handoff_to(Billing) { … }]`, `channels: [cli]`) names a declaration of a kind the
 * vocabulary allows there, in this file or imported. Unknown names get a "did you mean" among the
 * declarations of the right kind; a declaration of the wrong kind is named with what it is.
 */
public final class DeclarationReferencesCheck implements FileCheck {
    private static final Set<ValueType> REFERENCE_TYPES =
            EnumSet.of(ValueType.REFERENCE, ValueType.REFERENCE_LIST, ValueType.HANDOFF_LIST);

    @Override
    public void check(FileContext context) {
        Map<String, Symbol> visible = new LinkedHashMap<>(context.imports().names());
        context.symbols().topLevel().forEach((name, symbols) -> visible.put(name, symbols.get(0)));
        boolean adopts = context.symbols().imports().stream().anyMatch(i -> "adopt".equals(i.keyword()));
        for (Node node : TreeNodes.of(context).nodes()) {
            if (node instanceof Decl.Domain d) {
                domain(d, context, visible, adopts);
            }
        }
    }

    private void domain(Decl.Domain d, FileContext context, Map<String, Symbol> visible, boolean adopts) {
        List<String> header = d.keywords().stream().map(Name::text).toList();
        List<KindSpec> kinds = Vocabulary.load().kinds(header);
        for (Member member : d.members()) {
            if (!(member instanceof Member.Property p) || p.key() == null || p.value() == null) {
                continue;
            }
            PropertySpec spec = kinds.stream().map(k -> k.property(p.key().text()).orElse(null))
                    .filter(s -> s != null).findFirst().orElse(null);
            if (spec == null || !REFERENCE_TYPES.contains(spec.type()) || spec.targets().isEmpty()) {
                continue;
            }
            for (Name name : referencedNames(p.value())) {
                check(name, p.key().text(), spec.targets(), context, visible, adopts);
            }
        }
    }

    private void check(Name name, String key, List<String> targets, FileContext context, Map<String, Symbol> visible,
                       boolean adopts) {
        Symbol found = visible.get(name.text());
        if (found == null) {
            boolean skills = targets.contains("skill");
            if (context.imports().open() || (skills && adopts)) {
                return; // the name may come from an unresolved import or an adopted MCP server
            }
            List<String> candidates = new ArrayList<>();
            visible.forEach((n, s) -> {
                if (matches(s, targets)) {
                    candidates.add(n);
                }
            });
            String suggestion = Suggestions.closest(name.text(), candidates);
            String message = "unknown " + targets.get(0) + " '" + name.text() + "' in " + key + ":"
                    + (suggestion != null ? " did you mean '" + suggestion + "'?" : " declare it, or import the module that does");
            Diagnostic diagnostic = Diagnostic.of(DiagnosticCode.UNKNOWN_REFERENCE, name.range(), message)
                    .withData("expected", String.join(",", targets));
            if (suggestion != null) {
                diagnostic = diagnostic.withData("fix", "replace").withData("with", suggestion);
            } else {
                diagnostic = diagnostic.withData("fix", "create-declaration").withData("kind", targets.get(0));
            }
            context.report(diagnostic);
            return;
        }
        if (found.kind() == SymbolKind.IMPORT || found.kind() == SymbolKind.BUILTIN || matches(found, targets)) {
            return;
        }
        boolean guardFamily = targets.stream().anyMatch(t -> t.startsWith("guard"))
                && found.detail() != null && found.detail().startsWith("guard");
        Diagnostic diagnostic = new Diagnostic(DiagnosticCode.WRONG_REFERENCE_KIND,
                guardFamily ? Severity.WARNING : Severity.ERROR,
                "'" + name.text() + "' is " + article(found) + ", but " + key + ": expects "
                        + String.join(" or ", targets.stream().map(t -> "a " + t).toList()),
                name.range(), List.of(), Map.of());
        RelatedInformation declared = new RelatedInformation(found.path().equals(context.path()) ? null : found.path(),
                found.nameRange(), "'" + found.name() + "' is declared here");
        context.report(diagnostic.withRelated(declared));
    }

    /** A symbol matches a target kind by its header words; `agent` also accepts claw, forge and other agents. */
    private static boolean matches(Symbol symbol, List<String> targets) {
        if (symbol.kind() == SymbolKind.DECLARATION || symbol.kind() == SymbolKind.BINDING) {
            String kind = symbol.detail();
            for (String target : targets) {
                if (target.equals(kind) || (target.equals("agent") && kind.endsWith(" agent"))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String article(Symbol symbol) {
        String what = symbol.kind() == SymbolKind.DECLARATION || symbol.kind() == SymbolKind.BINDING
                ? symbol.detail() : symbol.describe().replace(" '" + symbol.name() + "'", "");
        return ("aeiou".indexOf(what.isEmpty() ? 'x' : what.charAt(0)) >= 0 ? "an " : "a ") + what;
    }

    /** Bare names, list items, and the target of `handoff_to(X) { … }`; strings and dotted names are not references here. */
    private static List<Name> referencedNames(Value value) {
        List<Name> out = new ArrayList<>();
        if (value instanceof Expr.Identifier id) {
            out.add(id.name());
        } else if (value instanceof Value.ListValue list) {
            list.items().forEach(item -> out.addAll(referencedNames(item)));
        } else if (value instanceof Expr.ListLiteral list) {
            list.items().forEach(item -> out.addAll(referencedNames(item)));
        } else if (value instanceof Value.Tagged tagged && tagged.head() instanceof Expr.Call call
                && call.callee() instanceof Expr.Identifier callee && callee.name().text().equals("handoff_to")
                && !call.arguments().isEmpty() && call.arguments().get(0).value() instanceof Expr.Identifier target) {
            out.add(target.name());
        } else if (value instanceof Expr.Call call && call.callee() instanceof Expr.Identifier callee
                && callee.name().text().equals("handoff_to") && !call.arguments().isEmpty()
                && call.arguments().get(0).value() instanceof Expr.Identifier target) {
            out.add(target.name());
        }
        return out;
    }
}
