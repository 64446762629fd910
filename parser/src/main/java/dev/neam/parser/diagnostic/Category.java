package dev.neam.parser.diagnostic;

import java.util.Locale;

/** Which analysis produced a diagnostic. */
public enum Category {
    SYNTAX, SEMANTIC, MANIFEST, DEPLOY;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
