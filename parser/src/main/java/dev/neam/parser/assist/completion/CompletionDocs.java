package dev.neam.parser.assist.completion;

import dev.neam.parser.language.PropertySpec;
import dev.neam.parser.language.ProviderSpec;
import java.util.stream.Collectors;

/** The Markdown shown beside a proposal, from the vocabulary's docs. */
final class CompletionDocs {
    private CompletionDocs() {
    }

    /** A key's doc, its default and its allowed values. */
    static String property(PropertySpec p) {
        StringBuilder out = new StringBuilder(p.doc());
        out.append("\n\nExpects ").append(p.expectation()).append('.');
        if (p.defaultValue() != null && !p.defaultValue().isEmpty()) {
            out.append("\n\nDefault: `").append(p.defaultValue()).append('`');
        }
        if (!p.values().isEmpty()) {
            out.append("\n\nAllowed values: ").append(p.values().stream()
                    .map(v -> "`" + (p.bareValues() ? v : "\"" + v + "\"") + "`").collect(Collectors.joining(", ")));
        }
        return out.toString().strip();
    }

    static String provider(ProviderSpec p) {
        StringBuilder out = new StringBuilder(p.doc());
        if (!p.credentials().isEmpty()) {
            out.append("\n\nCredentials: ").append(p.credentials().stream().map(c -> "`" + c + "`")
                    .collect(Collectors.joining(", ")));
        }
        return out.toString();
    }
}
