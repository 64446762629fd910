package dev.neam.parser.workspace;

import dev.neam.parser.diagnostic.Diagnostic;
import dev.neam.parser.diagnostic.DiagnosticCode;
import dev.neam.parser.semantic.AnalysisOptions;
import dev.neam.parser.semantic.FileContext;
import dev.neam.parser.semantic.SemanticAnalyzer;
import dev.neam.parser.semantic.symbols.FileSymbols;
import dev.neam.parser.semantic.symbols.ProjectIndex;
import dev.neam.parser.syntax.NeamSyntax;
import dev.neam.parser.syntax.ParseResult;
import dev.neam.parser.semantic.highlight.Highlighter;
import dev.neam.parser.semantic.highlight.SemanticToken;
import dev.neam.parser.semantic.scope.FileScope;
import dev.neam.parser.semantic.scope.Resolution;
import dev.neam.parser.semantic.symbols.Symbol;
import dev.neam.parser.semantic.symbols.SymbolKind;
import dev.neam.parser.text.Position;
import dev.neam.parser.text.Range;
import dev.neam.parser.text.SourceText;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The documents of one or more projects with their analyses, kept incrementally: changing a file
 * re-parses it, and re-checks other files only when what it exports changed and they import it
 * (or when they have imports that did not resolve and a file appeared or disappeared).
 *
 * <p>An editor's workspace may bound how many trees it keeps ({@link #keepTrees}): a file whose
 * tree was let go keeps its text, export signature and findings, and is parsed again when anything
 * needs its tree; every answer stays the same.
 */
public final class Workspace {
    private final AnalysisOptions options;
    private final Predicate<String> builtins;
    private final Function<Path, Path> projectRootOf;
    private final Function<Path, ToolConfig> configOf;
    private final SemanticAnalyzer semantic = new SemanticAnalyzer();
    private final Map<Path, ProjectIndex> projects = new ConcurrentHashMap<>();
    private final Map<Path, Entry> entries = new ConcurrentHashMap<>();
    private final AtomicLong analyses = new AtomicLong();
    /** The releasable files whose trees are held, least recently used first (guarded by itself). */
    private final Map<Path, Entry> held = new LinkedHashMap<>(16, 0.75f, true);
    private volatile int treeLimit;
    private volatile Predicate<Path> releasable = file -> false;

    private static final class Entry {
        final Path file;
        final String displayPath;
        final String text;
        /** The file's tree; null while released (it is parsed again from {@code text} when needed). */
        volatile ParseResult parse;
        final FileSymbols symbols;
        final ProjectIndex project;
        volatile List<Diagnostic> diagnostics;
        volatile Resolution resolution;
        volatile Set<Path> dependencies = Set.of();
        volatile boolean hasUnresolvedImports;

        Entry(Path file, String displayPath, ParseResult parse, FileSymbols symbols, ProjectIndex project) {
            this.file = file;
            this.displayPath = displayPath;
            this.text = parse.text().text();
            this.parse = parse;
            this.symbols = symbols;
            this.project = project;
        }
    }

    public Workspace(AnalysisOptions options, Predicate<String> builtins, Function<Path, Path> projectRootOf) {
        this(options, builtins, projectRootOf, new ToolConfigs()::forRoot);
    }

    /** {@code configOf} gives the {@code [tool.neam-lsp]} configuration of a project root. */
    public Workspace(AnalysisOptions options, Predicate<String> builtins, Function<Path, Path> projectRootOf,
                     Function<Path, ToolConfig> configOf) {
        this.options = options;
        this.builtins = builtins;
        this.projectRootOf = projectRootOf;
        this.configOf = configOf;
    }

    public Workspace(AnalysisOptions options) {
        this(options, dev.neam.parser.semantic.Builtins.standard(), ProjectRoots::of);
    }

    /**
     * Keeps the trees (with the names resolved in them) of at most {@code limit} of the files that
     * {@code releasable} accepts, the ones used last; the others keep their text, their export
     * signature and their diagnostics, and are parsed again when something needs their tree. A
     * limit of 0 keeps every tree (the default: {@code lint} reads each file once).
     */
    public void keepTrees(int limit, Predicate<Path> releasable) {
        this.releasable = releasable;
        this.treeLimit = limit;
        synchronized (held) {
            if (limit <= 0) {
                held.clear();
                return;
            }
            for (Entry e : entries.values()) {
                if (e.parse != null && releasable.test(e.file)) {
                    held.putIfAbsent(e.file, e);
                }
            }
        }
        trimHeld(List.of());
    }

