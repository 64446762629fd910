package dev.neam.parser.assist.completion;

import dev.neam.parser.text.Range;

/**
 * One proposal.
 *
 * @param detail        one line beside the label: a signature, a value type, a declaration kind
 * @param documentation Markdown shown on demand (the server sends it lazily), may be empty
 * @param insertText    the text inserted by clients without snippet support
 * @param snippet       the same with tab stops ({@code ${1:Name}}), or null when it equals {@code insertText}
 * @param sortText      orders proposals (required keys first); compared as text
 * @param filterText    what the typed word is matched against, when not the label
 * @param range         the text the proposal replaces: the word being typed, prefix and rest
 * @param id            stable identity within one answer, used to find the documentation again
 */
public record Completion(String label, CompletionKind kind, String detail, String documentation, String insertText,
                         String snippet, String sortText, String filterText, Range range, String id,
                         boolean deprecated) {

    public static Completion of(String label, CompletionKind kind, String detail, String documentation, Range range) {
        return new Completion(label, kind, detail, documentation, label, null, null, null, range,
                kind.name().toLowerCase(java.util.Locale.ROOT) + ":" + label, false);
    }

    public Completion withInsert(String text, String snippetText) {
        return new Completion(label, kind, detail, documentation, text, snippetText, sortText, filterText, range, id,
                deprecated);
    }

    public Completion withSort(String sort) {
        return new Completion(label, kind, detail, documentation, insertText, snippet, sort, filterText, range, id,
                deprecated);
    }

    public Completion withFilter(String filter) {
        return new Completion(label, kind, detail, documentation, insertText, snippet, sortText, filter, range, id,
                deprecated);
    }

    public Completion withRange(Range replaced) {
        return new Completion(label, kind, detail, documentation, insertText, snippet, sortText, filterText, replaced,
                id, deprecated);
    }

    public Completion withId(String identity) {
        return new Completion(label, kind, detail, documentation, insertText, snippet, sortText, filterText, range,
                identity, deprecated);
    }

    public Completion asDeprecated() {
        return new Completion(label, kind, detail, documentation, insertText, snippet, sortText, filterText, range, id,
                true);
    }
}
