package dev.neam.parser.semantic.properties;

import dev.neam.parser.ast.Member;
import dev.neam.parser.ast.Value;
import dev.neam.parser.language.PropertySpec;
import dev.neam.parser.language.ValueType;
import dev.neam.parser.semantic.FileCheck;
import dev.neam.parser.semantic.FileContext;
import dev.neam.parser.semantic.references.NamedDeclarations;
import java.util.Optional;

/**
 * A string key that names a declaration ({@code targets} on a string-typed key in the vocabulary:
 * the {@code server} of an extern skill's {@code mcp { … }} binding names an {@code mcp_server}).
 * neamc keeps the string and looks it up only when the tool is called, so a typo fails at run time.
 */
public final class NamedByStringCheck implements FileCheck {

    @Override
    public void check(FileContext context) {
        for (BlockVisit visit : FileDeclarations.of(context).blocks()) {
            for (Member member : visit.members()) {
                Optional<PropertySpec> rule = member.key() == null ? Optional.empty()
                        : visit.spec().property(member.key().text())
                                .filter(p -> p.type() == ValueType.STRING && !p.targets().isEmpty());
                Optional<Value> value = BlockVisit.valueOf(member);
                if (rule.isEmpty() || !visit.checks(rule.get()) || value.isEmpty()) {
                    continue;
                }
                Optional<String> name = Values.stringContent(value.get()).filter(s -> !s.isBlank());
                name.ifPresent(n -> NamedDeclarations.check(context, n, Values.unwrap(value.get()).range(),
                        rule.get().targets().get(0), member.key().text()));
            }
        }
    }
}
