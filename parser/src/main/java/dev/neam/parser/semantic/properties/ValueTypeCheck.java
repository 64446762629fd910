package dev.neam.parser.semantic.properties;

import dev.neam.parser.ast.Member;
import dev.neam.parser.ast.Value;
import dev.neam.parser.language.PropertySpec;
import dev.neam.parser.semantic.FileCheck;
import dev.neam.parser.semantic.FileContext;
import java.util.Optional;

/**
 * Every property value has the shape its key asks for: a string, a number, a name or a list of
 * names, a block… References are checked for their shape only (an identifier or a list of them):
 * whether the named declaration exists is the reference checks' work.
 */
public final class ValueTypeCheck implements FileCheck {

    @Override
    public void check(FileContext context) {
        ValueShapes shapes = new ValueShapes(context::report);
        for (BlockVisit visit : FileDeclarations.of(context).blocks()) {
            for (Member member : visit.members()) {
                if (member.key() == null || member instanceof Member.Handler) {
                    continue;
                }
                Optional<PropertySpec> rule = visit.spec().ruleFor(member.key().text());
                Optional<Value> value = BlockVisit.valueOf(member);
                if (rule.isPresent() && value.isPresent() && visit.checks(rule.get())) {
                    shapes.check(rule.get(), value.get(), "'" + member.key().text() + "'");
                }
            }
        }
    }
}
