package dev.neam.parser.fix;

import dev.neam.parser.ast.Member;
import dev.neam.parser.text.Position;
import dev.neam.parser.text.SourceText;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Adds a missing key ({@code key} in the data) with a placeholder of its shape ({@code value}), or
 * a missing handler with the parameters {@code params} declares ({@code handler}) and a stub body, at
 * the end of the block the diagnostic is anchored at, laid out like the block: on its own line
 * with the indentation of the other entries in a multi-line block, after a ',' in a one-line block
 * or where the entries are separated by commas.
 */
final class AddPropertyFix implements FixFamily {

    @Override
    public List<Fix> fixes(FixContext context) {
        Optional<String> key = context.data("key");
        Optional<String> value = context.data("value");
        String handler = context.diagnostic().data().get("handler");
        if (!context.isNeam() || key.isEmpty() || value.isEmpty() && handler == null) {
            return List.of();
        }
        String entry = handler != null ? key.get() + "(" + handler + ") { return \"\"; }" : key.get() + ": " + value.get();
        return Nodes.blockAt(context.tree(), context.range())
                .flatMap(block -> insert(context.text(), block, entry))
                .map(edits -> List.of(new Fix("add", "Add '" + entry + "'", edits, true)))
                .orElse(List.of());
    }

    static Optional<List<TextEdit>> insert(SourceText text, Nodes.Block block, String entry) {
        String s = text.text();
        int close = text.offsetAt(block.braces().end()) - 1;
        int open = text.offsetAt(block.braces().start());
        if (close <= open || s.charAt(close) != '}' || s.charAt(open) != '{') {
            return Optional.empty(); // an unclosed block: no safe place to write
        }
        Position closeAt = text.positionAt(close);
        String nl = Layout.newline(text);
        List<Member> members = block.members();
        if (!members.isEmpty() && members.get(members.size() - 1) instanceof Member.Property p && p.value() == null) {
            return Optional.empty(); // 'key:' without a value would take the added line as its value
        }
        boolean commas = usesCommas(text, members);
        if (block.braces().start().line() == closeAt.line()) {
            if (members.isEmpty()) {
                return Optional.of(List.of(new TextEdit(text.range(open + 1, close), " " + entry + " ")));
            }
            return Optional.of(List.of(TextEdit.insert(members.get(members.size() - 1).range().end(), ", " + entry)));
        }
        if (!members.isEmpty()) {
            Member last = members.get(members.size() - 1);
            Position end = last.range().end();
            if (end.line() < closeAt.line() && Layout.firstOnLine(text, last.range().start())) {
                List<TextEdit> edits = new ArrayList<>();
                String rest = s.substring(text.offsetAt(end), text.lineEnd(end.line())).strip();
                if (commas && !rest.startsWith(",")) {
                    edits.add(TextEdit.insert(end, ","));
                }
                String indent = Layout.indentOf(text, last.range().start().line());
                edits.add(TextEdit.insert(new Position(end.line(), text.lineEnd(end.line()) - text.lineStart(end.line())),
                        nl + indent + entry));
                return Optional.of(edits);
            }
        }
        String indent = Layout.indentOf(text, block.braces().start().line()) + Layout.indentUnit(text);
        if (Layout.firstOnLine(text, closeAt)) {
            return Optional.of(List.of(TextEdit.insert(new Position(closeAt.line(), 0), indent + entry + nl)));
        }
        String before = members.isEmpty() ? "" : commas ? "," : "";
        return Optional.of(List.of(TextEdit.insert(closeAt, before + nl + indent + entry + nl
                + Layout.indentOf(text, block.braces().start().line()))));
    }

    /** Whether the entries are written with ',' between them. */
    private static boolean usesCommas(SourceText text, List<Member> members) {
        for (int i = 1; i < members.size(); i++) {
            int from = text.offsetAt(members.get(i - 1).range().end());
            int to = text.offsetAt(members.get(i).range().start());
            if (from <= to && text.text().substring(from, to).contains(",")) {
                return true;
            }
        }
        return false;
    }
}
