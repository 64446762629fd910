package dev.neam.parser.inlay;

import dev.neam.parser.text.Position;

/**
 * A piece of text an editor shows inside the code without it being there.
 *
 * @param at      where it is shown
 * @param label   what is shown ({@code "name:"}, {@code "max_turns: 10"})
 * @param kind    a parameter name at a call, or the default of a key left out
 * @param tooltip more about it (may be empty)
 */
public record Hint(Position at, String label, Kind kind, String tooltip) {
    public enum Kind { PARAMETER, DEFAULT }
}
