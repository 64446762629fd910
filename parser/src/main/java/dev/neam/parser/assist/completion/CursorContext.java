package dev.neam.parser.assist.completion;

import dev.neam.parser.language.BlockSpec;
import dev.neam.parser.language.KindSpec;
import dev.neam.parser.language.PropertySpec;
import dev.neam.parser.text.Range;
import java.util.Set;

/** Where the cursor stands, as far as completion cares; {@code range} is the text a proposal replaces. */
sealed interface CursorContext {
    Range range();

    /** Inside a comment, a number, a name being declared: nothing to propose. */
    record Nothing(Range range) implements CursorContext {
    }

    /** Where a statement or declaration may start; {@code topLevel} outside every block. */
    record Statement(Range range, boolean topLevel) implements CursorContext {
    }

    /** The second word of a multi-word header ({@code claw ag|}); {@code range} starts at the first word. */
    record HeaderContinuation(Range range, String firstWord) implements CursorContext {
    }

    /** Where an expression is expected: names in scope, built-ins, literal keywords. */
    record Expression(Range range) implements CursorContext {
    }

    /** In the module path of an {@code import}; {@code segments} are the ones typed before the word. */
    record ModulePath(Range range, java.util.List<String> segments) implements CursorContext {
    }

    /** After {@code receiver.}. */
    record Member(Range range, String receiver) implements CursorContext {
    }

    /**
     * Where a key of a declaration body or nested block may be written.
     *
     * @param kind    the declaration kind when this is its body (its handlers are proposed too), else null
     * @param present the keys already written in this block, before and after the cursor
     */
    record Key(Range range, BlockSpec block, KindSpec kind, Set<String> present) implements CursorContext {
    }

    /**
     * After {@code key:} ({@code inList} false) or inside its list after {@code [} or {@code ,};
     * {@code taken} are the names already in that list; {@code spaceBefore} when the cursor touches the
     * colon ({@code key:|}), so the value is inserted after a space.
     */
    record Value(Range range, PropertySpec property, boolean inList, Set<String> taken, boolean spaceBefore)
            implements CursorContext {
    }

    /** Inside the string value of a property; {@code range} is the content, {@code typed} what precedes the cursor. */
    record StringValue(Range range, PropertySpec property, String typed) implements CursorContext {
    }
}
