package dev.neam.parser.semantic;

import dev.neam.parser.ast.SourceFile;
import dev.neam.parser.diagnostic.Diagnostic;
import dev.neam.parser.semantic.scope.FileScope;
import dev.neam.parser.semantic.scope.Resolution;
import dev.neam.parser.semantic.scope.ScopeWalker;
import dev.neam.parser.semantic.symbols.FileSymbols;
import dev.neam.parser.semantic.symbols.ImportedNames;
import dev.neam.parser.semantic.symbols.ProjectIndex;
import dev.neam.parser.syntax.ParseResult;
import dev.neam.parser.text.SourceText;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

/** What a check sees of one file (its tree, its project, resolved names), and where it reports. */
public final class FileContext {
    private final String path;
    private final ParseResult parse;
    private final AnalysisOptions options;
    private final FileSymbols symbols;
    private final ProjectIndex project;
    private final Predicate<String> builtins;
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private final Map<Object, Object> memo = new HashMap<>();
    private ImportedNames imports;
    private Resolution resolution;

    public FileContext(String path, ParseResult parse, AnalysisOptions options, FileSymbols symbols,
                       ProjectIndex project, Predicate<String> builtins) {
        this.path = path;
        this.parse = parse;
        this.options = options;
        this.symbols = symbols;
        this.project = project;
        this.builtins = builtins;
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

    public FileSymbols symbols() {
        return symbols;
    }

    public ProjectIndex project() {
        return project;
    }

    public ImportedNames imports() {
        if (imports == null) {
            imports = ImportedNames.resolve(symbols, project);
        }
        return imports;
    }

    /** Names resolved against scopes, imports and built-ins; computed once and shared by the checks. */
    public Resolution resolution() {
        if (resolution == null) {
            resolution = ScopeWalker.resolve(path, parse.tree(), imports().names(), imports().open(), builtins);
        }
        return resolution;
    }

    /** The file's top-level scope, to resolve the names of some items only. */
    public FileScope fileScope() {
        return new FileScope(path, parse.tree(), imports().names(), imports().open(), builtins);
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