    /**
     * Sets a file's text. Returns the files whose diagnostics may have changed (this one, plus
     * dependents when its exports changed), whose analyses are recomputed on the next request.
     */
    public Set<Path> update(Path file, String displayPath, String text) {
        return update(file, displayPath, parseOf(file, text));
    }

    /**
     * The parse {@link #update} would make for this text, from the file's current parse when there
     * is one (an edit re-parses only what it touched). Pure: callers can parse outside their lock.
     */
    public ParseResult parseOf(Path file, String text) {
        Entry old = entries.get(file.toAbsolutePath().normalize());
        ParseResult base = old == null ? null : old.parse;
        return base == null ? NeamSyntax.parse(text) : NeamSyntax.reparse(base, text);
    }

    /** {@link #update} with the parse of the new text already made ({@link #parseOf}). */
    public Set<Path> update(Path file, String displayPath, ParseResult parse) {
        Path key = file.toAbsolutePath().normalize();
        Entry old = entries.get(key);
        ProjectIndex project = projects.computeIfAbsent(projectRootOf.apply(key), ProjectIndex::new);
        FileSymbols symbols = FileSymbols.of(displayPath, parse.tree());
        project.put(key, symbols);
        Entry entry = new Entry(key, displayPath, parse, symbols, project);
        entries.put(key, entry);
        used(entry);
        Set<Path> affected = new LinkedHashSet<>();
        affected.add(key);
        if (old == null || !old.symbols.exportSignature().equals(symbols.exportSignature())
                || !sameModule(old.symbols, symbols)) {
            affected.addAll(dependentsOf(key, project, old == null));
        }
        invalidate(affected);
        return affected;
    }

    /**
     * Sets the text of many files at once, parsing them in parallel. While nothing has been analysed
     * yet (a fresh workspace, as in {@code lint}) there is nothing to invalidate, so this skips the
     * per-file search for dependents that makes one-by-one loading quadratic; otherwise it is
     * {@link #update} for each.
     */
    public void updateAll(List<Document> documents) {
        if (entries.values().stream().anyMatch(e -> e.diagnostics != null)) {
            documents.forEach(d -> update(Path.of(d.path()), d.path(), d.text()));
            return;
        }
        documents.parallelStream().forEach(d -> {
            Path key = Path.of(d.path()).toAbsolutePath().normalize();
            ParseResult parse = NeamSyntax.parse(d.text());
            ProjectIndex project = projects.computeIfAbsent(projectRootOf.apply(key), ProjectIndex::new);
            FileSymbols symbols = FileSymbols.of(d.path(), parse.tree());
            project.put(key, symbols);
            entries.put(key, new Entry(key, d.path(), parse, symbols, project));
        });
    }

    /** Forgets a file; returns the files to re-check. */
    public Set<Path> remove(Path file) {
        Path key = file.toAbsolutePath().normalize();
        Entry old = entries.remove(key);
        if (old == null) {
            return Set.of();
        }
        synchronized (held) {
            held.remove(key, old);
        }
        old.project.remove(key);
        Set<Path> affected = dependentsOf(key, old.project, true);
        invalidate(affected);
        return affected;
    }

    public boolean contains(Path file) {
        return entries.containsKey(file.toAbsolutePath().normalize());
    }

    public ParseResult parse(Path file) {
        Entry e = entries.get(file.toAbsolutePath().normalize());
        return e == null ? null : tree(e);
    }

    /** The text a file is analysed with, without parsing it again when its tree is released; null when unknown. */
    public String text(Path file) {
        Entry e = entries.get(file.toAbsolutePath().normalize());
        return e == null ? null : e.text;
    }

    /**
     * A file's text with its lines, for converting ranges in it, without parsing it again when its
     * tree is released; null when unknown.
     */
    public SourceText source(Path file) {
        Entry e = entries.get(file.toAbsolutePath().normalize());
        if (e == null) {
            return null;
        }
        ParseResult parse = e.parse;
        return parse != null ? parse.text() : new SourceText(e.text);
    }

    /** Whether a file's tree is held now (for tests and measurements: a released one is parsed again when needed). */
    public boolean holdsTree(Path file) {
        Entry e = entries.get(file.toAbsolutePath().normalize());
        return e != null && e.parse != null;
    }

