package dev.neam.parser.navigation;

import dev.neam.parser.ast.Expr;
import dev.neam.parser.ast.Name;
import dev.neam.parser.ast.Node;
import dev.neam.parser.semantic.AstNodes;
import dev.neam.parser.semantic.symbols.Symbol;
import dev.neam.parser.semantic.symbols.SymbolKind;
import dev.neam.parser.syntax.ParseResult;
import dev.neam.parser.text.Position;
import dev.neam.parser.text.Range;
import dev.neam.parser.workspace.Workspace;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Who calls whom among the functions, methods and code-running declarations (skills with an
 * `impl` handler) of a project. A call is a name written as a callee: `f(x)`, `obj.m(x)`,
 * `x |> f`, `spawn Agent(…)`; a name merely mentioned (`skills: [search]`) is not a call.
 */
public final class CallGraph {
    /** A unit with the ranges of the calls that connect it to the unit asked about. */
    public record Call(CallableUnit unit, List<Range> fromRanges) {
    }

    private final Navigation navigation;

    public CallGraph(Navigation navigation) {
        this.navigation = navigation;
    }

    /** The unit named at a position (its declaration or a call of it), or empty. */
    public Optional<CallableUnit> prepare(Path file, Position position) {
        return navigation.symbolAt(file, position).flatMap(this::unitOf);
    }

    /** The units whose code calls this one, in file order, with where each calls it. */
    public List<Call> incoming(CallableUnit target) {
        Optional<Symbol> symbol = navigation.symbolAt(target.file(), target.nameRange().start());
        if (symbol.isEmpty() || target.kind() == CallableUnit.Kind.FILE) {
            return List.of();
        }
        Map<String, Call> calls = new LinkedHashMap<>();
        Map<Path, Set<Range>> callees = new LinkedHashMap<>();
        Map<Path, List<CallableUnit>> units = new LinkedHashMap<>();
        for (Occurrence o : navigation.occurrences(symbol.get(), false)) {
            ParseResult parse = navigation.workspace().parse(o.file());
            if (parse == null || !callees.computeIfAbsent(o.file(), f -> calleeNames(parse.tree()).stream()
                    .map(Name::range).collect(java.util.stream.Collectors.toSet())).contains(o.range())) {
                continue;
            }
            List<CallableUnit> fileUnits = units.computeIfAbsent(o.file(), f -> CallableUnit.of(o.path(), f,
                    parse.tree()));
            CallableUnit caller = CallableUnit.enclosing(fileUnits, o.range());
            if (caller == null) {
                caller = CallableUnit.file(o.path(), o.file(), parse.tree());
            }
            add(calls, caller, o.range());
        }
        return List.copyOf(calls.values());
    }

    /** The units this one calls, in the order of their first call, with where it calls each. */
    public List<Call> outgoing(CallableUnit source) {
        ParseResult parse = navigation.workspace().parse(source.file());
        if (parse == null) {
            return List.of();
        }
        List<CallableUnit> fileUnits = CallableUnit.of(source.path(), source.file(), parse.tree());
        Map<String, Call> calls = new LinkedHashMap<>();
        Node code = source.kind() == CallableUnit.Kind.FILE ? parse.tree() : source.node();
        for (Name callee : calleeNames(code)) {
            CallableUnit at = CallableUnit.enclosing(fileUnits, callee.range());
            boolean mine = source.kind() == CallableUnit.Kind.FILE ? at == null
                    : at != null && at.nameRange().equals(source.nameRange());
            if (!mine) {
                continue;
            }
            navigation.symbolAt(source.file(), callee.range().start()).flatMap(this::unitOf)
                    .ifPresent(unit -> add(calls, unit, callee.range()));
        }
        return List.copyOf(calls.values());
    }

    private static void add(Map<String, Call> calls, CallableUnit unit, Range from) {
        String key = unit.path() + "@" + unit.nameRange() + "#" + unit.kind();
        calls.computeIfAbsent(key, k -> new Call(unit, new ArrayList<>())).fromRanges().add(from);
    }

    /** The unit a symbol declares, found among the units of its file. */
    private Optional<CallableUnit> unitOf(Symbol symbol) {
        if (symbol.kind() != SymbolKind.FUNCTION && symbol.kind() != SymbolKind.METHOD
                && symbol.kind() != SymbolKind.DECLARATION) {
            return Optional.empty();
        }
        Workspace workspace = navigation.workspace();
        for (Path f : workspace.files()) {
            if (!symbol.path().equals(workspace.displayPath(f))) {
                continue;
            }
            ParseResult parse = workspace.parse(f);
            if (parse == null) {
                return Optional.empty();
            }
            for (CallableUnit unit : CallableUnit.of(symbol.path(), f, parse.tree())) {
                if (unit.nameRange().equals(symbol.nameRange())) {
                    return Optional.of(unit);
                }
            }
        }
        return Optional.empty();
    }

    /** The names written as callees in a piece of code, in source order. */
    static List<Name> calleeNames(Node code) {
        List<Name> out = new ArrayList<>();
        Set<Range> seen = new HashSet<>();
        AstNodes.walk(code, node -> {
            Name name = null;
            if (node instanceof Expr.Call call) {
                name = calleeName(call.callee());
            } else if (node instanceof Expr.Binary b && b.operator().equals("|>")) {
                name = b.right() instanceof Expr.Call ? null : calleeName(b.right()); // a call there counts itself
            } else if (node instanceof Expr.Spawn spawn) {
                name = spawn.target();
            }
            if (name != null && seen.add(name.range())) {
                out.add(name);
            }
        });
        out.sort(java.util.Comparator.comparing(n -> n.range().start()));
        return out;
    }

    private static Name calleeName(Expr callee) {
        if (callee instanceof Expr.Identifier id) {
            return id.name();
        }
        if (callee instanceof Expr.Member m) {
            return m.member();
        }
        return null;
    }
}
