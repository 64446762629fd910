package dev.neam.parser.semantic.properties;

import dev.neam.parser.ast.Member;
import dev.neam.parser.diagnostic.Diagnostic;
import dev.neam.parser.diagnostic.DiagnosticCode;
import dev.neam.parser.diagnostic.Severity;
import dev.neam.parser.language.BlockSpec;
import dev.neam.parser.language.HandlerSpec;
import dev.neam.parser.language.KindSpec;
import dev.neam.parser.language.PropertySpec;
import dev.neam.parser.language.RejectedKey;
import dev.neam.parser.language.Suggestions;
import dev.neam.parser.language.UnknownKeys;
import dev.neam.parser.semantic.FileCheck;
import dev.neam.parser.semantic.FileContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Keys and handlers a block does not have: unknown keys (with a did-you-mean, including known
 * misspellings such as {@code guardchains:} for {@code guards:}), keys neamc rejects because they
 * belong to another kind (with its explanation), and handlers on kinds that take none.
 */
public final class PropertyKeyCheck implements FileCheck {

    @Override
    public void check(FileContext context) {
        for (BlockVisit visit : FileDeclarations.of(context).blocks()) {
            for (Member member : visit.members()) {
                if (member.key() == null) {
                    continue;
                }
                if (member instanceof Member.Handler) {
                    checkHandler(context, visit, member);
                } else {
                    checkKey(context, visit, member);
                }
            }
        }
    }

    private static void checkKey(FileContext context, BlockVisit visit, Member member) {
        String key = member.key().text();
        BlockSpec spec = visit.spec();
        KindSpec kind = visit.owner().kind();
        if (spec.property(key).isPresent()) {
            return;
        }
        if (visit.top()) {
            Optional<RejectedKey> rejected = kind.rejection(key);
            if (rejected.isPresent()) {
                context.report(Diagnostic.of(DiagnosticCode.MISPLACED_PROPERTY, member.key().range(),
                        rejected.get().message()).withData("fix", "remove"));
                return;
            }
        }
        if (spec.anyKey() != null || spec.unknownKeys() == UnknownKeys.ALLOW) {
            return;
        }
        List<String> candidates = new ArrayList<>(spec.keys());
        if (visit.top()) {
            kind.handlers().forEach(h -> candidates.add(h.name()));
        }
        Optional<String> suggestion = spec.correctionFor(key).map(PropertySpec::key)
                .or(() -> Suggestions.closest(key, candidates));
        String message = "'" + key + "' is not a property of " + visit.where()
                + suggestion.map(s -> "; did you mean '" + s + "'?").orElse("; remove it or check the spelling");
        Diagnostic d = spec.unknownKeys() == UnknownKeys.WARNING
                ? Diagnostic.of(DiagnosticCode.UNKNOWN_PROPERTY, member.key().range(),
                        message + (spec.unknownKeysNote().isEmpty() ? "" : " (" + spec.unknownKeysNote() + ")"))
                        .withSeverity(Severity.WARNING)
                : Diagnostic.of(DiagnosticCode.UNKNOWN_PROPERTY, member.key().range(), message);
        context.report(suggestion.map(s -> fix(d, "replace", s)).orElse(fix(d, "remove", null)));
    }

    private static void checkHandler(FileContext context, BlockVisit visit, Member member) {
        String key = member.key().text();
        KindSpec kind = visit.owner().kind();
        if (visit.top() && kind.handler(key).isPresent() || visit.spec().unknownKeys() == UnknownKeys.ALLOW) {
            return;
        }
        List<String> handlers = visit.top() ? kind.handlers().stream().map(HandlerSpec::name).toList() : List.of();
        String message;
        Optional<String> suggestion = Suggestions.closest(key, handlers);
        if (handlers.isEmpty()) {
            message = "'" + key + "(…) { … }' is not allowed in " + visit.where() + ": it takes no handlers";
        } else {
            message = "'" + key + "' is not a handler of " + visit.where()
                    + suggestion.map(s -> "; did you mean '" + s + "'?")
                    .orElse("; its handlers are " + String.join(", ", handlers));
        }
        Diagnostic found = Diagnostic.of(DiagnosticCode.UNKNOWN_PROPERTY, member.key().range(), message);
        Diagnostic d = visit.spec().unknownKeys() == UnknownKeys.WARNING ? found.withSeverity(Severity.WARNING) : found;
        context.report(suggestion.map(s -> fix(d, "replace", s)).orElse(d));
    }

    private static Diagnostic fix(Diagnostic d, String fix, String with) {
        Diagnostic out = d.withData("fix", fix);
        return with == null ? out : out.withData("with", with);
    }
}
