package dev.neam.parser.assist.completion;

import dev.neam.parser.ast.Decl;
import dev.neam.parser.ast.Name;
import dev.neam.parser.language.Profile;
import dev.neam.parser.language.ValueType;
import dev.neam.parser.language.Vocabulary;
import dev.neam.parser.semantic.symbols.FileSymbols;
import dev.neam.parser.semantic.symbols.ImportedNames;
import dev.neam.parser.semantic.symbols.ProjectIndex;
import dev.neam.parser.semantic.symbols.Symbol;
import dev.neam.parser.semantic.symbols.SymbolKind;
import dev.neam.parser.syntax.ParseResult;
import dev.neam.parser.text.Position;
import dev.neam.parser.workspace.Workspace;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Completion at a position of a workspace file: finds the cursor's context from the tokens around
 * it, then asks the vocabulary and the project's symbols for proposals. Never throws for any text:
 * broken code yields fewer proposals, not an error.
 */
public final class CompletionEngine {
    private final Vocabulary vocabulary;
    private final Profile profile;

    public CompletionEngine(Vocabulary vocabulary, String languageVersion) {
        this.vocabulary = vocabulary;
        this.profile = vocabulary.profile(languageVersion);
    }

    /** The proposals at {@code position} of {@code file}, which the workspace holds at its newest text. */
    public CompletionList complete(Workspace workspace, Path file, Position position) {
        ParseResult parse = workspace.parse(file);
        if (parse == null) {
            return CompletionList.EMPTY;
        }
        FileSymbols own = workspace.symbols(file);
        ProjectIndex project = workspace.project(file);
        int offset = parse.text().offsetAt(position);
        CursorContext context = new ContextAnalyzer(vocabulary, profile).analyze(parse.text(), parse.tree(), offset);
        KeywordCompletions keywords = new KeywordCompletions(vocabulary, profile);
        PropertyCompletions properties = new PropertyCompletions(vocabulary, profile);
        NameCompletions names = new NameCompletions(vocabulary, profile);
        // what the file sees is computed at most once per request, and only by contexts that need it
        java.util.function.Supplier<Map<String, Symbol>> visible = memo(() -> visible(own, project));
        List<Completion> out = new ArrayList<>();
        if (context instanceof CursorContext.Statement s) {
            out.addAll(keywords.keywords(s.range(), false));
            out.addAll(keywords.declarations(s.range()));
            out.addAll(names.names(s.range(), locals(parse, s.range().start(), own), visible.get()));
        } else if (context instanceof CursorContext.HeaderContinuation h) {
            out.addAll(keywords.continuations(h.firstWord(), h.range()));
        } else if (context instanceof CursorContext.Expression e) {
            out.addAll(keywords.keywords(e.range(), true));
            out.addAll(names.names(e.range(), locals(parse, e.range().start(), own), visible.get()));
        } else if (context instanceof CursorContext.Member m && m.receiver() != null) {
            Symbol receiver = throughValue(resolve(m.receiver(), parse, m.range().start(), own, visible.get()),
                    parse, m.range().start(), own, visible.get(), 3);
            if (receiver != null) {
                out.addAll(new MemberCompletions(vocabulary).members(receiver, parse.tree(),
                        s -> module(s, own, project), m.range()));
            } else {
                vocabulary.namespace(m.receiver())
                        .ifPresent(ns -> out.addAll(MemberCompletions.namespace(ns, m.range())));
            }
        } else if (context instanceof CursorContext.ModulePath mp) {
            if (project != null) {
                out.addAll(ModuleCompletions.complete(project, file.toAbsolutePath().normalize(), mp.segments(),
                        mp.range()));
            }
        } else if (context instanceof CursorContext.Key k) {
            out.addAll(properties.keys(k));
        } else if (context instanceof CursorContext.Value v) {
            for (Completion c : properties.values(v, visible.get().values())) {
                out.add(v.spaceBefore()
                        ? c.withInsert(" " + c.insertText(), c.snippet() == null ? null : " " + c.snippet()) : c);
            }
            if (v.property().type() == ValueType.EXPRESSION) {
                out.addAll(keywords.keywords(v.range(), true));
                out.addAll(names.names(v.range(), locals(parse, v.range().start(), own), visible.get()));
            }
        } else if (context instanceof CursorContext.StringValue sv) {
            if (sv.property().type() == ValueType.PATH) {
                return PathCompletions.complete(file, project == null ? null : project.root(), sv.typed(), sv.range());
            }
            out.addAll(properties.stringValues(sv));
        }
        return CompletionLimit.apply(out, parse.text(), offset);
    }

