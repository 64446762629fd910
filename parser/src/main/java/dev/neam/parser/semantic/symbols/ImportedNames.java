package dev.neam.parser.semantic.symbols;

import dev.neam.parser.ast.Decl;
import dev.neam.parser.ast.ModulePath;
import dev.neam.parser.ast.Name;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a file's imports bring into scope. Unknown semantics are read tolerantly: `import a.b.c;`
 * binds `c` (or its alias) and also makes the names of that module visible, so that no valid
 * program is rejected. Imports that cannot be resolved locally make the file "open": names may
 * come from them, so undefined-name checks stand down.
 */
public final class ImportedNames {
    /** Module roots of the standard library: never resolvable locally, never an error. */
    public static final Set<String> LIBRARY_ROOTS = Set.of("std", "stdlib", "neam", "core");

    private final Map<String, Symbol> names = new LinkedHashMap<>();
    private final List<Unresolved> unresolved = new ArrayList<>();
    private final List<Missing> missingNames = new ArrayList<>();
    private final List<FileSymbols> dependencies = new ArrayList<>();
    private boolean open;

    /** An import whose module is not in the project. */
    public record Unresolved(Decl.Import declaration, ModulePath path, boolean library) {
    }

    /** `import a.b.{x}` where module a.b has no `x`. */
    public record Missing(Name name, FileSymbols module) {
    }

    public static ImportedNames resolve(FileSymbols file, ProjectIndex project) {
        ImportedNames result = new ImportedNames();
        for (Decl.Import declaration : file.imports()) {
            if (!"adopt".equals(declaration.keyword()) && declaration.path() != null) {
                result.add(declaration, file, project);
            }
        }
        return result;
    }

    private void add(Decl.Import declaration, FileSymbols file, ProjectIndex project) {
        ModulePath path = declaration.path();
        List<Name> segments = path.segments();
        if (segments.isEmpty()) {
            return;
        }
        FileSymbols target = project.module(path);
        Name bound = declaration.alias() != null ? declaration.alias() : segments.get(segments.size() - 1);
        if (target == null && declaration.names().isEmpty() && !declaration.wildcard() && segments.size() > 1) {
            // `import a.b.c;` may name `c` inside module `a.b`.
            FileSymbols parent = project.module(new ModulePath(segments.subList(0, segments.size() - 1), path.range()));
            Symbol inner = parent == null ? null : parent.lookup(segments.get(segments.size() - 1).text());
            if (inner != null) {
                dependencies.add(parent);
                names.put(bound.text(), inner);
                return;
            }
        }
        if (target == null) {
            boolean library = LIBRARY_ROOTS.contains(segments.get(0).text());
            unresolved.add(new Unresolved(declaration, path, library));
            for (Name n : declaration.names()) {
                names.put(n.text(), importSymbol(n, file));
            }
            if (declaration.names().isEmpty()) {
                names.put(bound.text(), importSymbol(bound, file));
                open = true;
            }
            return;
        }
        if (target == file) {
            return;
        }
        dependencies.add(target);
        if (!declaration.names().isEmpty()) {
            for (Name n : declaration.names()) {
                Symbol inner = target.lookup(n.text());
                if (inner == null) {
                    missingNames.add(new Missing(n, target));
                    names.put(n.text(), importSymbol(n, file));
                } else {
                    names.put(n.text(), inner);
                }
            }
            return;
        }
        target.topLevel().forEach((name, symbols) -> names.putIfAbsent(name, symbols.get(0)));
        if (!declaration.wildcard()) {
            names.put(bound.text(), importSymbol(bound, file));
        }
    }

    private static Symbol importSymbol(Name name, FileSymbols file) {
        return new Symbol(name.text(), SymbolKind.IMPORT, "import", file.path(), name.range(), name.range(), name);
    }

    public Map<String, Symbol> names() {
        return names;
    }

    public List<Unresolved> unresolved() {
        return unresolved;
    }

    public List<Missing> missingNames() {
        return missingNames;
    }

    /** The project files this file's imports resolved to. */
    public List<FileSymbols> dependencies() {
        return dependencies;
    }

    public boolean open() {
        return open;
    }
}
