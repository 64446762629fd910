package dev.neam.parser.fix;

import dev.neam.parser.text.Position;
import java.util.List;
import java.util.Optional;

/**
 * neam.toml: a key the check wants set ({@code key}, value {@code replacement}), written on a new
 * line right after the entry the finding marks, in the same table.
 */
final class AddTomlKeyFix implements FixFamily {

    @Override
    public List<Fix> fixes(FixContext context) {
        Optional<String> key = context.data("key");
        Optional<String> value = context.data("replacement");
        if (context.isNeam() || key.isEmpty() || value.isEmpty()) {
            return List.of();
        }
        int line = context.range().end().line();
        Position end = new Position(line, context.text().lineEnd(line) - context.text().lineStart(line));
        String entry = key.get() + " = " + value.get();
        return List.of(new Fix("add-key", "Add " + entry, List.of(TextEdit.insert(end,
                Layout.newline(context.text()) + Layout.indentOf(context.text(), line) + entry)), true));
    }
}
