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
        // the word typed is read once per proposal (not once per comparison of the sort below)
        List<Completion> kept = new ArrayList<>(proposals.size());
        List<String> keptTyped = new ArrayList<>(proposals.size());
        TypedWords words = new TypedWords(text, cursor);
        for (Completion c : proposals) {
            String typed = words.of(c);
            // only a word is matched: a replaced range starting at a quote or a path is the client's to filter
            if (!isWord(typed) || matches(typed, target(c))) {
                kept.add(c);
                keptTyped.add(typed);
            }
        }
        if (kept.size() <= MAX_ITEMS) {
            return new CompletionList(kept, true); // filtered by the word so far: ask again when it changes
        }
        List<Ranked> ranked = new ArrayList<>(kept.size());
        for (int i = 0; i < kept.size(); i++) {
            Completion c = kept.get(i);
            boolean prefix = target(c).toLowerCase(Locale.ROOT).startsWith(keptTyped.get(i).toLowerCase(Locale.ROOT));
            ranked.add(new Ranked(c, prefix, c.sortText() == null ? c.label() : c.sortText()));
        }
        ranked.sort(Comparator.comparing((Ranked r) -> !r.startsWithTyped())
                .thenComparing(Ranked::sortKey)
                .thenComparing(r -> r.completion().label()));
        List<Completion> best = new ArrayList<>(MAX_ITEMS);
        for (Ranked r : ranked.subList(0, MAX_ITEMS)) {
            best.add(r.completion());
        }
        return new CompletionList(best, true);
    }

    /** A proposal with what the sort compares, computed once. */
    private record Ranked(Completion completion, boolean startsWithTyped, String sortKey) {
    }

    private static String target(Completion c) {
        return c.filterText() != null ? c.filterText() : c.label();
    }

    /** The part of each proposal's replaced word left of the cursor; proposals mostly share one start. */
    private static final class TypedWords {
        private final SourceText text;
        private final int cursor;
        private int lastStart = -1;
        private String lastWord = "";

        TypedWords(SourceText text, int cursor) {
            this.text = text;
            this.cursor = cursor;
        }

        String of(Completion c) {
            if (c.range() == null) {
                return "";
            }
            int start = text.offsetAt(c.range().start());
            if (start != lastStart) {
                lastStart = start;
                lastWord = start < cursor && cursor <= text.length() ? text.text().substring(start, cursor) : "";
            }
            return lastWord;
        }
    }

    private static boolean isWord(String typed) {
        if (typed.isEmpty()) {
            return false;
        }
        for (int i = 0; i < typed.length(); i++) {
            char ch = typed.charAt(i);
            if (!Character.isLetterOrDigit(ch) && ch != '_') {
                return false;
            }
        }
        return true;
    }

    /** Case-insensitive subsequence, what VS Code's, Neovim's and most clients' fuzzy filters accept at least. */
    private static boolean matches(String typed, String candidate) {
        return FuzzyMatcher.score(typed, candidate) != FuzzyMatcher.NO_MATCH;
    }
}
