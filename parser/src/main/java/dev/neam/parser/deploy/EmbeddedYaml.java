package dev.neam.parser.deploy;

import dev.neam.parser.diagnostic.Diagnostic;
import dev.neam.parser.text.Position;
import dev.neam.parser.text.Range;
import dev.neam.parser.text.SourceText;
import java.util.List;
import java.util.function.UnaryOperator;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/**
 * YAML written inside a string of another YAML file: an inline Kustomize patch ({@code patch: |}),
 * a collector config in a ConfigMap. Its nodes get ranges in the host file, so that findings point
 * at the line of the inline text. That is exact for literal block scalars ({@code |}), whose lines
 * are the host's lines without their indentation; any other style maps every node to the whole string.
 */
final class EmbeddedYaml {

    /** The embedded documents and their syntax errors, with ranges in the host file. */
    record Parsed(List<Node> documents, List<Diagnostic> syntax) {
    }

    private EmbeddedYaml() {
    }

    static Parsed parse(ParsedFile host, Node scalar, Origins origins) {
        String content = Yaml.text(scalar);
        YamlFile inner = YamlFile.parse(content == null ? "" : content);
        UnaryOperator<Range> map = mapping(host, scalar, inner.text());
        for (Node doc : inner.documents()) {
            origins.register(doc, host, n -> map.apply(inner.range(n)));
        }
        List<Diagnostic> syntax = inner.syntaxDiagnostics().stream()
                .map(d -> new Diagnostic(d.code(), d.severity(), d.message(), map.apply(d.range()), d.related(), d.data())).toList();
        return new Parsed(inner.documents(), syntax);
    }

    /** Ranges of the embedded text to ranges of the host file. */
    private static UnaryOperator<Range> mapping(ParsedFile host, Node scalar, SourceText inner) {
        Range whole = host.range(scalar);
        if (!(scalar instanceof ScalarNode s) || s.getScalarStyle() != ScalarStyle.LITERAL || scalar.getStartMark().isEmpty()) {
            return r -> whole;
        }
        SourceText text = host.yaml.text();
        int header = scalar.getStartMark().get().getLine();
        String indicator = text.lineText(header).substring(Math.min(text.lineText(header).length(),
                scalar.getStartMark().get().getColumn()));
        if (indicator.matches("\\|[-+]?[1-9].*|\\|[1-9].*")) {
            return r -> whole; // an explicit indentation indicator: rare, and relative to the parent's indentation
        }
        int indent = -1;
        int firstContent = -1;
        for (int line = header + 1; line < text.lineCount(); line++) {
            String l = text.lineText(line);
            if (!l.isBlank()) {
                indent = l.length() - l.stripLeading().length();
                firstContent = line;
                break;
            }
        }
        if (indent < 0 || inner.lineCount() <= firstContent - header - 1
                || !text.lineText(firstContent).substring(indent).equals(inner.lineText(firstContent - header - 1))) {
            return r -> whole;
        }
        int base = header + 1;
        int offset = indent;
        return r -> new Range(shift(text, r.start(), base, offset), shift(text, r.end(), base, offset));
    }

    private static Position shift(SourceText host, Position p, int baseLine, int indent) {
        int line = Math.min(baseLine + p.line(), host.lineCount() - 1);
        int length = host.lineEnd(line) - host.lineStart(line);
        return new Position(line, Math.min(length, indent + p.character()));
    }
}
