package dev.neam.lsp.features.completion;

import java.util.List;
import java.util.function.Supplier;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.MarkupKind;

/**
 * What the client's completion UI understands: snippets with tab stops, Markdown documentation,
 * the deprecated tag, and the list's item defaults (LSP 3.17: an edit range and an insert text
 * format given once for every item). A missing branch of the capability tree means "no".
 */
public record CompletionSupport(boolean snippets, boolean markdown, boolean deprecatedTag, boolean defaultEditRange,
                                boolean defaultInsertTextFormat) {
    public static final CompletionSupport NONE = new CompletionSupport(false, false, false, false, false);

    public static CompletionSupport from(ClientCapabilities caps) {
        if (caps == null) {
            return NONE;
        }
        Boolean snippets = read(() -> caps.getTextDocument().getCompletion().getCompletionItem().getSnippetSupport());
        List<String> formats = read(() -> caps.getTextDocument().getCompletion().getCompletionItem()
                .getDocumentationFormat());
        Object tags = read(() -> caps.getTextDocument().getCompletion().getCompletionItem().getTagSupport());
        List<String> defaults = read(() -> caps.getTextDocument().getCompletion().getCompletionList().getItemDefaults());
        return new CompletionSupport(Boolean.TRUE.equals(snippets),
                formats != null && formats.contains(MarkupKind.MARKDOWN), tags != null,
                defaults != null && defaults.contains("editRange"), defaults != null && defaults.contains("insertTextFormat"));
    }

    private static <T> T read(Supplier<T> getter) {
        try {
            return getter.get();
        } catch (NullPointerException e) {
            return null;
        }
    }
}
