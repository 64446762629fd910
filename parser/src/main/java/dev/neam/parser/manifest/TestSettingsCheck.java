package dev.neam.parser.manifest;

import dev.neam.parser.diagnostic.DiagnosticCode;
import dev.neam.parser.diagnostic.Severity;
import dev.neam.parser.glob.Glob;

/**
 * [test] patterns that neamc reads differently than they look (R-T1): exclude is a substring match,
 * and include patterns must be able to find files named test_*.neam.
 */
final class TestSettingsCheck implements ManifestCheck {

    @Override
    public void check(ManifestContext context) {
        TomlEntry exclude = context.entry("test", "exclude");
        if (exclude != null && exclude.value().kind() == TomlValue.Kind.ARRAY) {
            for (TomlValue pattern : exclude.value().elements()) {
                String text = pattern.asString();
                if (text != null && (text.contains("*") || text.contains("?"))) {
                    context.report(DiagnosticCode.TOML_TEST_SETTING, Severity.INFORMATION, pattern.range(), "exclude entries are "
                            + "matched as plain substrings, not globs: '" + text + "' only excludes paths containing it literally");
                }
            }
        }
        TomlEntry include = context.entry("test", "include");
        if (include != null && include.value().kind() == TomlValue.Kind.ARRAY) {
            for (TomlValue pattern : include.value().elements()) {
                String text = pattern.asString();
                if (text == null) {
                    continue;
                }
                String last = text.substring(text.lastIndexOf('/') + 1);
                if (!last.isEmpty() && !globOf(last).matches("test_example.neam")) {
                    context.report(DiagnosticCode.TOML_TEST_SETTING, Severity.INFORMATION, pattern.range(), "neamc runs only files "
                            + "named test_*.neam; '" + last + "' cannot match such a file");
                }
            }
        }
    }

    /** {@code *} any run, {@code ?} any one character; linear-time (a pattern of many stars cannot stall the check). */
    private static Glob globOf(String glob) {
        Glob.Builder out = Glob.builder();
        for (char c : glob.toCharArray()) {
            switch (c) {
                case '*' -> out.many(Glob.ANY);
                case '?' -> out.one(Glob.ANY);
                default -> out.literal(c);
            }
        }
        return out.build();
    }
}
