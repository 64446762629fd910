package dev.neam.parser.semantic.core;

import dev.neam.parser.diagnostic.Diagnostic;
import dev.neam.parser.diagnostic.DiagnosticCode;
import dev.neam.parser.semantic.FileCheck;
import dev.neam.parser.semantic.FileContext;
import dev.neam.parser.semantic.symbols.Symbol;
import dev.neam.parser.semantic.symbols.SymbolKind;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Locals and parameters never read (a hint; names starting with '_' and `self` are exempt). */
public final class UnusedLocalsCheck implements FileCheck {
    @Override
    public void check(FileContext context) {
        List<Map.Entry<Symbol, int[]>> unused = context.resolution().localReads().entrySet().stream()
                .filter(e -> e.getValue()[0] == 0)
                .filter(e -> e.getKey().kind() == SymbolKind.VARIABLE || e.getKey().kind() == SymbolKind.PARAMETER)
                .filter(e -> !e.getKey().name().startsWith("_") && !e.getKey().name().equals("self"))
                .sorted(Comparator.comparing(e -> e.getKey().nameRange().start()))
                .toList();
        for (Map.Entry<Symbol, int[]> e : unused) {
            Symbol s = e.getKey();
            String what = s.kind() == SymbolKind.PARAMETER ? "parameter" : "variable";
            context.report(Diagnostic.of(DiagnosticCode.UNUSED_LOCAL, s.nameRange(),
                    what + " '" + s.name() + "' is never used").withData("fix", "remove-binding"));
        }
    }
}
