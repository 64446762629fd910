package dev.neam.parser.deploy;

import dev.neam.parser.diagnostic.Diagnostic;
import dev.neam.parser.diagnostic.DiagnosticCode;
import dev.neam.parser.text.Range;
import dev.neam.parser.text.SourceText;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;

/**
 * A YAML file with positions: every document of a multi-document stream as a node tree (from
 * snakeyaml-engine, which keeps start and end marks), and the syntax error that stopped reading,
 * with the range of the offending token. Documents before the error are kept.
 */
public final class YamlFile {
    private final SourceText text;
    private final List<Node> documents;
    private final List<Diagnostic> syntax;
    private final Set<Node> nodes = Collections.newSetFromMap(new IdentityHashMap<>());

    private YamlFile(SourceText text, List<Node> documents, List<Diagnostic> syntax) {
        this.text = text;
        this.documents = List.copyOf(documents);
        this.syntax = List.copyOf(syntax);
        nodes.addAll(Yaml.allNodes(documents));
    }

    /** Whether a node is one of this file's (not a copy the analysis made). */
    boolean owns(Node node) {
        return nodes.contains(node);
    }

    public static YamlFile parse(String content) {
        SourceText text = new SourceText(content);
        List<Node> documents = new ArrayList<>();
        List<Diagnostic> syntax = new ArrayList<>();
        LoadSettings settings = LoadSettings.builder().setUseMarks(true).setAllowDuplicateKeys(true)
                .setMaxAliasesForCollections(100).setCodePointLimit(Integer.MAX_VALUE).build();
        try {
            Composer composer = new Composer(settings, new ParserImpl(settings, new StreamReader(settings, content)));
            Iterator<Node> it = composer;
            while (it.hasNext()) {
                Node node = it.next();
                if (node != null) {
                    documents.add(node);
                }
            }
        } catch (MarkedYamlEngineException e) {
            syntax.add(error(text, e));
        } catch (RuntimeException | StackOverflowError e) {
            syntax.add(Diagnostic.of(DiagnosticCode.DEPLOY_YAML_SYNTAX, Range.of(0, 0, 0, 0),
                    "the YAML parser failed on this file (" + e.getClass().getSimpleName() + ")"));
        }
        return new YamlFile(text, documents, syntax);
    }

    public SourceText text() {
        return text;
    }

    public List<Node> documents() {
        return documents;
    }

    public List<Diagnostic> syntaxDiagnostics() {
        return syntax;
    }

    /** The range of a node, from its marks (code-point indexes converted to UTF-16 by {@link SourceText}). */
    public Range range(Node node) {
        int start = offset(node.getStartMark());
        int end = node.getEndMark().map(m -> text.utf16Offset(m.getIndex())).orElse(start);
        return text.range(start, Math.max(start, end));
    }

    private int offset(Optional<Mark> mark) {
        return mark.map(m -> text.utf16Offset(m.getIndex())).orElse(0);
    }

    private static Diagnostic error(SourceText text, MarkedYamlEngineException e) {
        Optional<Mark> mark = e.getProblemMark().isPresent() ? e.getProblemMark() : e.getContextMark();
        int offset = mark.map(m -> text.utf16Offset(m.getIndex())).orElse(0);
        int end = tokenEnd(text, offset);
        String problem = e.getProblem() == null ? "invalid YAML" : e.getProblem().strip();
        String context = e.getContext() == null ? "" : " (" + e.getContext().strip() + " started on line "
                + e.getContextMark().map(m -> m.getLine() + 1).orElse(0) + ")";
        Diagnostic d = Diagnostic.of(DiagnosticCode.DEPLOY_YAML_SYNTAX, text.range(offset, end), problem + context);
        return d;
    }

    /** The token at offset: up to the next space or YAML indicator; empty at the end of a line. */
    private static int tokenEnd(SourceText text, int offset) {
        String s = text.text();
        int eol = text.lineEnd(text.positionAt(offset).line());
        if (offset >= eol) {
            return offset;
        }
        int i = offset;
        while (i < eol && !Character.isWhitespace(s.charAt(i)) && ",[]{}".indexOf(s.charAt(i)) < 0) {
            i++;
        }
        return i == offset ? offset + Character.charCount(s.codePointAt(offset)) : i;
    }
}
