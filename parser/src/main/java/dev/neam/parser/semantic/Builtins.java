package dev.neam.parser.semantic;

import java.util.function.Predicate;

/**
 * Which names exist without a declaration (built-in functions and runtime globals). Until the
 * vocabulary data provides the list, every unknown name is taken as a possible built-in, so the
 * undefined-name check cannot report a correct program.
 */
public final class Builtins {
    private Builtins() {
    }

    public static Predicate<String> standard() {
        return name -> true;
    }
}
