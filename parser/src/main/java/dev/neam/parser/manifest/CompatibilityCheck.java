package dev.neam.parser.manifest;

import dev.neam.parser.diagnostic.Diagnostic;
import dev.neam.parser.diagnostic.DiagnosticCode;

/**
 * Valid TOML that neamc's line-based readers misread (spec section 1): comments after values and
 * headers (S3), multi-line arrays and literal or multi-line strings (S4), and headers with spaces
 * or quotes inside the brackets.
 */
final class CompatibilityCheck implements ManifestCheck {

    @Override
    public void check(ManifestContext context) {
        for (TomlHeader header : context.document().headers()) {
            if (header.comment() != null) {
                context.report(DiagnosticCode.TOML_TRAILING_COMMENT, header.comment(), "neamc does not recognise '"
                        + header.display() + "' when a comment follows it: the keys below it are read into the previous section; "
                        + "put the comment on its own line");
            }
            if (header.spaced() || header.quoted()) {
                context.report(Diagnostic.of(DiagnosticCode.TOML_HEADER_SPELLING, header.range(), "neamc matches section names "
                        + "exactly: write " + header.display() + " without spaces or quotes inside the brackets")
                        .withData("fix", "replace").withData("replacement", header.display()));
            }
        }
        for (TomlEntry entry : context.document().entries()) {
            if (context.usable(entry) == null) {
                continue;
            }
            TomlValue value = entry.value();
            if (entry.comment() != null && misreadWithComment(value)) {
                context.report(DiagnosticCode.TOML_TRAILING_COMMENT, entry.comment(), "neamc reads the comment as part of the "
                        + "value of '" + entry.name() + "'; put the comment on its own line");
            }
            misread(context, entry, value);
        }
    }

    /** neamc's integer and float readers stop at the comment; its string, boolean and array readers do not. */
    private static boolean misreadWithComment(TomlValue value) {
        return value.kind() != TomlValue.Kind.INTEGER && value.kind() != TomlValue.Kind.FLOAT;
    }

    private static void misread(ManifestContext context, TomlEntry entry, TomlValue value) {
        switch (value.kind()) {
            case ARRAY -> {
                if (value.multiline()) {
                    context.report(Diagnostic.of(DiagnosticCode.TOML_MISREAD_VALUE, value.range(), "neamc reads only one-line "
                            + "arrays: this multi-line array of '" + entry.name() + "' becomes []; write it on one line")
                            .withData("fix", "join-lines"));
                }
                for (TomlValue element : value.elements()) {
                    literal(context, entry, element);
                }
            }
            case LITERAL_STRING -> literal(context, entry, value);
            case MULTILINE_BASIC_STRING, MULTILINE_LITERAL_STRING -> context.report(DiagnosticCode.TOML_MISREAD_VALUE,
                    value.range(), "neamc reads values line by line and does not understand multi-line strings: '" + entry.name()
                            + "' would not get this text; write it on one line with \\n escapes");
            case INLINE_TABLE -> value.entries().forEach(pair -> {
                if (pair.value().kind() == TomlValue.Kind.LITERAL_STRING) {
                    literal(context, pair, pair.value());
                }
            });
            default -> {
            }
        }
    }

    private static void literal(ManifestContext context, TomlEntry entry, TomlValue value) {
        if (value.kind() != TomlValue.Kind.LITERAL_STRING) {
            return;
        }
        String text = value.asString();
        Diagnostic d = Diagnostic.of(DiagnosticCode.TOML_MISREAD_VALUE, value.range(), "neamc keeps the single quotes of "
                + "literal strings as part of the value of '" + entry.name() + "'; use double quotes");
        if (text != null && text.indexOf('"') < 0 && text.indexOf('\\') < 0) {
            d = d.withData("fix", "replace").withData("replacement", "\"" + text + "\"");
        }
        context.report(d);
    }
}
