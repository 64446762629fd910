package dev.neam.parser.language;

import java.util.List;
import java.util.Optional;

/**
 * A built-in namespace code may use without an import ({@code json.parse(s)}, {@code std.text.string}):
 * its documented functions in {@code members}. Members it does not list are not reported: the list
 * documents, it does not restrict.
 */
public record NamespaceSpec(String name, String doc, List<BuiltinSpec> members) {
    public NamespaceSpec {
        members = List.copyOf(members);
    }

    public Optional<BuiltinSpec> member(String memberName) {
        return members.stream().filter(m -> m.name().equals(memberName)).findFirst();
    }

    /** {@code json.parse(text)}. */
    public String signature(BuiltinSpec member) {
        return name + "." + member.signature();
    }
}
