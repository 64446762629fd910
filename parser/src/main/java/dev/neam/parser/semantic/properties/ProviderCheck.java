package dev.neam.parser.semantic.properties;

import dev.neam.parser.ast.Member;
import dev.neam.parser.ast.Value;
import dev.neam.parser.diagnostic.Diagnostic;
import dev.neam.parser.diagnostic.DiagnosticCode;
import dev.neam.parser.language.PropertySpec;
import dev.neam.parser.language.ProviderSpec;
import dev.neam.parser.language.Suggestions;
import dev.neam.parser.language.ValueType;
import dev.neam.parser.language.Vocabulary;
import dev.neam.parser.semantic.FileCheck;
import dev.neam.parser.semantic.FileContext;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code provider: "…"}: a name neamc's provider factory knows (else it fails at run time), and
 * whether the credentials it reads are set in the environment of the analysis (information only:
 * the program may well run elsewhere). The environment comes from the analysis options; without one
 * (lint, and the editor unless asked) credentials are not checked.
 */
public final class ProviderCheck implements FileCheck {

    @Override
    public void check(FileContext context) {
        Vocabulary vocabulary = FileDeclarations.of(context).vocabulary();
        Map<String, String> environment = context.options().environment();
        for (BlockVisit visit : FileDeclarations.of(context).blocks()) {
            for (Member member : visit.members()) {
                Optional<PropertySpec> rule = member.key() == null ? Optional.empty()
                        : visit.spec().property(member.key().text());
                if (rule.isEmpty() || rule.get().type() != ValueType.PROVIDER) {
                    continue;
                }
                Optional<Value> value = BlockVisit.valueOf(member).map(Values::unwrap);
                Optional<String> name = value.flatMap(Values::stringContent);
                if (name.isEmpty()) {
                    continue;
                }
                Optional<ProviderSpec> provider = vocabulary.provider(name.get());
                if (provider.isEmpty()) {
                    context.report(unknown(vocabulary, name.get(), value.get()));
                } else if (environment != null) {
                    credentials(context, visit, provider.get(), value.get(), environment);
                }
            }
        }
    }

    private static Diagnostic unknown(Vocabulary vocabulary, String name, Value value) {
        List<String> known = vocabulary.providers().stream().map(ProviderSpec::name).toList();
        Optional<String> suggestion = Suggestions.closest(name, known);
        Diagnostic d = Diagnostic.of(DiagnosticCode.UNKNOWN_PROVIDER, value.range(), "unknown provider '" + name
                + "'; " + suggestion.map(s -> "did you mean '" + s + "'? ").orElse("")
                + "neamc fails at run time with \"Unknown LLM provider\" (known: " + String.join(", ", known) + ")");
        return suggestion.map(s -> d.withData("fix", "replace").withData("with", "\"" + s + "\"")).orElse(d);
    }

    private static void credentials(FileContext context, BlockVisit visit, ProviderSpec provider, Value at,
                                    Map<String, String> environment) {
        Optional<Value> keyVariable = visit.value("api_key_env").map(Values::unwrap);
        Optional<String> custom = keyVariable.flatMap(Values::stringContent);
        if (custom.isPresent()) {
            String variable = custom.get();
            if (environment.getOrDefault(variable, "").isBlank()) {
                context.report(Diagnostic.of(DiagnosticCode.PROVIDER_CREDENTIALS_MISSING, keyVariable.get().range(),
                                variable + " (api_key_env) is not set in this environment; " + visit.where()
                                        + " cannot authenticate with " + provider.name() + " when run here")
                        .withData("variables", variable));
            }
            return;
        }
        List<String> missing = provider.missingCredentials(environment);
        if (missing.isEmpty()) {
            return;
        }
        String names = String.join(" and ", missing);
        context.report(Diagnostic.of(DiagnosticCode.PROVIDER_CREDENTIALS_MISSING, at.range(),
                        names + (missing.size() == 1 ? " is" : " are") + " not set in this environment; "
                                + visit.where() + " cannot authenticate with " + provider.name() + " when run here")
                .withData("variables", String.join(",", missing)));
    }
}
