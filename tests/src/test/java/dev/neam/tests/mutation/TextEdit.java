package dev.neam.tests.mutation;

/**
 * One replacement in a text, by character offsets: what a mutation did, and what an editor sends as
 * one incremental change.
 *
 * @param start       first character replaced
 * @param end         character after the last one replaced ({@code start} for an insertion)
 * @param replacement the new characters
 * @param kind        the mutation's name, shown when a case fails
 */
public record TextEdit(int start, int end, String replacement, String kind) {

    public String applyTo(String text) {
        return text.substring(0, start) + replacement + text.substring(end);
    }

    /** The smallest edit turning {@code before} into {@code after} (common prefix and suffix kept). */
    public static TextEdit between(String before, String after, String kind) {
        int prefix = 0;
        int limit = Math.min(before.length(), after.length());
        while (prefix < limit && before.charAt(prefix) == after.charAt(prefix)) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < limit - prefix
                && before.charAt(before.length() - 1 - suffix) == after.charAt(after.length() - 1 - suffix)) {
            suffix++;
        }
        return new TextEdit(prefix, before.length() - suffix, after.substring(prefix, after.length() - suffix), kind);
    }

    @Override
    public String toString() {
        String shown = replacement.length() > 60 ? replacement.substring(0, 60) + "…(" + replacement.length() + " chars)" : replacement;
        return kind + " [" + start + "," + end + ") -> " + Escapes.visible(shown);
    }
}
