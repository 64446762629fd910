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
 * snakeyaml-engine, which keeps start and end marks), and the syntax errors of broken documents,
 * with the range of the offending token. A document with a syntax error is reported and reading goes
 * on at the next {@code ---}: each document of the stream is checked on its own.
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
        int from = 0;
        for (int restarts = 0; restarts <= MAX_RESTARTS; restarts++) {
            try {
                Composer composer = new Composer(settings, new ParserImpl(settings,
                        new StreamReader(settings, from == 0 ? content : blankedBefore(content, from))));
                Iterator<Node> it = composer;
                while (it.hasNext()) {
                    Node node = it.next();
                    if (node != null) {
                        documents.add(node);
                    }
                }
                break;
            } catch (MarkedYamlEngineException e) {
                Diagnostic error = error(text, e);
                syntax.add(error);
                int next = nextDocument(content, text.offsetAt(error.range().start()), from);
                if (next <= from) {
                    break;
                }
                from = next; // a broken document must not hide the findings of those after it
            } catch (RuntimeException | StackOverflowError e) {
                syntax.add(Diagnostic.of(DiagnosticCode.DEPLOY_YAML_SYNTAX, Range.of(0, 0, 0, 0),
                        "the YAML parser failed on this file (" + e.getClass().getSimpleName() + ")"));
                break;
            }
        }
        return new YamlFile(text, documents, syntax);
    }

    /** How many broken documents are stepped over before the rest of a file is left unread (each costs a pass). */
    static final int MAX_RESTARTS = 100;

    /**
     * Where the document after a broken one starts: the {@code ---} line the error was found on (an
     * unclosed bracket is noticed only at the next marker), else the first one after it; -1 when none
     * follows {@code from}. Each document of a stream is read on its own this way.
     */
    private static int nextDocument(String content, int offset, int from) {
        int start = content.lastIndexOf('\n', Math.max(0, offset - 1)) + 1;
        while (start >= 0 && start < content.length()) {
            if (start > from && isMarker(content, start)) {
                return start;
            }
            int line = content.indexOf('\n', start);
            start = line < 0 ? -1 : line + 1;
        }
        return -1;
    }

    private static boolean isMarker(String content, int start) {
        return content.startsWith("---", start)
                && (start + 3 == content.length() || Character.isWhitespace(content.charAt(start + 3)));
    }

    /**
     * The content with everything before {@code from} blanked (line breaks kept, every other code
     * point a space), so that marks of the rest still point into the original text.
     */
    private static String blankedBefore(String content, int from) {
        StringBuilder out = new StringBuilder(content.length());
        for (int i = 0; i < from; ) {
            int cp = content.codePointAt(i);
            out.append(cp == '\n' || cp == '\r' ? (char) cp : ' ');
            i += Character.charCount(cp);
        }
        return out.append(content, from, content.length()).toString();
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
