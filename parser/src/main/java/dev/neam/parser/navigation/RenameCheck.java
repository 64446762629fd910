package dev.neam.parser.navigation;

import dev.neam.parser.assist.Words;
import dev.neam.parser.ast.Decl;
import dev.neam.parser.ast.Member;
import dev.neam.parser.ast.Name;
import dev.neam.parser.ast.SourceFile;
import dev.neam.parser.ast.Stmt;
import dev.neam.parser.semantic.scope.Resolution;
import dev.neam.parser.semantic.symbols.FileSymbols;
import dev.neam.parser.semantic.symbols.Symbol;
import dev.neam.parser.semantic.symbols.SymbolKind;
import dev.neam.parser.syntax.Names;
import dev.neam.parser.syntax.ParseResult;
import dev.neam.parser.text.Position;
import dev.neam.parser.text.Range;
import dev.neam.parser.text.SourceText;
import dev.neam.parser.workspace.Workspace;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Whether a name can be renamed, and whether a new name is acceptable: a plain identifier (not a
 * keyword) that does not collide with a name already declared where the symbol lives. Answers
 * are messages meant for the user, never exceptions.
 */
public final class RenameCheck {
    private static final java.util.regex.Pattern WORD = java.util.regex.Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    /** What prepare found: a symbol with the range of the name under the cursor, or why not. */
    public sealed interface Prepared {
    }

    public record Target(Symbol symbol, Range range, String placeholder) implements Prepared {
    }

    public record Refused(String message) implements Prepared {
    }

    private final Navigation navigation;

    public RenameCheck(Navigation navigation) {
        this.navigation = navigation;
    }

    public Prepared prepare(Path file, Position position) {
        Workspace workspace = navigation.workspace();
        ParseResult parse = workspace.parse(file);
        if (parse == null) {
            return new Refused("this file is not part of the analysed project");
        }
        Range word = wordAt(parse.text(), position);
        String text = word == null ? "" : parse.text().slice(word);
        Optional<Symbol> symbol = navigation.symbolAt(file, position);
        if (symbol.isPresent()) {
            Symbol s = symbol.get();
            if (s.kind() == SymbolKind.BUILTIN) {
                return new Refused("'" + s.name() + "' is a built-in and cannot be renamed");
            }
            if (s.kind() == SymbolKind.IMPORT && !isAlias(workspace, s)) {
                return new Refused("'" + s.name() + "' names a module or a module outside this project; module paths"
                        + " cannot be renamed");
            }
            if (s.kind() == SymbolKind.METHOD && implementsTrait(parse.tree(), s)) {
                return new Refused("'" + s.name() + "' implements a trait method; renaming trait methods together"
                        + " with every implementation is not supported");
            }
            if (word == null || !text.equals(s.name())) {
                return new Refused("place the cursor on a name to rename it");
            }
            return new Target(s, word, text);
        }
        if (word == null) {
            return new Refused("place the cursor on a name to rename it");
        }
        if (isTraitMethod(parse.tree(), position)) {
            return new Refused("'" + text + "' is a trait method; renaming trait methods together with every"
                    + " implementation is not supported");
        }
        if (!Names.isIdentifier(text) || isHeaderWord(parse.tree(), position)) {
            return new Refused("'" + text + "' is a keyword; keywords cannot be renamed");
        }
        if (isModulePath(parse.tree(), position)) {
            return new Refused("'" + text + "' is part of a module path; module paths cannot be renamed");
        }
        if (isPropertyKey(parse.tree(), position)) {
            return new Refused("'" + text + "' is a property key of the language and cannot be renamed");
        }
        return new Refused("'" + text + "' is not declared in this project, so it cannot be renamed");
    }

    /** Why {@code newName} cannot replace the symbol's name, or empty when it can. */
    public Optional<String> problem(Symbol symbol, String newName) {
        if (newName == null || newName.isBlank()) {
            return Optional.of("the new name is empty");
        }
        if (!Names.isIdentifier(newName)) {
            return Optional.of(WORD.matcher(newName).matches()
                    ? "'" + newName + "' is a keyword and cannot be used as a name"
                    : "'" + newName + "' is not a valid Neam name (letters, digits and '_', not starting with a digit)");
        }
        if (newName.equals(symbol.name())) {
            return Optional.empty();
        }
        return collision(symbol, newName).map(other -> {
            String where = other.describe() + " in " + fileName(other.path()) + ", line "
                    + (other.nameRange().start().line() + 1);
            return shadows(symbol, other)
                    ? "'" + newName + "' would hide " + where + ", which this code uses"
                    : "'" + newName + "' is already declared in this scope (" + where + ")";
        });
    }

