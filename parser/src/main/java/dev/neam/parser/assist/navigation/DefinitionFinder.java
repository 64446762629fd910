package dev.neam.parser.assist.navigation;

import dev.neam.parser.assist.Modules;
import dev.neam.parser.assist.NodePath;
import dev.neam.parser.assist.Words;
import dev.neam.parser.ast.Decl;
import dev.neam.parser.semantic.symbols.Symbol;
import dev.neam.parser.semantic.symbols.SymbolKind;
import dev.neam.parser.syntax.ParseResult;
import dev.neam.parser.text.Position;
import dev.neam.parser.text.Range;
import dev.neam.parser.workspace.Workspace;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Go to definition (and declaration, which Neam does not tell apart): from a use of a name — in
 * code, in a property value ({@code skills: [search]}), in an import list — to where it is
 * declared, in any file of the project; from a module path of an import to the module's file.
 * Built-ins and vocabulary words have no source, so they give nothing.
 */
public final class DefinitionFinder {

    public Optional<Definition> find(Workspace workspace, Path file, Position position) {
        ParseResult parse = workspace.parse(file);
        if (parse == null) {
            return Optional.empty();
        }
        Optional<Words.Word> word = Words.at(parse.text(), position);
        if (word.isEmpty()) {
            return Optional.empty();
        }
        Position at = word.get().range().start();
        Optional<Symbol> symbol = workspace.symbolAt(file, at);
        if (symbol.isPresent() && symbol.get().kind() == SymbolKind.IMPORT) {
            // a module imported whole (`import tools.search;` then `search.x`) is its file
            Optional<Decl.Import> declaration = NodePath.at(parse.tree(), symbol.get().nameRange().start())
                    .innermost(Decl.Import.class);
            Optional<Path> module = declaration.filter(d -> d.names().isEmpty())
                    .flatMap(d -> Modules.fileOf(workspace, file, d.path()));
            if (module.isPresent()) {
                return Optional.of(new Definition(word.get().range(), List.of(fileStart(module.get()))));
            }
        }
        if (symbol.isPresent()) {
            return target(symbol.get()).map(t -> new Definition(word.get().range(), List.of(t)));
        }
        NodePath path = NodePath.at(parse.tree(), at);
        Optional<Decl.Import> imported = path.innermost(Decl.Import.class);
        if (imported.isPresent() && imported.get().path() != null
                && imported.get().path().segments().stream().anyMatch(s -> s.range().equals(word.get().range()))) {
            return Modules.fileOf(workspace, file, imported.get().path())
                    .map(f -> new Definition(word.get().range(), List.of(fileStart(f))));
        }
        return Optional.empty();
    }

    private static Definition.Target fileStart(Path file) {
        Range top = Range.of(0, 0, 0, 0);
        return new Definition.Target(file, top, top);
    }

    private static Optional<Definition.Target> target(Symbol symbol) {
        if (symbol.kind() == SymbolKind.BUILTIN || symbol.nameRange() == null) {
            return Optional.empty();
        }
        try {
            Path file = Path.of(symbol.path()).toAbsolutePath().normalize();
            Range whole = symbol.range() == null ? symbol.nameRange() : symbol.range();
            return Optional.of(new Definition.Target(file, whole, symbol.nameRange()));
        } catch (RuntimeException e) { // a display path that is no file path
            return Optional.empty();
        }
    }
}
