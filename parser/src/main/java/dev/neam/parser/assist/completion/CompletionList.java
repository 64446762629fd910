package dev.neam.parser.assist.completion;

import java.util.List;

/** The proposals at a position; {@code incomplete} when the list was cut short (typing more asks again). */
public record CompletionList(List<Completion> items, boolean incomplete) {
    public static final CompletionList EMPTY = new CompletionList(List.of(), false);

    public CompletionList {
        items = List.copyOf(items);
    }
}
