package dev.neam.parser.manifest;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The data checks of one key as JSON Schema keywords, combined the way {@link ValueChecks} applies
 * them: the value must pass every check. Bounds tighten (the larger minimum, the smaller maximum),
 * allowed values intersect, and discouraged ones are excluded. An empty string passes format and
 * allowed-value checks in lint (it means "the default"), so it passes here too.
 */
final class ValueConstraints {
    private Double minimum;
    private Double maximum;
    private final List<String> patterns = new ArrayList<>();
    private Integer maxLength;
    private Set<String> allowed;
    private final Set<String> excluded = new LinkedHashSet<>();

    private ValueConstraints() {
    }

    static ValueConstraints of(ManifestSchema schema, List<SchemaCheck> checks) {
        ValueConstraints c = new ValueConstraints();
        for (SchemaCheck check : checks) {
            if (check.min() != null) {
                c.minimum = c.minimum == null ? check.min() : Math.max(c.minimum, check.min());
            }
            if (check.max() != null) {
                c.maximum = c.maximum == null ? check.max() : Math.min(c.maximum, check.max());
            }
            SchemaFormat format = check.format() == null ? null : schema.format(check.format());
            if (format != null) {
                c.patterns.add(format.pattern().pattern());
                if (format.maxLength() != null) {
                    c.maxLength = c.maxLength == null ? format.maxLength() : Math.min(c.maxLength, format.maxLength());
                }
            }
            if (check.oneOf() != null) {
                if (c.allowed == null) {
                    c.allowed = new LinkedHashSet<>(check.oneOf());
                } else {
                    c.allowed.retainAll(check.oneOf());
                }
            }
            if (check.notIn() != null) {
                c.excluded.addAll(check.notIn());
            }
        }
        return c;
    }

    boolean isEmpty() {
        return minimum == null && maximum == null && patterns.isEmpty() && allowed == null && excluded.isEmpty();
    }

    /** Adds the keywords to a key's schema. */
    void addTo(JsonObject key) {
        if (minimum != null) {
            key.add("minimum", number(minimum));
        }
        if (maximum != null) {
            key.add("maximum", number(maximum));
        }
        if (patterns.size() == 1) {
            key.addProperty("pattern", orEmpty(patterns.get(0)));
        } else if (patterns.size() > 1) {
            JsonArray all = new JsonArray();
            for (String p : patterns) {
                JsonObject one = new JsonObject();
                one.addProperty("pattern", orEmpty(p));
                all.add(one);
            }
            key.add("allOf", all);
        }
        if (maxLength != null) {
            key.addProperty("maxLength", maxLength);
        }
        if (allowed != null) {
            JsonArray values = new JsonArray();
            values.add("");
            allowed.stream().filter(v -> !v.isEmpty()).forEach(values::add);
            key.add("enum", values);
        }
        if (!excluded.isEmpty()) {
            JsonArray values = new JsonArray();
            excluded.forEach(values::add);
            JsonObject none = new JsonObject();
            none.add("enum", values);
            key.add("not", none);
        }
    }

    /** The pattern, also matching the empty string. */
    private static String orEmpty(String pattern) {
        return "^$|" + pattern;
    }

    static JsonPrimitive number(double d) {
        return d == Math.rint(d) ? new JsonPrimitive((long) d) : new JsonPrimitive(d);
    }
}
