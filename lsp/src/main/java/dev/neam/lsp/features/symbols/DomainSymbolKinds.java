package dev.neam.lsp.features.symbols;

import java.util.Map;
import org.eclipse.lsp4j.SymbolKind;

/**
 * The outline icon of a domain declaration, chosen from its last header word ({@code agent} in
 * {@code claw agent Bot}). A stop-gap table for the outline only: which words exist and what they
 * mean belongs to the language vocabulary data, which should replace this when it lands.
 */
public final class DomainSymbolKinds {
    private static final Map<String, SymbolKind> BY_WORD = Map.ofEntries(
            Map.entry("agent", SymbolKind.Class),
            Map.entry("runner", SymbolKind.Class),
            Map.entry("skill", SymbolKind.Function),
            Map.entry("tool", SymbolKind.Function),
            Map.entry("knowledge", SymbolKind.Module),
            Map.entry("memory", SymbolKind.Module),
            Map.entry("guard", SymbolKind.Interface),
            Map.entry("guardchain", SymbolKind.Interface),
            Map.entry("policy", SymbolKind.Interface),
            Map.entry("provider", SymbolKind.Package),
            Map.entry("mcp_server", SymbolKind.Package),
            Map.entry("channel", SymbolKind.Event),
            Map.entry("capability", SymbolKind.Key),
            Map.entry("type", SymbolKind.TypeParameter));

    private DomainSymbolKinds() {
    }

    public static SymbolKind of(String lastHeaderWord) {
        SymbolKind kind = BY_WORD.get(lastHeaderWord);
        if (kind != null) {
            return kind;
        }
        return lastHeaderWord.endsWith("agent") ? SymbolKind.Class : SymbolKind.Object;
    }
}
