package dev.neam.lsp.features.selection;

import dev.neam.lsp.protocol.PositionConverter;
import dev.neam.parser.ast.Children;
import dev.neam.parser.ast.Node;
import dev.neam.parser.ast.SourceFile;
import dev.neam.parser.text.Position;
import dev.neam.parser.text.Range;
import dev.neam.parser.text.SourceText;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.lsp4j.SelectionRange;
import org.eclipse.lsp4j.jsonrpc.CancelChecker;

/**
 * {@code textDocument/selectionRange}: for each position, the chain of syntax nodes around it from
 * the innermost outwards (name, expression, statement, block, declaration, file), each strictly
 * larger than the one before, as "expand selection" wants.
 */
public final class SelectionRanges {
    private final PositionConverter positions;

    public SelectionRanges(PositionConverter positions) {
        this.positions = positions;
    }

    public List<SelectionRange> ranges(SourceText text, SourceFile tree, List<org.eclipse.lsp4j.Position> at,
                                       CancelChecker cancel) {
        List<SelectionRange> result = new ArrayList<>();
        for (org.eclipse.lsp4j.Position p : at) {
            cancel.checkCanceled();
            result.add(chain(text, tree, positions.fromLsp(text, p)));
        }
        return result;
    }

    private SelectionRange chain(SourceText text, SourceFile tree, Position position) {
        List<Range> outerToInner = new ArrayList<>();
        outerToInner.add(text.range(0, text.length()));
        Node current = tree;
        while (current != null) {
            addIfLarger(outerToInner, current.range());
            Node next = null;
            for (Node child : Children.of(current)) {
                if (child.range().contains(position) && !child.range().isEmpty()) {
                    next = child;
                    break;
                }
            }
            current = next;
        }
        addStringContent(text, outerToInner, position);
        SelectionRange selection = null;
        for (Range r : outerToInner) {
            selection = new SelectionRange(positions.toLsp(text, r), selection);
        }
        if (outerToInner.size() == 1 || !outerToInner.get(outerToInner.size() - 1).contains(position)) {
            // the position is outside every node (blank line between declarations): an empty range there first
            selection = new SelectionRange(positions.toLsp(text, Range.empty(position)), selection);
        }
        return selection;
    }

    /**
     * Inside a string literal the first step is its content without the quotes, as in other
     * editors' "expand selection" (a prompt or model name is what one wants to replace).
     */
    private static void addStringContent(SourceText text, List<Range> outerToInner, Position position) {
        Range innermost = outerToInner.get(outerToInner.size() - 1);
        int start = text.offsetAt(innermost.start());
        int end = text.offsetAt(innermost.end());
        if (end - start < 2) {
            return;
        }
        String literal = text.text().substring(start, end);
        for (String quote : List.of("\"\"\"", "\"", "'")) {
            if (literal.length() >= 2 * quote.length() && literal.startsWith(quote) && literal.endsWith(quote)
                    // one literal, not `"a" + "b"` (Neam strings have no escapes)
                    && !literal.substring(quote.length(), literal.length() - quote.length()).contains(quote)) {
                Range content = new Range(text.positionAt(start + quote.length()), text.positionAt(end - quote.length()));
                if (!content.isEmpty() && content.contains(position)) {
                    addIfLarger(outerToInner, content);
                }
                return;
            }
        }
    }

    /** Keeps the chain strictly growing outwards: a node with the same range as its parent adds nothing. */
    private static void addIfLarger(List<Range> outerToInner, Range range) {
        Range last = outerToInner.get(outerToInner.size() - 1);
        boolean inside = last.start().compareTo(range.start()) <= 0 && range.end().compareTo(last.end()) <= 0;
        if (inside && !range.equals(last)) {
            outerToInner.add(range);
        }
    }
}
