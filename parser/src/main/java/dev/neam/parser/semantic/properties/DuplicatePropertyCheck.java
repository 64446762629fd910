package dev.neam.parser.semantic.properties;

import dev.neam.parser.ast.Member;
import dev.neam.parser.diagnostic.Diagnostic;
import dev.neam.parser.diagnostic.DiagnosticCode;
import dev.neam.parser.diagnostic.RelatedInformation;
import dev.neam.parser.semantic.FileCheck;
import dev.neam.parser.semantic.FileContext;
import java.util.HashMap;
import java.util.Map;

/**
 * A key written twice in one block. neamc keeps the last value without a word, so the earlier one
 * silently does nothing; a warning (not an error) because the program still compiles.
 */
public final class DuplicatePropertyCheck implements FileCheck {

    @Override
    public void check(FileContext context) {
        for (BlockVisit visit : FileDeclarations.of(context).blocks()) {
            Map<String, Member> first = new HashMap<>();
            for (Member member : visit.members()) {
                if (member.key() == null) {
                    continue;
                }
                String key = member.key().text();
                Member earlier = first.putIfAbsent(key, member);
                if (earlier != null) {
                    int line = earlier.key().range().start().line() + 1;
                    context.report(Diagnostic.of(DiagnosticCode.DUPLICATE_PROPERTY, member.key().range(),
                                    "'" + key + "' is already set on line " + line + " of " + visit.where()
                                            + "; neamc keeps this value and silently drops the earlier one — remove one of them")
                            .withRelated(new RelatedInformation(null, earlier.key().range(), "the earlier '" + key + "'"))
                            .withData("fix", "remove"));
                }
            }
        }
    }
}
