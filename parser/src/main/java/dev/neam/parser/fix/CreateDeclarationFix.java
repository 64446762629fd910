package dev.neam.parser.fix;

import dev.neam.parser.language.KindSpec;
import dev.neam.parser.language.Placeholders;
import dev.neam.parser.language.PropertySpec;
import dev.neam.parser.syntax.Names;
import dev.neam.parser.text.SourceText;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A reference to a declaration that does not exist ({@code kind} in the data: what the property
 * expects): appends a stub of that kind, named as referenced, at the end of the file, with the
 * kind's required keys and placeholder values from the vocabulary.
 */
final class CreateDeclarationFix implements FixFamily {

    @Override
    public List<Fix> fixes(FixContext context) {
        Optional<String> kindName = context.data("kind");
        String name = context.text().slice(context.range());
        if (!context.isNeam() || kindName.isEmpty() || !Names.isIdentifier(name)) {
            return List.of();
        }
        Optional<KindSpec> kind = context.vocabulary().kind(Arrays.asList(kindName.get().split(" ")));
        if (kind.isEmpty()) {
            return List.of();
        }
        String stub = stub(kind.get(), name, context);
        SourceText text = context.text();
        String nl = Layout.newline(text);
        String s = text.text();
        String lead = s.isEmpty() ? "" : s.endsWith(nl + nl) || s.endsWith("\n\n") ? "" : s.endsWith("\n") ? nl : nl + nl;
        return List.of(new Fix("create-declaration", "Create " + kind.get().name() + " '" + name + "'",
                List.of(TextEdit.insert(text.positionAt(text.length()), lead + stub)), false));
    }

    private static String stub(KindSpec kind, String name, FixContext context) {
        String nl = Layout.newline(context.text());
        if (kind.isBindingForm()) {
            return kind.name() + " " + name + " = " + Placeholders.of(kind.binding().value(), context.vocabulary()) + ";" + nl;
        }
        StringBuilder out = new StringBuilder(kind.name()).append(' ').append(name).append(" {").append(nl);
        String unit = Layout.indentUnit(context.text());
        for (String key : kind.body().requiredKeys()) {
            Optional<PropertySpec> spec = kind.property(key);
            spec.ifPresent(p -> out.append(unit).append(key).append(": ")
                    .append(Placeholders.of(p, context.vocabulary())).append(nl));
        }
        return out.append('}').append(nl).toString();
    }
}
