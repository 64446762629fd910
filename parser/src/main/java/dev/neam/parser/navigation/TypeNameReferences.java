package dev.neam.parser.navigation;

import dev.neam.parser.ast.Decl;
import dev.neam.parser.ast.Name;
import dev.neam.parser.ast.SourceFile;
import dev.neam.parser.ast.TypeRef;
import dev.neam.parser.semantic.AstNodes;
import dev.neam.parser.semantic.symbols.FileSymbols;
import dev.neam.parser.semantic.symbols.Symbol;
import dev.neam.parser.semantic.symbols.SymbolKind;
import dev.neam.parser.syntax.ParseResult;
import dev.neam.parser.text.Position;
import dev.neam.parser.text.Range;
import dev.neam.parser.workspace.Workspace;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Type names the scope analysis does not resolve: annotations kept as text (`p: Point`,
 * `-> List<Shape>`) and the names in `impl Shape for Point`, `extend Point` and trait supertrait
 * lists. They are matched by name against the struct, trait, sealed type or `type` alias the
 * file can see, so renaming a type also renames its annotations.
 */
final class TypeNameReferences {
    private static final Pattern WORD = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private TypeNameReferences() {
    }

    static boolean isTypeName(Symbol symbol) {
        return symbol.kind() == SymbolKind.STRUCT || symbol.kind() == SymbolKind.TRAIT
                || symbol.kind() == SymbolKind.SEALED
                || symbol.kind() == SymbolKind.BINDING && "type".equals(symbol.detail());
    }

    static Optional<Symbol> symbolAt(Workspace workspace, Path file, Position position) {
        ParseResult parse = workspace.parse(file);
        if (parse == null) {
            return Optional.empty();
        }
        for (dev.neam.parser.ast.Node node : NodesAt.of(parse.tree(), position)) {
            for (Name name : typeNamesOf(node)) {
                if (name.range().contains(position)) {
                    return declaration(workspace, file, name.text());
                }
            }
        }
        return Optional.empty();
    }

    /** The type names written in the given files (plus the declaring file) that name the symbol. */
    static List<Occurrence> occurrences(Workspace workspace, Symbol symbol, Set<Path> files) {
        Set<Path> scope = new LinkedHashSet<>(files);
        for (Path f : workspace.files()) {
            if (symbol.path().equals(workspace.displayPath(f))) {
                scope.add(f);
            }
        }
        List<Occurrence> out = new ArrayList<>();
        for (Path f : scope) {
            ParseResult parse = workspace.parse(f);
            if (parse == null) {
                continue;
            }
            String path = workspace.displayPath(f);
            for (Name name : typeNames(parse.tree())) {
                if (name.text().equals(symbol.name())) {
                    out.add(new Occurrence(path, f, name.range(), false, false));
                }
            }
        }
        return out;
    }

    /** The type declaration a file sees under a name: its own first, then any file of the project. */
    private static Optional<Symbol> declaration(Workspace workspace, Path file, String name) {
        FileSymbols own = workspace.symbols(file);
        Symbol local = own == null ? null : own.lookup(name);
        if (local != null) {
            return isTypeName(local) ? Optional.of(local) : Optional.empty();
        }
        for (Path other : workspace.files()) {
            FileSymbols symbols = workspace.symbols(other);
            Symbol found = symbols == null ? null : symbols.lookup(name);
            if (found != null && isTypeName(found)) {
                return Optional.of(found);
            }
        }
        return Optional.empty();
    }

    /** Every type name written in a tree, with its range. */
    static List<Name> typeNames(SourceFile tree) {
        List<Name> out = new ArrayList<>();
        AstNodes.walk(tree, node -> out.addAll(typeNamesOf(node)));
        return out;
    }

    /** The type names a node itself writes (not its children's). */
    private static List<Name> typeNamesOf(dev.neam.parser.ast.Node node) {
        List<Name> out = new ArrayList<>();
        if (node instanceof TypeRef type) {
            words(type, out);
        } else if (node instanceof Decl.Impl impl) {
            add(out, impl.trait());
            add(out, impl.target());
        } else if (node instanceof Decl.Extend extend) {
            add(out, extend.target());
        } else if (node instanceof Decl.Trait trait) {
            trait.supertraits().forEach(n -> add(out, n));
        }
        return out;
    }

    private static void add(List<Name> out, Name name) {
        if (name != null && !name.text().isEmpty()) {
            out.add(name);
        }
    }

    /** The words of an annotation written on one line (`Map<string, Point>` gives `Point`…). */
    private static void words(TypeRef type, List<Name> out) {
        Range r = type.range();
        if (type.text() == null || r.start().line() != r.end().line()
                || r.end().character() - r.start().character() != type.text().length()) {
            return; // written across lines or with spacing the text does not keep: positions unknown
        }
        Matcher m = WORD.matcher(type.text());
        while (m.find()) {
            Position start = new Position(r.start().line(), r.start().character() + m.start());
            Position end = new Position(r.start().line(), r.start().character() + m.end());
            out.add(new Name(m.group(), new Range(start, end)));
        }
    }
}
