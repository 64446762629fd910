package dev.neam.parser.diagnostic;

import java.util.Locale;

/** How serious a finding is; the names are the ones LSP and the lint JSON use. */
public enum Severity {
    ERROR, WARNING, INFORMATION, HINT;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean atLeast(Severity other) {
        return ordinal() <= other.ordinal();
    }
}
