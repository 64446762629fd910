package dev.neam.lsp.features.formatting;

import dev.neam.lsp.features.FeatureRequest;
import dev.neam.parser.formatting.Formatting;
import dev.neam.parser.formatting.ItemFormatting;
import dev.neam.parser.formatting.TextReplacement;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.jsonrpc.CancelChecker;

/**
 * {@code textDocument/formatting}, {@code rangeFormatting} and {@code onTypeFormatting} (on
 * {@code }}): the parser's line-level replacements as text edits. A file with syntax errors gets
 * no edits, so a half-typed file is never rearranged.
 */
public final class FormattingFeature {
    /** The characters that trigger on-type formatting: a closing brace ends a block to re-indent. */
    public static final String TRIGGER = "}";

    /** Per open document, its top-level items as last formatted: an edit formats only the items it touched. */
    private final Map<String, ItemFormatting> items = new ConcurrentHashMap<>();
    /** Per open document, the edits of its last whole-document formatting: asked again for the same version, they are the answer. */
    private final Map<String, DocumentEdits> lastDocument = new ConcurrentHashMap<>();

    /** The edits formatting one version of a document with one indentation unit gave. */
    private record DocumentEdits(int version, int contentHash, String indentUnit, List<TextEdit> edits) {
        DocumentEdits(FeatureRequest request, String indentUnit, List<TextEdit> edits) {
            this(request.snapshot().version(), request.snapshot().content().hashCode(), indentUnit, edits);
        }

        /**
         * Whether these are the edits for the request's version and indentation. The text's hash (kept
         * by the string, so computed once per version) is compared too: a version number is only the
         * client's word, and the text itself is not held here.
         */
        boolean answer(FeatureRequest request, String unit) {
            return version == request.snapshot().version() && indentUnit.equals(unit)
                    && contentHash == request.snapshot().content().hashCode();
        }
    }

    public List<TextEdit> document(FeatureRequest request, FormattingOptions options, CancelChecker cancel) {
        cancel.checkCanceled();
        String unit = indentUnit(options);
        DocumentEdits last = lastDocument.get(request.uri());
        if (last != null && last.answer(request, unit)) {
            return last.edits();
        }
        ItemFormatting kept = items(request);
        List<TextEdit> edits;
        synchronized (kept) {
            edits = edits(request, Formatting.document(request.parse(), unit, kept));
        }
        lastDocument.put(request.uri(), new DocumentEdits(request, unit, edits));
        return edits;
    }

    public List<TextEdit> range(FeatureRequest request, org.eclipse.lsp4j.Range range, FormattingOptions options,
                                CancelChecker cancel) {
        cancel.checkCanceled();
        dev.neam.parser.text.Range selection = new dev.neam.parser.text.Range(request.position(range.getStart()),
                request.position(range.getEnd()));
        ItemFormatting kept = items(request);
        synchronized (kept) {
            return edits(request, Formatting.range(request.parse(), selection, indentUnit(options), kept));
        }
    }

    public List<TextEdit> onType(FeatureRequest request, org.eclipse.lsp4j.Position at, String typed,
                                 FormattingOptions options, CancelChecker cancel) {
        cancel.checkCanceled();
        if (!TRIGGER.equals(typed)) {
            return List.of();
        }
        ItemFormatting kept = items(request);
        synchronized (kept) {
            return edits(request, Formatting.closedBlock(request.parse(), request.position(at), indentUnit(options), kept));
        }
    }

    /** A closed document's formatted items and last edits go. */
    public void forget(String uri) {
        items.remove(uri);
        lastDocument.remove(uri);
    }

    private ItemFormatting items(FeatureRequest request) {
        return items.computeIfAbsent(request.uri(), uri -> new ItemFormatting());
    }

    /** The client's indentation: {@code tabSize} spaces, or a tab when it does not insert spaces. */
    public static String indentUnit(FormattingOptions options) {
        if (options == null) {
            return "  ";
        }
        if (!options.isInsertSpaces()) {
            return "\t";
        }
        int size = options.getTabSize();
        return " ".repeat(size > 0 && size <= 16 ? size : 2);
    }

    private static List<TextEdit> edits(FeatureRequest request, Optional<List<TextReplacement>> replacements) {
        return replacements.orElse(List.of()).stream()
                .map(r -> new TextEdit(request.range(r.range()), r.newText()))
                .toList();
    }
}
