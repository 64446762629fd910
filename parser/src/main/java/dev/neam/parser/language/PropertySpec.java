package dev.neam.parser.language;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One key of a declaration body or nested block, as the data describes it.
 *
 * @param targets     for reference types: the kind names ({@code "skill"}, {@code "extern skill"}) it may name
 * @param values      for {@code enum}: the allowed values
 * @param strictEnum  whether a value outside {@code values} is an error (else a warning: the spec is unsure of the list)
 * @param min         smallest allowed number (inclusive), or null
 * @param max         largest allowed number (inclusive), or null
 * @param integer     whether the number must be whole
 * @param nonEmpty    whether a list or map must have at least one entry
 * @param lessThan    key of a sibling number this one must be smaller than
 * @param dialects    dialects that have this key; empty means "as its kind"
 * @param status      ignored, deprecated or reserved keys
 * @param mistakes    common misspellings that should suggest this key
 * @param block       for block, block_list, block_map and handoff_list: the keys of the nested block(s)
 * @param tags        for binding: the allowed tags and their blocks
 * @param arity       for function: how many parameters the function must take, or null
 * @param enforced    checked even in an advisory (untyped blob) kind — a conformance rule
 * @param path        the value names a file or folder that must exist (relative to the file or the project root)
 * @param boundAtDeclaration for function: neamc looks the named function up when the declaration runs, so it
 *                    must be declared earlier in the file
 * @param activeWhen  the key has an effect only when a sibling key has one of some values, or null
 * @param inlayDefault whether editors show {@code defaultValue} as a hint when the key is left out
 *                     (for the few settings whose silent default changes behaviour, e.g. a turn limit)
 * @param bareValues  for {@code enum}: the spec writes the values as bare names ({@code tracing: enabled}), not strings
 * @param stringAccepted for a reference: a string is valid too and names something outside the program (dialect
 *                    A's {@code memory: "store_name"} names a memory store); only the bare name is checked
 */
public record PropertySpec(String key, ValueType type, List<String> targets, List<String> values, boolean strictEnum,
                           Double min, Double max, boolean integer, boolean nonEmpty, String lessThan,
                           String defaultValue, Set<Dialect> dialects, PropertyStatus status, List<String> mistakes,
                           BlockSpec block, List<BindingTag> tags, Integer arity, boolean enforced, String doc,
                           boolean path, boolean boundAtDeclaration, ActiveWhen activeWhen, boolean inlayDefault, boolean bareValues,
                           boolean stringAccepted) {

    public PropertySpec {
        targets = List.copyOf(targets);
        values = List.copyOf(values);
        dialects = Set.copyOf(dialects);
        mistakes = List.copyOf(mistakes);
        tags = List.copyOf(tags);
    }

    /** Whether the value names a file or folder (the {@code "path": true} flag of the data). */
    public boolean isPath() {
        return path;
    }

    public Optional<BindingTag> tag(String name) {
        return tags.stream().filter(t -> t.tag().equals(name)).findFirst();
    }

    /** The dialects that have this key inside a kind of {@code kindDialects}. */
    public Set<Dialect> effectiveDialects(Set<Dialect> kindDialects) {
        return dialects.isEmpty() ? kindDialects : dialects;
    }

    /** "a list of skill or extern skill names" — the expected shape, with the target kinds when known. */
    public String expectation() {
        String names = alternatives(targets);
        return switch (type) {
            case REFERENCE -> targets.isEmpty() ? type.description() : "the name of " + article(names) + " declaration";
            case REFERENCE_LIST -> targets.isEmpty() ? type.description() : "a list of " + names + " names";
            case ENUM -> "one of " + String.join(", ", values);
            default -> type.description();
        };
    }

    /** "skill, extern skill or tool". */
    public static String alternatives(List<String> words) {
        if (words.size() <= 1) {
            return String.join("", words);
        }
        return String.join(", ", words.subList(0, words.size() - 1)) + " or " + words.get(words.size() - 1);
    }

    /** "an agent", "a skill". */
    public static String article(String noun) {
        char first = noun.chars().filter(Character::isLetter).mapToObj(c -> (char) c).findFirst().orElse('x');
        return ("aeiou".indexOf(Character.toLowerCase(first)) >= 0 ? "an " : "a ") + noun;
    }
}