    // ---- collisions --------------------------------------------------------------------------

    /** A local renamed after a top-level name its function uses would hide that name. */
    private static boolean shadows(Symbol renamed, Symbol other) {
        boolean renamedIsLocal = renamed.kind() == SymbolKind.VARIABLE || renamed.kind() == SymbolKind.PARAMETER
                || renamed.kind() == SymbolKind.CONSTANT;
        return renamedIsLocal && other.path().equals(renamed.path()) && other.kind() != SymbolKind.VARIABLE
                && other.kind() != SymbolKind.PARAMETER;
    }

    private Optional<Symbol> collision(Symbol symbol, String newName) {
        Workspace workspace = navigation.workspace();
        if (symbol.kind() == SymbolKind.FIELD || symbol.kind() == SymbolKind.METHOD) {
            return memberNamed(workspace, symbol.detail(), newName); // detail: the owning type
        }
        Path declaring = fileOf(workspace, symbol.path());
        if (declaring == null) {
            return Optional.empty();
        }
        FileSymbols own = workspace.symbols(declaring);
        boolean topLevel = own != null && own.topLevel().getOrDefault(symbol.name(), List.of()).stream()
                .anyMatch(s -> s.nameRange().equals(symbol.nameRange()));
        if (topLevel) {
            Set<Path> files = new LinkedHashSet<>();
            files.add(declaring);
            navigation.occurrences(symbol, false).forEach(o -> files.add(o.file()));
            for (Path f : files) {
                Optional<Symbol> clash = topLevelNamed(workspace, f, newName);
                if (clash.isPresent()) {
                    return clash;
                }
            }
            return Optional.empty();
        }
        return localNamed(workspace, declaring, symbol, newName);
    }

    /** A top-level declaration or imported name called {@code name} in a file. */
    private static Optional<Symbol> topLevelNamed(Workspace workspace, Path file, String name) {
        FileSymbols symbols = workspace.symbols(file);
        if (symbols == null) {
            return Optional.empty();
        }
        Symbol own = symbols.lookup(name);
        if (own != null) {
            return Optional.of(own);
        }
        for (Decl.Import i : symbols.imports()) {
            for (Name n : i.names()) {
                if (n.text().equals(name)) {
                    return Optional.of(new Symbol(name, SymbolKind.IMPORT, "import", symbols.path(), n.range(),
                            i.range(), i));
                }
            }
            if (i.alias() != null && i.alias().text().equals(name)) {
                return Optional.of(new Symbol(name, SymbolKind.IMPORT, "import", symbols.path(), i.alias().range(),
                        i.range(), i));
            }
        }
        return Optional.empty();
    }

