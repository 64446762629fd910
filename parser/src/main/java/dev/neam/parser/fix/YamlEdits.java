package dev.neam.parser.fix;

import dev.neam.parser.deploy.YamlFile;
import dev.neam.parser.text.Position;
import dev.neam.parser.text.SourceText;
import java.util.List;
import java.util.Optional;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Where to write in a YAML file for a deploy fix: the block mapping a finding stands in, where its
 * last entry ends, the column its keys start at, and the file's indentation step. Only block style
 * is edited; a flow mapping ({@code {a: 1}}) gives no place, so the fix is not offered.
 */
final class YamlEdits {
    private final YamlFile file;

    private YamlEdits(YamlFile file) {
        this.file = file;
    }

    /** The file's YAML, when it reads without a syntax error. */
    static Optional<YamlEdits> of(SourceText text) {
        YamlFile file = YamlFile.parse(text.text());
        return file.syntaxDiagnostics().isEmpty() ? Optional.of(new YamlEdits(file)) : Optional.empty();
    }

    SourceText text() {
        return file.text();
    }

    /** The innermost block mapping whose entries span {@code at} (from its first key to the end of its last value). */
    Optional<MappingNode> mappingAt(Position at) {
        int offset = file.text().offsetAt(at);
        MappingNode found = null;
        for (Node document : file.documents()) {
            found = deepest(document, offset, found);
        }
        return Optional.ofNullable(found);
    }

    private MappingNode deepest(Node node, int offset, MappingNode found) {
        if (start(node) > offset || offset > contentEnd(node)) {
            return found;
        }
        if (node instanceof MappingNode m) {
            if (m.getFlowStyle() == FlowStyle.BLOCK) {
                found = m;
            }
            for (NodeTuple t : m.getValue()) {
                found = deepest(t.getValueNode(), offset, found);
            }
        } else if (node instanceof SequenceNode s) {
            for (Node item : s.getValue()) {
                found = deepest(item, offset, found);
            }
        }
        return found;
    }

    /** The entry of {@code key} in a mapping, or null. */
    static NodeTuple entry(MappingNode mapping, String key) {
        NodeTuple found = null;
        for (NodeTuple t : mapping.getValue()) {
            if (t.getKeyNode() instanceof ScalarNode s && s.getValue().equals(key)) {
                found = t;
            }
        }
        return found;
    }

    int start(Node node) {
        return file.text().offsetAt(file.range(node).start());
    }

    /** Where a node's text ends: a block collection's end mark lies on the next line, its last value does not. */
    int contentEnd(Node node) {
        if (node instanceof MappingNode m && m.getFlowStyle() == FlowStyle.BLOCK && !m.getValue().isEmpty()) {
            return contentEnd(m.getValue().get(m.getValue().size() - 1).getValueNode());
        }
        if (node instanceof SequenceNode s && s.getFlowStyle() == FlowStyle.BLOCK && !s.getValue().isEmpty()) {
            return contentEnd(s.getValue().get(s.getValue().size() - 1));
        }
        int end = file.text().offsetAt(file.range(node).end());
        String s = file.text().text();
        while (end > start(node) && Character.isWhitespace(s.charAt(end - 1))) {
            end--; // a block scalar's end mark may lie after its line break
        }
        return end;
    }

    /** The column the keys of a block mapping start at. */
    int column(Node node) {
        return file.range(node).start().character();
    }

    /**
     * One indentation step of this file: how far the keys of a nested block mapping stand right of
     * their parent's key, found in {@code near} or anywhere in the file; two spaces otherwise.
     */
    String step(MappingNode near) {
        Integer step = step(near, 0);
        for (int i = 0; step == null && i < file.documents().size(); i++) {
            step = step(file.documents().get(i), 0);
        }
        return " ".repeat(step == null ? 2 : step);
    }

    private Integer step(Node node, int depth) {
        if (depth > 32) {
            return null;
        }
        if (node instanceof MappingNode m && m.getFlowStyle() == FlowStyle.BLOCK) {
            for (NodeTuple t : m.getValue()) {
                if (t.getValueNode() instanceof MappingNode inner && inner.getFlowStyle() == FlowStyle.BLOCK
                        && !inner.getValue().isEmpty() && file.range(inner).start().line() > file.range(t.getKeyNode()).start().line()) {
                    int delta = column(inner) - column(t.getKeyNode());
                    if (delta > 0) {
                        return delta;
                    }
                }
                Integer inner = step(t.getValueNode(), depth + 1);
                if (inner != null) {
                    return inner;
                }
            }
        } else if (node instanceof SequenceNode s) {
            for (Node item : s.getValue()) {
                Integer inner = step(item, depth + 1);
                if (inner != null) {
                    return inner;
                }
            }
        }
        return null;
    }

    /** New lines after the last entry of a block mapping, each at {@code indent}. */
    TextEdit append(MappingNode mapping, String indent, List<String> lines) {
        SourceText text = file.text();
        int line = text.positionAt(contentEnd(mapping)).line();
        Position end = new Position(line, text.lineEnd(line) - text.lineStart(line));
        String newline = Layout.newline(text);
        StringBuilder inserted = new StringBuilder();
        for (String l : lines) {
            inserted.append(newline).append(indent).append(l);
        }
        return TextEdit.insert(end, inserted.toString());
    }
}
