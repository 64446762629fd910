package dev.neam.parser.navigation;

import dev.neam.parser.semantic.symbols.Symbol;
import dev.neam.parser.semantic.symbols.SymbolKind;
import dev.neam.parser.text.Position;
import dev.neam.parser.workspace.Workspace;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finding a symbol and every place it is written, for references, highlights and rename. Names
 * resolved by the scope analysis come from the {@link Workspace}; struct fields and methods
 * ({@link MemberReferences}) and type names in annotations and `impl`/`extend` headers
 * ({@link TypeNameReferences}) are found here, because the analysis does not resolve them.
 */
public final class Navigation {
    private final Workspace workspace;

    public Navigation(Workspace workspace) {
        this.workspace = workspace;
    }

    public Workspace workspace() {
        return workspace;
    }

    /** The symbol declared or used at a position, or empty. */
    public Optional<Symbol> symbolAt(Path file, Position position) {
        Optional<Symbol> found = workspace.symbolAt(file, position);
        if (found.isPresent()) {
            return found;
        }
        Optional<Symbol> member = new MemberReferences(workspace).symbolAt(file, position);
        if (member.isPresent()) {
            return member;
        }
        return TypeNameReferences.symbolAt(workspace, file, position);
    }

    /** Every place a symbol is written in the project, sorted by file then position. */
    public List<Occurrence> occurrences(Symbol symbol, boolean includeDeclaration) {
        if (symbol.kind() == SymbolKind.BUILTIN) {
            return List.of();
        }
        if (symbol.kind() == SymbolKind.FIELD || symbol.kind() == SymbolKind.METHOD) {
            return sorted(new MemberReferences(workspace).occurrences(symbol, includeDeclaration));
        }
        List<Occurrence> out = new ArrayList<>();
        Map<Path, ResolvedNames> resolved = new HashMap<>();
        Set<Path> files = new LinkedHashSet<>();
        for (Workspace.Occurrence o : workspace.occurrences(symbol, includeDeclaration)) {
            ResolvedNames names = resolved.computeIfAbsent(o.file(), f -> ResolvedNames.of(workspace, f));
            out.add(new Occurrence(o.path(), o.file(), o.range(), o.declaration(),
                    o.declaration() || names.isWrite(o.range())));
            files.add(o.file());
        }
        if (TypeNameReferences.isTypeName(symbol)) {
            out.addAll(TypeNameReferences.occurrences(workspace, symbol, files));
        }
        return sorted(out);
    }

    /** The occurrences of a symbol in one file (for highlighting), declaration included. */
    public List<Occurrence> occurrencesIn(Path file, Symbol symbol) {
        Path wanted = file.toAbsolutePath().normalize();
        return occurrences(symbol, true).stream().filter(o -> o.file().equals(wanted)).toList();
    }

    private static List<Occurrence> sorted(List<Occurrence> occurrences) {
        List<Occurrence> unique = new ArrayList<>(new LinkedHashSet<>(occurrences));
        unique.sort(Comparator.comparing(Occurrence::path).thenComparing(o -> o.range().start())
                .thenComparing(o -> !o.declaration()));
        // one entry per range: the declaration wins over a use found twice
        List<Occurrence> out = new ArrayList<>();
        for (Occurrence o : unique) {
            if (!out.isEmpty() && out.get(out.size() - 1).path().equals(o.path())
                    && out.get(out.size() - 1).range().equals(o.range())) {
                continue;
            }
            out.add(o);
        }
        return out;
    }
}
