package dev.neam.parser.semantic;

import dev.neam.parser.ast.SourceFile;
import dev.neam.parser.diagnostic.Diagnostic;
import dev.neam.parser.syntax.ParseResult;
import dev.neam.parser.text.SourceText;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** What a check sees of one file, and where it reports. */
public final class FileContext {
    private final String path;
    private final ParseResult parse;
    private final AnalysisOptions options;
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private final Map<Object, Object> memo = new HashMap<>();

    public FileContext(String path, ParseResult parse, AnalysisOptions options) {
        this.path = path;
        this.parse = parse;
        this.options = options;
    }

    public String path() {
        return path;
    }

    public SourceFile tree() {
        return parse.tree();
    }

    public SourceText text() {
        return parse.text();
    }

    public AnalysisOptions options() {
        return options;
    }

    /**
     * A value derived from this file once and shared by every check that needs it (for example
     * which declaration kind each declaration is); {@code key} identifies the derivation.
     */
    @SuppressWarnings("unchecked")
    public <T> T memo(Object key, Function<FileContext, T> compute) {
        Object known = memo.get(key);
        if (known == null) {
            known = compute.apply(this);
            memo.put(key, known);
        }
        return (T) known;
    }

    public void report(Diagnostic diagnostic) {
        diagnostics.add(diagnostic);
    }

    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }
}
