package dev.neam.parser.fix;

import dev.neam.parser.text.SourceText;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Applies edits to a text, as an editor would: all ranges refer to the text before any edit. */
public final class TextEdits {
    private TextEdits() {
    }

    /** The text after the edits; edits that overlap are a mistake of the fix and rejected. */
    public static String apply(String text, List<TextEdit> edits) {
        SourceText source = new SourceText(text);
        List<int[]> spans = new ArrayList<>();
        for (int i = 0; i < edits.size(); i++) {
            TextEdit e = edits.get(i);
            spans.add(new int[] {source.offsetAt(e.range().start()), source.offsetAt(e.range().end()), i});
        }
        spans.sort(Comparator.<int[]>comparingInt(s -> s[0]).thenComparingInt(s -> s[2]));
        StringBuilder out = new StringBuilder();
        int at = 0;
        for (int[] span : spans) {
            if (span[0] < at || span[1] < span[0]) {
                throw new IllegalArgumentException("overlapping or reversed edits at offset " + span[0]);
            }
            out.append(text, at, span[0]).append(edits.get(span[2]).newText());
            at = span[1];
        }
        return out.append(text.substring(at)).toString();
    }
}