    /** The file's tree, parsed again from its text if it was released; marks the file as used. */
    private ParseResult tree(Entry e) {
        ParseResult parse = e.parse;
        if (parse == null) {
            synchronized (e) {
                parse = e.parse;
                if (parse == null) {
                    parse = NeamSyntax.parse(e.text);
                    e.parse = parse;
                }
            }
        }
        used(e);
        return parse;
    }

    /** A releasable file was used: it becomes the last one released; the ones beyond the limit are released. */
    private void used(Entry e) {
        if (treeLimit <= 0 || !releasable.test(e.file)) {
            return;
        }
        trimHeld(List.of(e));
    }

    private void trimHeld(List<Entry> used) {
        List<Entry> released = new ArrayList<>();
        synchronized (held) {
            used.forEach(e -> held.put(e.file, e));
            int limit = treeLimit;
            var eldest = held.values().iterator();
            while (limit > 0 && held.size() > limit && eldest.hasNext()) {
                released.add(eldest.next());
                eldest.remove();
            }
        }
        released.forEach(this::release);
    }

    /**
     * Lets a file's tree go: its parse, the names resolved in it and its top-level symbols (which
     * hold the declarations' nodes). Its text, export signature and diagnostics stay.
     */
    private void release(Entry e) {
        // built again from the tree the entry then holds, so that symbols and tree share their nodes
        e.symbols.release(() -> tree(e).tree());
        synchronized (e) {
            e.resolution = null;
            e.parse = null;
        }
    }

    /** All diagnostics of a file (syntax and semantic), computed now if they are not current. */
    public List<Diagnostic> diagnostics(Path file) {
        Entry e = entries.get(file.toAbsolutePath().normalize());
        if (e == null) {
            return List.of();
        }
        List<Diagnostic> current = e.diagnostics;
        if (current == null) {
            current = analyse(e);
            e.diagnostics = current;
        }
        return current;
    }

    /** The symbol declared or used at a position: a declaration's name, or the target of a use. */
    public Optional<Symbol> symbolAt(Path file, Position position) {
        Entry e = entries.get(file.toAbsolutePath().normalize());
        if (e == null) {
            return Optional.empty();
        }
        Resolution resolution = resolution(e);
        for (Resolution.Reference ref : resolution.references()) {
            if (ref.target() != null && ref.name().range().contains(position)) {
                return Optional.of(ref.target());
            }
        }
        for (List<Symbol> symbols : e.symbols.topLevel().values()) {
            for (Symbol s : symbols) {
                if (s.nameRange().contains(position)) {
                    return Optional.of(s);
                }
            }
        }
        for (Symbol local : resolution.localReads().keySet()) {
            if (local.nameRange().contains(position)) {
                return Optional.of(local);
            }
        }
        return Optional.empty();
    }

    /**
     * Every place a symbol is written: its declaration (when {@code includeDeclaration}) and its
     * uses in every file of its project, in file order.
     */
    public List<Occurrence> occurrences(Symbol target, boolean includeDeclaration) {
        List<Occurrence> out = new ArrayList<>();
        List<Entry> scope = new ArrayList<>();
        for (Entry e : entries.values()) {
            boolean sameFile = e.displayPath.equals(target.path());
            boolean local = target.kind() != SymbolKind.DECLARATION && target.kind() != SymbolKind.BINDING
                    && target.kind() != SymbolKind.FUNCTION && target.kind() != SymbolKind.STRUCT
                    && target.kind() != SymbolKind.TRAIT && target.kind() != SymbolKind.SEALED
                    && target.kind() != SymbolKind.VARIANT && target.kind() != SymbolKind.CONSTANT
                    && !(target.kind() == SymbolKind.VARIABLE && isTopLevel(target));
            if (sameFile || !local) {
                scope.add(e);
            }
        }
        scope.sort(Comparator.comparing(e -> e.displayPath));
        for (Entry e : scope) {
            if (includeDeclaration && e.displayPath.equals(target.path())) {
                out.add(new Occurrence(e.displayPath, e.file, target.nameRange(), true));
            }
            Resolution resolution = resolution(e);
            for (Resolution.Reference ref : resolution.references()) {
                if (same(ref.target(), target) && !ref.name().range().equals(target.nameRange())) {
                    out.add(new Occurrence(e.displayPath, e.file, ref.name().range(), false));
                }
            }
        }
        return out;
    }

