package dev.neam.lsp.documents;

import dev.neam.lsp.protocol.PositionConverter;
import dev.neam.parser.text.SourceText;
import java.util.List;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;

/**
 * Applies the content changes of one {@code didChange} in order, each against the text left by the
 * previous one, as LSP requires. A change without a range replaces the whole text.
 */
public final class TextChanges {
    private TextChanges() {
    }

    public static SourceText apply(SourceText text, List<TextDocumentContentChangeEvent> changes,
                                   PositionConverter positions) {
        SourceText current = text;
        for (TextDocumentContentChangeEvent change : changes) {
            String inserted = change.getText() == null ? "" : change.getText();
            if (change.getRange() == null) {
                current = new SourceText(inserted);
                continue;
            }
            int start = positions.offset(current, change.getRange().getStart());
            int end = positions.offset(current, change.getRange().getEnd());
            if (end < start) { // a reversed range from a confused client: treat it as its normal form
                int swap = start;
                start = end;
                end = swap;
            }
            String before = current.text();
            current = new SourceText(before.substring(0, start) + inserted + before.substring(end));
        }
        return current;
    }
}
