package dev.neam.parser.semantic.properties;

import dev.neam.parser.ast.Member;
import dev.neam.parser.diagnostic.Diagnostic;
import dev.neam.parser.diagnostic.DiagnosticCode;
import dev.neam.parser.language.PropertySpec;
import dev.neam.parser.semantic.FileCheck;
import dev.neam.parser.semantic.FileContext;
import java.util.Optional;

/**
 * Keys that do not do what they say: parsed and thrown away ({@code max_daily_*}), deprecated and
 * ignored ({@code mode} on claw agents), or reserved by the lexer with no meaning ({@code inner_model}).
 */
public final class PropertyStatusCheck implements FileCheck {

    @Override
    public void check(FileContext context) {
        for (BlockVisit visit : FileDeclarations.of(context).blocks()) {
            for (Member member : visit.members()) {
                if (member.key() == null || member instanceof Member.Handler) {
                    continue;
                }
                Optional<PropertySpec> spec = visit.spec().property(member.key().text());
                if (spec.isEmpty()) {
                    continue;
                }
                String key = "'" + spec.get().key() + "'";
                Diagnostic finding = switch (spec.get().status()) {
                    case NORMAL -> null;
                    case IGNORED -> Diagnostic.of(DiagnosticCode.IGNORED_PROPERTY, member.key().range(), key
                            + " has no effect: neamc parses it and throws it away; limit cost and tokens with a budget"
                            + " declaration (budget: Name) instead");
                    case DEPRECATED -> Diagnostic.of(DiagnosticCode.DEPRECATED_PROPERTY, member.key().range(), key
                            + " is deprecated on " + visit.where() + " and ignored by neamc; remove it");
                    case RESERVED -> Diagnostic.of(DiagnosticCode.RESERVED_PROPERTY, member.key().range(), key
                            + " is reserved by neamc but has no meaning, so neamc rejects it; remove it");
                };
                if (finding != null) {
                    context.report(finding.withData("fix", "remove"));
                }
            }
        }
    }
}
