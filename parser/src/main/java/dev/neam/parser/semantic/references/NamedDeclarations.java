package dev.neam.parser.semantic.references;

import dev.neam.parser.diagnostic.Diagnostic;
import dev.neam.parser.diagnostic.DiagnosticCode;
import dev.neam.parser.diagnostic.RelatedInformation;
import dev.neam.parser.language.PropertySpec;
import dev.neam.parser.semantic.FileContext;
import dev.neam.parser.semantic.Suggestions;
import dev.neam.parser.semantic.symbols.Symbol;
import dev.neam.parser.semantic.symbols.SymbolKind;
import dev.neam.parser.text.Range;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks that a name written outside a reference-typed property (a string such as
 * {@code server: "docs_fs"}, the server of {@code adopt docs_fs.*}) names a declaration of one
 * kind, with the same codes and wording as the reference-typed properties.
 */
public final class NamedDeclarations {
    private NamedDeclarations() {
    }

    /**
     * Reports when {@code name} is not a declaration of {@code kind} in this file or its imports.
     *
     * @param where how the message names the place (the key {@code server}, the statement {@code adopt})
     */
    public static void check(FileContext context, String name, Range range, String kind, String where) {
        Map<String, Symbol> visible = new LinkedHashMap<>(context.imports().names());
        context.symbols().topLevel().forEach((n, symbols) -> visible.put(n, symbols.get(0)));
        Symbol found = visible.get(name);
        if (found == null) {
            if (context.imports().open()) {
                return; // an import that did not resolve may declare it
            }
            List<String> candidates = new ArrayList<>();
            visible.forEach((n, s) -> {
                if (is(s, kind)) {
                    candidates.add(n);
                }
            });
            String suggestion = Suggestions.closest(name, candidates);
            Diagnostic d = Diagnostic.of(DiagnosticCode.UNKNOWN_REFERENCE, range,
                    "unknown " + kind + " '" + name + "' in " + where + ":"
                            + (suggestion != null ? " did you mean '" + suggestion + "'?" : " declare it, or import the module that does"))
                    .withData("expected", kind);
            context.report(suggestion != null ? d.withData("fix", "replace").withData("with", suggestion)
                    : d.withData("fix", "create-declaration").withData("kind", kind));
            return;
        }
        if (found.kind() == SymbolKind.IMPORT || is(found, kind)) {
            return;
        }
        String what = found.describe().replace(" '" + found.name() + "'", "");
        context.report(Diagnostic.of(DiagnosticCode.WRONG_REFERENCE_KIND, range,
                        "'" + name + "' is " + PropertySpec.article(what) + ", but " + where + " expects "
                                + PropertySpec.article(kind))
                .withRelated(new RelatedInformation(found.path().equals(context.path()) ? null : found.path(),
                        found.nameRange(), "'" + found.name() + "' is declared here")));
    }

    private static boolean is(Symbol s, String kind) {
        return (s.kind() == SymbolKind.DECLARATION || s.kind() == SymbolKind.BINDING) && kind.equals(s.detail());
    }
}
