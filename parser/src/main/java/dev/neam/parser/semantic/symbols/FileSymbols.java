package dev.neam.parser.semantic.symbols;

import dev.neam.parser.ast.Decl;
import dev.neam.parser.ast.ModulePath;
import dev.neam.parser.ast.SourceFile;
import dev.neam.parser.ast.Stmt;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The top-level names of one file (what other files can import), its `module` line and its
 * imports. Built from the tree alone, so it is cheap to rebuild and compare after an edit.
 *
 * <p>The symbols hold the declarations' nodes, that is nearly the whole tree. A workspace that
 * bounds how many trees it keeps {@link #release releases} them (the object stays: other files'
 * analyses know a file by it) and they are built again from the file's tree when next asked for.
 */
public final class FileSymbols {
    private final String path;
    private final ModulePath module;
    private final List<Decl.Import> imports;
    private volatile Map<String, List<Symbol>> topLevel;
    private volatile String exportSignature;
    /** Where the tree comes from again once released; null until the first release. */
    private volatile Supplier<SourceFile> rebuild;

    private FileSymbols(String path, ModulePath module, List<Decl.Import> imports, Map<String, List<Symbol>> topLevel) {
        this.path = path;
        this.module = module;
        this.imports = imports;
        this.topLevel = topLevel;
    }

    public static FileSymbols of(String path, SourceFile tree) {
        Collected collected = collect(path, tree);
        return new FileSymbols(path, collected.module(), collected.imports(), collected.topLevel());
    }

    private record Collected(ModulePath module, List<Decl.Import> imports, Map<String, List<Symbol>> topLevel) {
    }

    private static Collected collect(String path, SourceFile tree) {
        ModulePath module = null;
        List<Decl.Import> imports = new ArrayList<>();
        Map<String, List<Symbol>> topLevel = new LinkedHashMap<>();
        for (Stmt item : tree.items()) {
            if (item instanceof Decl.Module m && module == null) {
                module = m.path();
            } else if (item instanceof Decl.Import i) {
                imports.add(i);
            }
            for (Symbol symbol : Declarations.declaredBy(item, path)) {
                topLevel.computeIfAbsent(symbol.name(), k -> new ArrayList<>()).add(symbol);
            }
        }
        topLevel.replaceAll((k, v) -> List.copyOf(v));
        return new Collected(module, List.copyOf(imports), Collections.unmodifiableMap(topLevel));
    }

    /**
     * Drops the top-level symbols (and with them the tree they hold); {@code tree} gives the file's
     * tree again, the same text parsed, when they are next asked for. The export signature is kept.
     */
    public void release(Supplier<SourceFile> tree) {
        if (exportSignature == null && topLevel != null) {
            exportSignature();
        }
        rebuild = tree;
        topLevel = null;
    }

    /** Whether the top-level symbols are held now (not released, or built again since). */
    public boolean isHeld() {
        return topLevel != null;
    }

    public String path() {
        return path;
    }

    public ModulePath module() {
        return module;
    }

    public List<Decl.Import> imports() {
        return imports;
    }

    public Map<String, List<Symbol>> topLevel() {
        Map<String, List<Symbol>> held = topLevel;
        return held != null ? held : rebuilt();
    }

    private synchronized Map<String, List<Symbol>> rebuilt() {
        Map<String, List<Symbol>> held = topLevel;
        if (held == null) {
            held = collect(path, rebuild.get()).topLevel();
            topLevel = held;
        }
        return held;
    }

    /** The first top-level symbol of that name, or null. */
    public Symbol lookup(String name) {
        List<Symbol> found = topLevel().get(name);
        return found == null || found.isEmpty() ? null : found.get(0);
    }

    /**
     * A fingerprint of what other files can see (names, kinds, header words and arities), so that
     * an edit inside a function body does not re-check the files that import this one.
     */
    public String exportSignature() {
        String known = exportSignature;
        if (known == null) {
            known = computeExportSignature();
            exportSignature = known;
        }
        return known;
    }

    private String computeExportSignature() {
        StringBuilder b = new StringBuilder();
        topLevel().forEach((name, symbols) -> {
            for (Symbol s : symbols) {
                b.append(name).append(':').append(s.kind()).append(':').append(s.detail());
                if (s.node() instanceof Decl.Function f) {
                    b.append(':').append(f.params().size());
                }
                if (s.node() instanceof Decl.Domain d) {
                    // other files' handoff checks follow these edges (cycles through several files)
                    HandoffTargets.of(d).forEach(t -> b.append(":>").append(t.text()));
                }
                b.append(';');
            }
        });
        for (Decl.Import i : imports) {
            if ("pub".equals(i.visibility()) || (i.visibility() != null && i.visibility().startsWith("pub"))) {
                b.append("reexport:").append(i.path() == null ? "" : i.path().dotted()).append(';');
            }
        }
        return b.toString();
    }
}
