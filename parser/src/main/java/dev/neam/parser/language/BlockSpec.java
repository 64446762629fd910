package dev.neam.parser.language;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The keys of a declaration body or of a nested block and the rules over them.
 *
 * @param unknownKeysNote why unknown keys are flagged, appended to the message (may be empty)
 * @param anyKey          the value rule of keys not listed (blocks with free-form keys such as {@code budget}), or null
 * @param requiredKeys    keys that must be present
 * @param exactlyOneOf    groups of keys of which exactly one must be present
 * @param disjoint        groups of list keys that must not name the same entry
 */
public record BlockSpec(Map<String, PropertySpec> properties, UnknownKeys unknownKeys, String unknownKeysNote,
                        PropertySpec anyKey, List<String> requiredKeys, List<List<String>> exactlyOneOf,
                        List<List<String>> disjoint) {

    public static final BlockSpec EMPTY_OPEN = new BlockSpec(Map.of(), UnknownKeys.ALLOW, "", null, List.of(), List.of(),
            List.of());

    public BlockSpec {
        properties = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(properties));
        requiredKeys = List.copyOf(requiredKeys);
        exactlyOneOf = exactlyOneOf.stream().map(List::copyOf).toList();
        disjoint = disjoint.stream().map(List::copyOf).toList();
    }

    public Optional<PropertySpec> property(String key) {
        return Optional.ofNullable(properties.get(key));
    }

    /** The rule for {@code key}: its own spec, else the free-form rule, else empty. */
    public Optional<PropertySpec> ruleFor(String key) {
        PropertySpec own = properties.get(key);
        return own != null ? Optional.of(own) : Optional.ofNullable(anyKey);
    }

    public Collection<PropertySpec> all() {
        return properties.values();
    }

    /** The property whose common misspellings include {@code key}, if any. */
    public Optional<PropertySpec> correctionFor(String key) {
        return properties.values().stream().filter(p -> p.mistakes().contains(key)).findFirst();
    }

    public List<String> keys() {
        return new ArrayList<>(properties.keySet());
    }
}
