package dev.neam.parser.semantic.properties;

import dev.neam.parser.ast.Value;
import dev.neam.parser.diagnostic.Diagnostic;
import dev.neam.parser.diagnostic.DiagnosticCode;
import dev.neam.parser.diagnostic.RelatedInformation;
import dev.neam.parser.semantic.FileCheck;
import dev.neam.parser.semantic.FileContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The same name in two lists that exclude each other, such as a policy's {@code allow} and {@code deny}. */
public final class ConflictingEntriesCheck implements FileCheck {

    @Override
    public void check(FileContext context) {
        for (BlockVisit visit : FileDeclarations.of(context).blocks()) {
            for (List<String> group : visit.spec().disjoint()) {
                Map<String, Value> seen = new LinkedHashMap<>();
                Map<String, String> seenIn = new LinkedHashMap<>();
                for (String key : group) {
                    Optional<List<Value>> items = visit.value(key).flatMap(Values::listItems);
                    for (Value item : items.orElse(List.of())) {
                        Optional<String> name = Values.referenceText(item);
                        if (name.isEmpty()) {
                            continue;
                        }
                        Value earlier = seen.get(name.get());
                        if (earlier != null && !seenIn.get(name.get()).equals(key)) {
                            String other = seenIn.get(name.get());
                            context.report(Diagnostic.of(DiagnosticCode.CONFLICTING_ENTRIES, item.range(),
                                            "'" + name.get() + "' is in both '" + other + "' and '" + key + "' of "
                                                    + visit.where() + "; keep it in one of them")
                                    .withRelated(new RelatedInformation(null, earlier.range(),
                                            "'" + name.get() + "' in '" + other + "'"))
                                    .withData("fix", "remove"));
                        } else if (earlier == null) {
                            seen.put(name.get(), item);
                            seenIn.put(name.get(), key);
                        }
                    }
                }
            }
        }
    }
}