    /**
     * A variable bound to a declaration or to a new struct value ({@code let desk = SupportDesk;},
     * {@code let p = Point(x: 1);}) has that declaration's or struct's members; {@code depth} bounds
     * chains of such variables.
     */
    private static Symbol throughValue(Symbol symbol, ParseResult parse, Position position, FileSymbols own,
                                       Map<String, Symbol> visible, int depth) {
        if (symbol == null || depth == 0 || symbol.kind() != SymbolKind.VARIABLE && symbol.kind() != SymbolKind.CONSTANT) {
            return symbol;
        }
        dev.neam.parser.ast.Expr value = symbol.node() instanceof Decl.Let l ? l.value()
                : symbol.node() instanceof Decl.Const c ? c.value() : null;
        boolean constructed = value instanceof dev.neam.parser.ast.Expr.Call call
                && call.callee() instanceof dev.neam.parser.ast.Expr.Identifier;
        dev.neam.parser.ast.Expr named = constructed ? ((dev.neam.parser.ast.Expr.Call) value).callee() : value;
        if (!(named instanceof dev.neam.parser.ast.Expr.Identifier id) || id.name().text().equals(symbol.name())) {
            return symbol;
        }
        Symbol target = throughValue(resolve(id.name().text(), parse, position, own, visible), parse, position, own,
                visible, depth - 1);
        if (target == null) {
            return symbol;
        }
        boolean fits = constructed ? target.kind() == SymbolKind.STRUCT : target.kind() == SymbolKind.DECLARATION;
        return fits ? target : symbol;
    }

    private static List<Symbol> locals(ParseResult parse, Position position, FileSymbols own) {
        return NameCompletions.locals(parse.tree(), position, own == null ? "" : own.path());
    }

    /** The file's top-level names and what its imports bring, as the checks see them. */
    private static Map<String, Symbol> visible(FileSymbols own, ProjectIndex project) {
        Map<String, Symbol> visible = new LinkedHashMap<>();
        if (own == null) {
            return visible;
        }
        own.topLevel().forEach((name, symbols) -> visible.put(name, symbols.get(0)));
        if (project != null) {
            ImportedNames.resolve(own, project).names().forEach(visible::putIfAbsent);
        }
        return visible;
    }

    private static Symbol resolve(String name, ParseResult parse, Position position, FileSymbols own,
                                  Map<String, Symbol> visible) {
        if (name.equals("self") && parse.tree() != null) {
            // inside a struct, its impl or extend block, `self` is that struct
            for (dev.neam.parser.ast.Stmt item : parse.tree().items()) {
                Name type = null;
                if (item instanceof Decl.Impl i) {
                    type = i.target();
                } else if (item instanceof Decl.Extend e) {
                    type = e.target();
                } else if (item instanceof Decl.Struct st) {
                    type = st.name();
                }
                if (type != null && item.range().contains(position)) {
                    return visible.get(type.text());
                }
            }
        }
        List<Symbol> locals = locals(parse, position, own);
        for (int i = locals.size() - 1; i >= 0; i--) {
            if (locals.get(i).name().equals(name)) {
                return locals.get(i);
            }
        }
        return visible.get(name);
    }

    private static <T> java.util.function.Supplier<T> memo(java.util.function.Supplier<T> compute) {
        Object[] cell = new Object[1];
        return () -> {
            if (cell[0] == null) {
                cell[0] = compute.get();
            }
            @SuppressWarnings("unchecked")
            T value = (T) cell[0];
            return value;
        };
    }

    /** The module an import symbol names ({@code import kb.docs;} then {@code docs.}), when it is in the project. */
    private static FileSymbols module(Symbol alias, FileSymbols own, ProjectIndex project) {
        if (own == null || project == null || alias.kind() != SymbolKind.IMPORT) {
            return null;
        }
        for (Decl.Import i : own.imports()) {
            if (i.path() == null || i.path().segments().isEmpty()) {
                continue;
            }
            List<Name> segments = i.path().segments();
            Name bound = i.alias() != null ? i.alias() : segments.get(segments.size() - 1);
            if (bound.text().equals(alias.name())) {
                return project.module(i.path());
            }
        }
        return null;
    }
}
