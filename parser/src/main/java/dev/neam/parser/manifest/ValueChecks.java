package dev.neam.parser.manifest;

import dev.neam.parser.diagnostic.Diagnostic;
import java.util.List;
import java.util.Locale;

/**
 * Applies the data-described checks of a key (range, format, allowed and discouraged values) to a
 * value of the right type. Every message names the key and the value (secret keys excepted).
 */
final class ValueChecks {
    private ValueChecks() {
    }

    static void apply(ManifestContext context, TomlEntry entry, SchemaKey key) {
        TomlValue value = entry.value();
        for (SchemaCheck check : key.checks()) {
            if (!check.appliesTo(context.document())) {
                continue;
            }
            String problem = problem(context, check, entry.name(), value);
            if (problem != null) {
                String message = check.message() != null ? fill(check, entry, value) : problem;
                context.report(new Diagnostic(check.code(), check.effectiveSeverity(), message, value.range(), List.of(),
                        java.util.Map.of()));
                return; // the first failing check says enough: checks are ordered from hard errors to advice
            }
        }
    }

    /** Why the value fails the check (the default message), or null when it passes. */
    private static String problem(ManifestContext context, SchemaCheck check, String key, TomlValue value) {
        String name = "'" + value.raw() + "'";
        if (check.min() != null || check.max() != null) {
            Double n = value.asNumber();
            if (n == null) {
                return null;
            }
            boolean low = check.min() != null && n < check.min();
            boolean high = check.max() != null && n > check.max();
            if (!low && !high) {
                return null;
            }
            if (check.min() != null && check.max() != null) {
                return "'" + key + "' must be between " + number(check.min()) + " and " + number(check.max()) + ", not " + value.raw();
            }
            return low ? "'" + key + "' must be at least " + number(check.min()) + ", not " + value.raw()
                    : "'" + key + "' must be at most " + number(check.max()) + ", not " + value.raw();
        }
        String text = value.isString() ? value.asString() : null; // an inline table of a string|table key is no string
        if (text == null) {
            return null;
        }
        if (check.format() != null) {
            SchemaFormat format = context.schema().format(check.format());
            if (format == null || text.isEmpty() || format.accepts(text)) {
                return null;
            }
            return "'" + text + "' is not " + format.description();
        }
        if (check.oneOf() != null) {
            return text.isEmpty() || check.oneOf().contains(text) ? null
                    : "'" + text + "' is not one of " + String.join(", ", check.oneOf());
        }
        if (check.notIn() != null) {
            return check.notIn().contains(text) ? name + " is discouraged" : null;
        }
        return null;
    }

    private static String fill(SchemaCheck check, TomlEntry entry, TomlValue value) {
        String shown = value.asString() != null ? value.asString() : value.raw();
        return check.message()
                .replace("{key}", entry.name())
                .replace("{value}", shown)
                .replace("{min}", check.min() == null ? "" : number(check.min()))
                .replace("{max}", check.max() == null ? "" : number(check.max()))
                .replace("{allowed}", check.oneOf() == null ? "" : String.join(", ", check.oneOf()))
                .replace("{format}", check.format() == null ? "" : check.format());
    }

    static String number(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? String.valueOf((long) d) : String.format(Locale.ROOT, "%s", d);
    }
}