    /** Semantic highlighting of a file: names classified by what they resolve to. */
    public List<SemanticToken> semanticTokens(Path file) {
        Entry e = entries.get(file.toAbsolutePath().normalize());
        if (e == null) {
            return List.of();
        }
        ParseResult parse = tree(e);
        return Highlighter.highlight(parse.text(), parse.tree(), resolution(e, parse));
    }

    /**
     * The names of a file resolved to their declarations, without running the checks: what
     * navigation and highlighting need, a fraction of the cost of {@link #diagnostics}.
     */
    public Optional<Resolution> resolution(Path file) {
        Entry e = entries.get(file.toAbsolutePath().normalize());
        return e == null ? Optional.empty() : Optional.of(resolution(e));
    }

    private Resolution resolution(Entry e) {
        return resolution(e, tree(e));
    }

    /** The names resolved in the file's current parse if they were resolved already; nothing is computed. */
    public Optional<Resolution> keptResolution(Path file) {
        Entry e = entries.get(file.toAbsolutePath().normalize());
        if (e == null) {
            return Optional.empty();
        }
        synchronized (e) {
            return e.parse != null ? Optional.ofNullable(e.resolution) : Optional.empty();
        }
    }

    /**
     * The top-level scope of the file's current parse (its imports and top-level names), to resolve
     * the names of the items an edit touched only (highlighting); the names resolved from it are
     * not kept.
     */
    public Optional<FileScope> fileScope(Path file) {
        Entry e = entries.get(file.toAbsolutePath().normalize());
        if (e == null) {
            return Optional.empty();
        }
        return Optional.of(context(e, tree(e)).fileScope());
    }

    /**
     * The names resolved in this parse of the file, kept with the entry while the parse is its
     * tree (a resolution always belongs to the tree the entry holds: both go together on release).
     */
    private Resolution resolution(Entry e, ParseResult parse) {
        synchronized (e) {
            if (e.parse == parse && e.resolution != null) {
                return e.resolution;
            }
        }
        Resolution computed = context(e, parse).resolution();
        keepResolution(e, parse, computed);
        return computed;
    }

    /** What the checks and the name resolution read of a file: this parse of it, under its project's configuration. */
    private FileContext context(Entry e, ParseResult parse) {
        ToolConfig config = configOf.apply(e.project.root());
        return new FileContext(e.displayPath, parse, config.options(options), e.symbols, e.project, builtins);
    }

    private static void keepResolution(Entry e, ParseResult parse, Resolution resolution) {
        synchronized (e) {
            // one already there is the same (it goes when anything changes): keep it, so what was
            // computed from it (highlighting) stays valid
            if (e.parse == parse && e.resolution == null) {
                e.resolution = resolution;
            }
        }
    }

    /** Every file of the workspace, by display path (for project-wide navigation: symbols, callers). */
    public List<Path> files() {
        return entries.values().stream().sorted(Comparator.comparing(e -> e.displayPath)).map(e -> e.file).toList();
    }

    /** The path a file's symbols carry ({@link Symbol#path()}), or null when the file is unknown. */
    public String displayPath(Path file) {
        Entry e = entries.get(file.toAbsolutePath().normalize());
        return e == null ? null : e.displayPath;
    }

    /** The top-level names of a file, or null when the file is unknown. */
    public FileSymbols symbols(Path file) {
        Entry e = entries.get(file.toAbsolutePath().normalize());
        return e == null ? null : e.symbols;
    }

    /** The index of the project a file belongs to (what completion lists from other files), or null when unknown. */
    public ProjectIndex project(Path file) {
        Entry e = entries.get(file.toAbsolutePath().normalize());
        return e == null ? null : e.project;
    }

    /** A place a symbol is written. */
    public record Occurrence(String path, Path file, Range range, boolean declaration) {
    }

    private boolean isTopLevel(Symbol symbol) {
        for (Entry e : entries.values()) {
            if (e.displayPath.equals(symbol.path())) {
                return e.symbols.topLevel().getOrDefault(symbol.name(), List.of()).stream()
                        .anyMatch(s -> s.nameRange().equals(symbol.nameRange()));
            }
        }
        return false;
    }

    private static boolean same(Symbol a, Symbol b) {
        return a != null && b != null && a.name().equals(b.name()) && a.path().equals(b.path())
                && a.nameRange().equals(b.nameRange()) && a.kind() != SymbolKind.BUILTIN;
    }

