package dev.neam.lsp.features.semantictokens;

import java.util.ArrayList;
import java.util.List;
import org.eclipse.lsp4j.SemanticTokensEdit;

/**
 * The edit that turns the previous token array into the new one: the common prefix and suffix
 * stay, the middle is replaced. A typing edit changes a few tokens near the cursor (and the
 * relative encoding keeps the rest identical), so this single edit is small.
 */
final class TokenDelta {
    private TokenDelta() {
    }

    static List<SemanticTokensEdit> edits(int[] before, int[] after) {
        int prefix = 0;
        int max = Math.min(before.length, after.length);
        while (prefix < max && before[prefix] == after[prefix]) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < max - prefix
                && before[before.length - 1 - suffix] == after[after.length - 1 - suffix]) {
            suffix++;
        }
        int deleteCount = before.length - prefix - suffix;
        int insertCount = after.length - prefix - suffix;
        if (deleteCount == 0 && insertCount == 0) {
            return List.of();
        }
        List<Integer> inserted = new ArrayList<>(insertCount);
        for (int i = prefix; i < prefix + insertCount; i++) {
            inserted.add(after[i]);
        }
        return List.of(new SemanticTokensEdit(prefix, deleteCount, inserted));
    }
}
