package dev.neam.parser.manifest;

import dev.neam.parser.diagnostic.Diagnostic;
import dev.neam.parser.diagnostic.DiagnosticCode;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Secret hygiene (R-X1 to R-X3): secrets belong in the environment or a secret store and are
 * referenced as {@code env://NAME} and the like; a value that is a secret is flagged and never
 * repeated in full.
 */
final class SecretsCheck implements ManifestCheck {

    private static final Pattern UNSUPPORTED_REFERENCE = Pattern.compile("\\$\\{[^}]*}|\\bsecret://");
    private static final Pattern SCRIPT_ASSIGNMENT = Pattern.compile(
            "(?i)\\b([A-Z0-9_]*(?:KEY|TOKEN|SECRET|PASSWORD)[A-Z0-9_]*)=(?!\\$)(\"[^\"]+\"|'[^']+'|\\S+)|(?i)--(?:api-key|token|password)[ =](?!\\$)(\\S+)");

    @Override
    public void check(ManifestContext context) {
        for (ManifestTable table : context.document().tables()) {
            SchemaTable schema = context.schema().table(table.name());
            for (TomlEntry entry : table.entries()) {
                if (context.usable(entry) == null) {
                    continue;
                }
                if (table.name().equals("scripts")) {
                    script(context, entry);
                } else {
                    value(context, schema, entry, entry.value());
                }
            }
        }
    }

    private static void value(ManifestContext context, SchemaTable schema, TomlEntry entry, TomlValue value) {
        switch (value.kind()) {
            case ARRAY -> value.elements().forEach(e -> value(context, schema, entry, e));
            case INLINE_TABLE -> value.entries().forEach(pair -> value(context, null, pair, pair.value()));
            default -> {
                if (value.asString() != null) {
                    string(context, schema, entry, value);
                }
            }
        }
    }

    private static void string(ManifestContext context, SchemaTable schema, TomlEntry entry, TomlValue value) {
        String text = value.asString();
        if (text.isBlank() || Secrets.isReference(text)) {
            return;
        }
        if (UNSUPPORTED_REFERENCE.matcher(text).find()) {
            context.report(DiagnosticCode.TOML_SECRET_SYNTAX, value.range(), "neamc's secrets resolver does not understand ${VAR} "
                    + "or secret://; use one of " + String.join("://, ", Secrets.REFERENCE_SCHEMES) + "://, e.g. env://NAME");
            return;
        }
        SchemaKey key = schema == null || schema.isMap() ? null : schema.key(entry.name());
        boolean secretKey = key != null ? key.secret() : Secrets.isSecretName(entry.name());
        boolean credential = Secrets.looksLikeCredential(text);
        if (!secretKey && !credential) {
            return;
        }
        if (secretKey && !credential && !Secrets.looksRandom(text) && key == null) {
            return; // an unknown key named like a secret holding an ordinary word: not worth an error
        }
        String provider = context.string("llm", "provider");
        if (provider == null) {
            provider = (String) context.defaultOf("llm", "provider");
        }
        String name = Secrets.environmentName(entry.name(), entry.tableName().equals("llm") ? provider : null);
        String message = secretKey
                ? "'" + entry.name() + "' must hold a secret reference such as env://" + name + ", not the secret itself ("
                        + Secrets.mask(text) + "); move the secret into the environment or a secret store"
                : "'" + entry.name() + "' holds what looks like a credential (" + Secrets.mask(text)
                        + "); move it into the environment or a secret store and write a reference such as env://" + name;
        context.report(Diagnostic.of(DiagnosticCode.TOML_INLINE_SECRET, value.range(), message)
                .withData("fix", "replace").withData("replacement", "\"env://" + name + "\""));
    }

    private static void script(ManifestContext context, TomlEntry entry) {
        String command = entry.value().asString();
        if (command == null) {
            return;
        }
        Matcher m = SCRIPT_ASSIGNMENT.matcher(command);
        String secret = null;
        while (m.find() && secret == null) {
            String candidate = m.group(2) != null ? m.group(2) : m.group(3);
            String bare = candidate.replaceAll("^[\"']|[\"']$", "");
            if (!bare.startsWith("$") && bare.length() >= 8) {
                secret = bare;
            }
        }
        if (secret == null && Secrets.looksLikeCredential(command)) {
            secret = command;
        }
        if (secret != null) {
            context.report(DiagnosticCode.TOML_SCRIPT_SECRET, entry.value().range(), "script '" + entry.name()
                    + "' contains a literal credential (" + Secrets.mask(secret) + "); read it from an environment variable instead");
        }
    }
}
