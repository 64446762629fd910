package dev.neam.parser.fix;

import dev.neam.parser.text.Position;
import dev.neam.parser.text.SourceText;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@code /* … *}{@code /} comment neamc does not accept (the finding marks its opening
 * {@code /*}): rewritten as one {@code //} comment per line, with the indentation of its first
 * line and without the leading {@code *} of a doc-style middle line. Offered only when the comment
 * has its lines to itself; code before or after it on a line would end up inside a comment.
 */
final class LineCommentsFix implements FixFamily {

    @Override
    public List<Fix> fixes(FixContext context) {
        SourceText text = context.text();
        String s = text.text();
        int start = text.offsetAt(context.range().start());
        if (!s.startsWith("/*", start)) {
            return List.of();
        }
        int close = s.indexOf("*/", start + 2);
        if (close < 0) {
            return List.of();
        }
        int end = close + 2;
        Position endAt = text.positionAt(end);
        if (!Layout.firstOnLine(text, context.range().start())
                || !s.substring(end, text.lineEnd(endAt.line())).isBlank()) {
            return List.of();
        }
        List<String> lines = new ArrayList<>(List.of(s.substring(start + 2, close).split("\\r?\\n", -1)));
        if (lines.size() > 1 && lines.get(0).isBlank()) {
            lines.remove(0);
        }
        if (lines.size() > 1 && lines.get(lines.size() - 1).isBlank()) {
            lines.remove(lines.size() - 1);
        }
        String indent = Layout.indentOf(text, context.range().start().line());
        List<String> out = new ArrayList<>();
        for (String line : lines) {
            String content = line.strip();
            if (content.startsWith("*")) {
                content = content.substring(1).strip();
            }
            out.add(content.isEmpty() ? "//" : "// " + content);
        }
        String replacement = String.join(Layout.newline(text) + indent, out);
        return List.of(new Fix("line-comments", "Write it as // line comments",
                List.of(new TextEdit(text.range(start, end), replacement)), true));
    }
}