    /** A local of the same function (or the same top-level code) already called {@code name}. */
    private static Optional<Symbol> localNamed(Workspace workspace, Path file, Symbol symbol, String name) {
        Optional<Resolution> resolution = workspace.resolution(file);
        ParseResult parse = workspace.parse(file);
        if (resolution.isEmpty() || parse == null) {
            return Optional.empty();
        }
        List<CallableUnit> units = CallableUnit.of(symbol.path(), file, parse.tree());
        CallableUnit home = CallableUnit.enclosing(units, symbol.nameRange());
        for (Symbol local : resolution.get().localReads().keySet()) {
            if (local.name().equals(name) && CallableUnit.enclosing(units, local.nameRange()) == home) {
                return Optional.of(local);
            }
        }
        // a local that would shadow a top-level name the same function already uses
        Symbol outer = workspace.symbols(file) == null ? null : workspace.symbols(file).lookup(name);
        if (outer != null && home != null) {
            for (Resolution.Reference ref : resolution.get().references()) {
                if (ref.target() != null && ref.target().name().equals(name)
                        && ref.target().nameRange().equals(outer.nameRange())
                        && home.range().contains(ref.name().range().start())) {
                    return Optional.of(outer);
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Symbol> memberNamed(Workspace workspace, String owner, String name) {
        MemberReferences members = new MemberReferences(workspace);
        for (Path f : workspace.files()) {
            ParseResult parse = workspace.parse(f);
            if (parse == null) {
                continue;
            }
            for (Stmt item : parse.tree().items()) {
                Name found = null;
                if (item instanceof Decl.Struct s && s.name() != null && s.name().text().equals(owner)) {
                    found = s.fields().stream().map(Decl.Field::name)
                            .filter(n -> n != null && n.text().equals(name)).findFirst()
                            .orElse(method(s.methods(), name));
                } else if (item instanceof Decl.Impl i && i.target() != null && i.target().text().equals(owner)) {
                    found = method(i.methods(), name);
                } else if (item instanceof Decl.Extend e && e.target() != null && e.target().text().equals(owner)) {
                    found = method(e.methods(), name);
                }
                if (found != null) {
                    return members.symbolAt(f, found.range().start());
                }
            }
        }
        return Optional.empty();
    }

    private static Name method(List<Decl.Function> methods, String name) {
        return methods.stream().map(Decl.Function::name).filter(n -> n != null && n.text().equals(name))
                .findFirst().orElse(null);
    }

    // ---- what the cursor is on ---------------------------------------------------------------

    /** The identifier-like word touching a position, or null. */
    static Range wordAt(SourceText text, Position position) {
        return Words.at(text, position).map(Words.Word::range).orElse(null);
    }

    private static boolean isAlias(Workspace workspace, Symbol symbol) {
        Path file = fileOf(workspace, symbol.path());
        FileSymbols symbols = file == null ? null : workspace.symbols(file);
        return symbols != null && symbols.imports().stream()
                .anyMatch(i -> i.alias() != null && i.alias().range().equals(symbol.nameRange()));
    }

    /** A method name declared in a trait (which the member analysis does not follow). */
    private static boolean isTraitMethod(SourceFile tree, Position position) {
        return anyName(tree, position, node -> node instanceof Decl.Trait t
                ? t.methods().stream().map(Decl.Function::name).filter(n -> n != null).toList() : List.of());
    }

    /** Whether a method is declared in an `impl Trait for Type` block: its name is the trait's to choose. */
    private boolean implementsTrait(SourceFile ownTree, Symbol method) {
        Path file = fileOf(navigation.workspace(), method.path());
        ParseResult parse = file == null ? null : navigation.workspace().parse(file);
        SourceFile tree = parse == null ? ownTree : parse.tree();
        for (Stmt item : tree.items()) {
            if (item instanceof Decl.Impl i && i.trait() != null && i.methods().stream()
                    .anyMatch(m -> m.name() != null && m.name().range().equals(method.nameRange()))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isHeaderWord(SourceFile tree, Position position) {
        return anyName(tree, position, node -> node instanceof Decl.Domain d ? d.keywords()
                : node instanceof Decl.Binding b && b.keyword() != null ? List.of(b.keyword()) : List.of());
    }

    private static boolean isModulePath(SourceFile tree, Position position) {
        return anyName(tree, position, node -> node instanceof dev.neam.parser.ast.ModulePath p ? p.segments()
                : List.of());
    }

    private static boolean isPropertyKey(SourceFile tree, Position position) {
        return anyName(tree, position, node -> node instanceof Member m && m.key() != null ? List.of(m.key())
                : List.of());
    }

    private static boolean anyName(SourceFile tree, Position position,
                                   java.util.function.Function<dev.neam.parser.ast.Node, List<Name>> names) {
        for (dev.neam.parser.ast.Node node : NodesAt.of(tree, position)) {
            for (Name n : names.apply(node)) {
                if (n.range().contains(position)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String fileName(String path) {
        return path.substring(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
    }

    private static Path fileOf(Workspace workspace, String displayPath) {
        for (Path f : workspace.files()) {
            if (displayPath.equals(workspace.displayPath(f))) {
                return f;
            }
        }
        return null;
    }
}