    /** How many file analyses ran since this workspace was created (for measurements and tests). */
    public long analysisCount() {
        return analyses.get();
    }

    private List<Diagnostic> analyse(Entry e) {
        for (int attempt = 0; ; attempt++) {
            ParseResult parse = tree(e);
            List<Diagnostic> found = analyse(e, parse);
            // its tree let go meanwhile (many other files used at the same time): its symbols may
            // have been built again from another parse than the one checked, so check once more
            if (e.parse == parse || attempt == 2) {
                return found;
            }
        }
    }

    private List<Diagnostic> analyse(Entry e, ParseResult parse) {
        analyses.incrementAndGet();
        ToolConfig config = configOf.apply(e.project.root()); // its options here, its rules at the end
        FileContext context = new FileContext(e.displayPath, parse, config.options(options), e.symbols, e.project, builtins);
        List<Diagnostic> all = new ArrayList<>(parse.diagnostics());
        try {
            all.addAll(semantic.analyze(context));
            keepResolution(e, parse, context.resolution());
            e.dependencies = dependencies(e, context);
            e.hasUnresolvedImports = !context.imports().unresolved().isEmpty();
        } catch (StackOverflowError tooDeep) {
            // an expression nested beyond what this thread's stack follows: syntax findings only
            all.add(Diagnostic.of(DiagnosticCode.NESTED_TOO_DEEPLY, Range.of(0, 0, 0, 0),
                    "an expression is nested too deeply to be checked: only syntax errors are reported for this file"));
        }
        all.sort(Comparator.comparing((Diagnostic d) -> d.range().start()).thenComparing(d -> d.code().id()));
        // the user's choices, last: suppression comments in the file, then the project's rules
        return List.copyOf(config.apply(Suppressions.of(e.text).filter(all)));
    }

    /** The files whose symbols this file's imports resolved to. */
    private static Set<Path> dependencies(Entry e, FileContext context) {
        Set<Path> deps = new HashSet<>();
        context.imports().dependencies().forEach(d -> {
            Path likely = fileOf(d);
            if (likely != null && e.project.get(likely) == d) { // found directly: no scan of the project
                deps.add(likely);
                return;
            }
            e.project.files().forEach((p, s) -> {
                if (s == d) {
                    deps.add(p);
                }
            });
        });
        return deps;
    }

    private Set<Path> dependentsOf(Path changed, ProjectIndex project, boolean addedOrRemoved) {
        Set<Path> out = new LinkedHashSet<>();
        for (Entry other : entries.values()) {
            if (other.file.equals(changed) || other.project != project) {
                continue;
            }
            if (other.dependencies.contains(changed) || (addedOrRemoved && other.hasUnresolvedImports)
                    || other.diagnostics == null) {
                out.add(other.file);
            }
        }
        return out;
    }

    /**
     * Files other than Neam sources appeared or disappeared on disk: the findings that depend on
     * them (file paths that name nothing, NEAM1010) are computed again on the next request. Names
     * and their resolution do not depend on such files and are kept.
     */
    public void diskChanged() {
        for (Entry e : entries.values()) {
            e.diagnostics = null;
        }
    }

    /**
     * A project's {@code [tool.neam-lsp]} configuration changed (rules, language version): every file
     * of the project is checked again; returns them.
     */
    public Set<Path> configChanged(Path projectRoot) {
        Path root = projectRoot.toAbsolutePath().normalize();
        Set<Path> affected = new LinkedHashSet<>();
        for (Entry e : entries.values()) {
            if (e.project.root().equals(root)) {
                affected.add(e.file);
            }
        }
        invalidate(affected);
        return affected;
    }

    private void invalidate(Set<Path> files) {
        for (Path p : files) {
            Entry e = entries.get(p);
            if (e != null) {
                e.diagnostics = null;
                e.resolution = null;
            }
        }
    }

    /** Where a file's symbols most likely live: their display path, which is usually the file's path. */
    private static Path fileOf(FileSymbols symbols) {
        try {
            return Path.of(symbols.path()).toAbsolutePath().normalize();
        } catch (RuntimeException e) { // a display path that is no file path (an URI, say)
            return null;
        }
    }

    private static boolean sameModule(FileSymbols a, FileSymbols b) {
        String ma = a.module() == null ? "" : a.module().dotted();
        String mb = b.module() == null ? "" : b.module().dotted();
        return ma.equals(mb);
    }
}
