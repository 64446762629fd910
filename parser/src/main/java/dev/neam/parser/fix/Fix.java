package dev.neam.parser.fix;

import java.util.List;

/**
 * One way to repair a diagnostic (or to tidy a file): the edits to apply to the diagnostic's file.
 *
 * @param id        stable within one diagnostic ({@code replace}, {@code suppress-line}…), so a client
 *                  can ask for the edits of a fix it was shown earlier
 * @param title     what a user sees in the light-bulb menu
 * @param preferred whether this is the obvious fix (an editor may apply it with one key)
 */
public record Fix(String id, String title, List<TextEdit> edits, boolean preferred) {

    public Fix {
        edits = List.copyOf(edits);
    }

    public Fix notPreferred() {
        return preferred ? new Fix(id, title, edits, false) : this;
    }
}
