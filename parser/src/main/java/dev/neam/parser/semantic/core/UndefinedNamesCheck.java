package dev.neam.parser.semantic.core;

import dev.neam.parser.diagnostic.Diagnostic;
import dev.neam.parser.diagnostic.DiagnosticCode;
import dev.neam.parser.diagnostic.RelatedInformation;
import dev.neam.parser.diagnostic.Severity;
import dev.neam.parser.semantic.Builtins;
import dev.neam.parser.semantic.FileCheck;
import dev.neam.parser.semantic.FileContext;
import dev.neam.parser.semantic.Suggestions;
import dev.neam.parser.semantic.scope.Resolution;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Names used in code that nothing declares. Stands down in a file whose imports could not be
 * resolved (they may bring any name). A near miss of a known name (a typo) is an error with a
 * suggestion. A call to an unknown name that resembles nothing known is only a warning: it may be
 * a native the vocabulary does not list yet. So is an unknown name used only as a namespace
 * (`foo.bar()`): it may be a module we do not know, and it is reported once per file, at its first
 * use, not at every call through it.
 */
public final class UndefinedNamesCheck implements FileCheck {
    private static final Suggestions.Fixed BUILTINS = new Suggestions.Fixed(Builtins.names());
    /** Further uses of an unknown namespace listed with its one finding. */
    private static final int MAX_RELATED = 10;

    @Override
    public void check(FileContext context) {
        Resolution resolution = context.resolution();
        if (resolution.open()) {
            return;
        }
        Map<Object, Suggestions.Match> suggestions = new HashMap<>();
        Map<String, List<Resolution.Reference>> namespaces = new LinkedHashMap<>();
        for (Resolution.Reference ref : resolution.references()) {
            if (ref.target() != null) {
                continue;
            }
            if (ref.namespace()) {
                namespaces.computeIfAbsent(ref.name().text(), k -> new ArrayList<>()).add(ref);
                continue;
            }
            context.report(finding(ref, suggestion(ref, suggestions)));
        }
        for (List<Resolution.Reference> uses : namespaces.values()) {
            context.report(namespace(uses, suggestion(uses.get(0), suggestions)));
        }
    }

    /** The best of the names visible at the use and the built-ins; computed once per name and scope. */
    private static String suggestion(Resolution.Reference ref, Map<Object, Suggestions.Match> known) {
        String name = ref.name().text();
        Suggestions.Match m = known.computeIfAbsent(List.of(name, ref.visible()), k -> {
            Suggestions.Match local = Suggestions.match(name, ref.visible());
            Suggestions.Match builtin = BUILTINS.match(name);
            Suggestions.Match best = Suggestions.Match.better(local, builtin);
            return best == null ? new Suggestions.Match(null, Integer.MAX_VALUE) : best;
        });
        return m.candidate();
    }

    private static Diagnostic finding(Resolution.Reference ref, String suggestion) {
        String name = ref.name().text();
        String hint = suggestion == null ? "" : "; did you mean '" + suggestion + "'?";
        Diagnostic d;
        if (ref.assignment()) {
            d = Diagnostic.of(DiagnosticCode.ASSIGNMENT_TO_UNDECLARED, ref.name().range(),
                    "'" + name + "' is assigned but never declared; declare it first with 'let " + name + " = …;'" + hint);
        } else if (ref.arguments() >= 0 && suggestion == null) {
            d = new Diagnostic(DiagnosticCode.UNDEFINED_NAME, Severity.WARNING,
                    "'" + name + "' is not defined and is not a known built-in function", ref.name().range(),
                    List.of(), Map.of());
        } else {
            d = Diagnostic.of(DiagnosticCode.UNDEFINED_NAME, ref.name().range(), "'" + name + "' is not defined" + hint);
        }
        return suggestion == null ? d : d.withData("fix", "replace").withData("with", suggestion);
    }

    /** One finding for every use of an unknown name as a namespace, at the first; the next ones are related. */
    private static Diagnostic namespace(List<Resolution.Reference> uses, String suggestion) {
        Resolution.Reference first = uses.get(0);
        String name = first.name().text();
        String times = uses.size() == 1 ? "" : " (used " + uses.size() + " times in this file)";
        Diagnostic d;
        if (suggestion != null) {
            d = Diagnostic.of(DiagnosticCode.UNDEFINED_NAME, first.name().range(),
                    "'" + name + "' is not defined" + times + "; did you mean '" + suggestion + "'?")
                    .withData("fix", "replace").withData("with", suggestion);
        } else {
            d = new Diagnostic(DiagnosticCode.UNDEFINED_NAME, Severity.WARNING,
                    "'" + name + "' is not defined" + times + " and is not a known module or namespace; import it "
                            + "if it is a module", first.name().range(), List.of(), Map.of());
        }
        for (Resolution.Reference other : uses.subList(1, Math.min(uses.size(), 1 + MAX_RELATED))) {
            d = d.withRelated(new RelatedInformation(null, other.name().range(), "'" + name + "' is also used here"));
        }
        return d;
    }
}
