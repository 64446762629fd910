package dev.neam.parser.assist.completion;

import dev.neam.parser.navigation.FuzzyMatcher;
import dev.neam.parser.text.SourceText;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Keeps an answer small enough to send at once. In a large project a statement position can see
 * hundreds of functions and declarations, and writing a thousand items over JSON costs more than
 * finding them. So when there are more than {@link #MAX_ITEMS} proposals, those the typed word
 * cannot match (not even as a subsequence, as editors match) are dropped, at most
 * {@link #MAX_ITEMS} of the best-ranked are kept, and the list is marked incomplete, so the editor
 * asks again as the word changes. Smaller lists go out whole.
 */
final class CompletionLimit {
    static final int MAX_ITEMS = 200;

    private CompletionLimit() {
    }

    static CompletionList apply(List<Completion> proposals, SourceText text, int cursor) {
        if (proposals.size() <= MAX_ITEMS) {
            return new CompletionList(proposals, false); // small enough: the editor filters as the word grows
        }
        List<Completion> kept = new ArrayList<>(proposals.size());
        for (Completion c : proposals) {
            String typed = typed(c, text, cursor);
            // only a word is matched: a replaced range starting at a quote or a path is the client's to filter
            if (!isWord(typed) || matches(typed, c.filterText() != null ? c.filterText() : c.label())) {
                kept.add(c);
            }
        }
        if (kept.size() <= MAX_ITEMS) {
            return new CompletionList(kept, true); // filtered by the word so far: ask again when it changes
        }
        kept.sort(Comparator.comparing((Completion c) -> !startsWithTyped(c, text, cursor))
                .thenComparing(c -> c.sortText() == null ? c.label() : c.sortText())
                .thenComparing(Completion::label));
        return new CompletionList(kept.subList(0, MAX_ITEMS), true);
    }

    /** The part of the replaced word left of the cursor. */
    private static String typed(Completion c, SourceText text, int cursor) {
        if (c.range() == null) {
            return "";
        }
        int start = text.offsetAt(c.range().start());
        return start < cursor && cursor <= text.length() ? text.text().substring(start, cursor) : "";
    }

    private static boolean startsWithTyped(Completion c, SourceText text, int cursor) {
        String typed = typed(c, text, cursor).toLowerCase(Locale.ROOT);
        String target = (c.filterText() != null ? c.filterText() : c.label()).toLowerCase(Locale.ROOT);
        return target.startsWith(typed);
    }

    private static boolean isWord(String typed) {
        return !typed.isEmpty() && typed.chars().allMatch(ch -> Character.isLetterOrDigit(ch) || ch == '_');
    }

    /** Case-insensitive subsequence, what VS Code's, Neovim's and most clients' fuzzy filters accept at least. */
    private static boolean matches(String typed, String candidate) {
        return FuzzyMatcher.score(typed, candidate) != FuzzyMatcher.NO_MATCH;
    }
}
