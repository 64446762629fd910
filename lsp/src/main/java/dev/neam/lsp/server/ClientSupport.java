package dev.neam.lsp.server;

import dev.neam.lsp.features.actions.CodeActionSupport;
import dev.neam.lsp.features.completion.CompletionSupport;
import dev.neam.lsp.protocol.PositionEncoding;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.DiagnosticTag;
import org.eclipse.lsp4j.SymbolKind;

/**
 * What the client said it can do, read once from {@code initialize} with every missing branch of
 * the capability tree meaning "no" (clients send as little as they like).
 */
public record ClientSupport(
        PositionEncoding positionEncoding,
        boolean workDoneProgress,
        boolean pullDiagnostics,
        boolean diagnosticRefresh,
        boolean relatedInformation,
        Set<DiagnosticTag> diagnosticTags,
        boolean hierarchicalSymbols,
        Set<SymbolKind> symbolKinds,
        boolean watchedFilesDynamicRegistration,
        boolean lineFoldingOnly,
        int foldingRangeLimit,
        CodeActionSupport codeActions,
        boolean documentChanges,
        boolean prepareRename,
        CompletionSupport completion) {

    /** Kinds every client understands: LSP says File..Array when the client lists none. */
    public static final Set<SymbolKind> BASE_SYMBOL_KINDS = EnumSet.range(SymbolKind.File, SymbolKind.Array);

    public static ClientSupport from(ClientCapabilities caps) {
        ClientCapabilities c = caps == null ? new ClientCapabilities() : caps;
        List<String> encodings = read(() -> c.getGeneral().getPositionEncodings());
        Set<DiagnosticTag> tags = EnumSet.noneOf(DiagnosticTag.class);
        List<DiagnosticTag> pushTags = read(() -> c.getTextDocument().getPublishDiagnostics().getTagSupport().getRight().getValueSet());
        List<DiagnosticTag> pullTags = read(() -> c.getTextDocument().getDiagnostic().getTagSupport().getValueSet());
        boolean pull = read(() -> c.getTextDocument().getDiagnostic()) != null;
        if (pull ? pullTags != null : pushTags != null) {
            tags.addAll(pull ? pullTags : pushTags);
        }
        List<SymbolKind> kinds = read(() -> c.getTextDocument().getDocumentSymbol().getSymbolKind().getValueSet());
        Set<SymbolKind> symbolKinds = EnumSet.copyOf(BASE_SYMBOL_KINDS);
        if (kinds != null) {
            kinds.stream().filter(k -> k != null).forEach(symbolKinds::add);
        }
        Integer rangeLimit = read(() -> c.getTextDocument().getFoldingRange().getRangeLimit());
        return new ClientSupport(
                PositionEncoding.negotiate(encodings),
                flag(() -> c.getWindow().getWorkDoneProgress()),
                pull,
                flag(() -> c.getWorkspace().getDiagnostics().getRefreshSupport()),
                pull ? flag(() -> c.getTextDocument().getDiagnostic().getRelatedInformation())
                        : flag(() -> c.getTextDocument().getPublishDiagnostics().getRelatedInformation()),
                tags,
                flag(() -> c.getTextDocument().getDocumentSymbol().getHierarchicalDocumentSymbolSupport()),
                symbolKinds,
                flag(() -> c.getWorkspace().getDidChangeWatchedFiles().getDynamicRegistration()),
                flag(() -> c.getTextDocument().getFoldingRange().getLineFoldingOnly()),
                rangeLimit == null || rangeLimit <= 0 ? Integer.MAX_VALUE : rangeLimit,
                CodeActionSupport.from(c),
                flag(() -> c.getWorkspace().getWorkspaceEdit().getDocumentChanges()),
                flag(() -> c.getTextDocument().getRename().getPrepareSupport()),
                CompletionSupport.from(c));
    }

    /** The kind to send: the wanted one when the client knows it, else its fallback. */
    public SymbolKind symbolKind(SymbolKind wanted, SymbolKind fallback) {
        return symbolKinds.contains(wanted) ? wanted : fallback;
    }

    private static boolean flag(Supplier<Boolean> getter) {
        return Boolean.TRUE.equals(read(getter));
    }

    /** Follows a getter chain; a null anywhere on the way gives null. */
    private static <T> T read(Supplier<T> getter) {
        try {
            return getter.get();
        } catch (NullPointerException | IllegalStateException e) { // IllegalStateException: Either of the other side
            return null;
        }
    }
}
