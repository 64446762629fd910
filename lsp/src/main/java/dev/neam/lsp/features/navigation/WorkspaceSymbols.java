package dev.neam.lsp.features.navigation;

import dev.neam.lsp.features.symbols.DomainSymbolKinds;
import dev.neam.lsp.protocol.PositionConverter;
import dev.neam.parser.navigation.FuzzyMatcher;
import dev.neam.parser.semantic.symbols.FileSymbols;
import dev.neam.parser.semantic.symbols.Symbol;
import dev.neam.parser.syntax.NeamSyntax;
import dev.neam.parser.text.SourceText;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BinaryOperator;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.SymbolInformation;
import org.eclipse.lsp4j.SymbolKind;
import org.eclipse.lsp4j.jsonrpc.CancelChecker;

/**
 * {@code workspace/symbol}: the top-level declarations of every Neam file the server knows (the
 * indexed workspace files, with open documents' newest text in their place), fuzzy-matched
 * against the query and best matches first. Each file's symbols are kept until its text changes,
 * so typing a query does not re-parse the workspace.
 */
public final class WorkspaceSymbols {
    /** Enough to choose from; a longer list only slows the editor down. */
    public static final int LIMIT = 200;

    private record Parsed(SourceText text, List<Symbol> symbols) {
    }

    private record Match(Symbol symbol, String uri, SourceText text, int score) {
    }

    private final PositionConverter positions;
    private final BinaryOperator<SymbolKind> supported;
    private final Map<String, Parsed> cache = new ConcurrentHashMap<>();

    /** {@code supported}: (wanted, fallback) → the kind to send, as the client understands kinds. */
    public WorkspaceSymbols(PositionConverter positions, BinaryOperator<SymbolKind> supported) {
        this.positions = positions;
        this.supported = supported;
    }

    /** {@code files}: URI → text of every file to search (open documents already in place of the disk text). */
    public List<SymbolInformation> search(String query, Map<String, SourceText> files, CancelChecker cancel) {
        cache.keySet().retainAll(files.keySet());
        List<Match> matches = new ArrayList<>();
        for (Map.Entry<String, SourceText> file : files.entrySet()) {
            cancel.checkCanceled();
            for (Symbol symbol : symbols(file.getKey(), file.getValue())) {
                int score = FuzzyMatcher.score(query, symbol.name());
                if (score >= 0) {
                    matches.add(new Match(symbol, file.getKey(), file.getValue(), score));
                }
            }
        }
        matches.sort(Comparator.comparingInt((Match m) -> -m.score()).thenComparing(m -> m.symbol().name())
                .thenComparing(Match::uri).thenComparing(m -> m.symbol().nameRange().start()));
        List<SymbolInformation> out = new ArrayList<>();
        for (Match m : matches.subList(0, Math.min(LIMIT, matches.size()))) {
            Symbol s = m.symbol();
            SymbolInformation info = new SymbolInformation(s.name(), kind(s),
                    new Location(m.uri(), positions.toLsp(m.text(), s.range())), container(s));
            out.add(info);
        }
        return out;
    }

    private List<Symbol> symbols(String uri, SourceText text) {
        Parsed parsed = cache.get(uri);
        if (parsed == null || parsed.text() != text && !parsed.text().text().equals(text.text())) {
            List<Symbol> symbols = new ArrayList<>();
            try {
                FileSymbols.of(uri, NeamSyntax.parse(text.text()).tree()).topLevel().values()
                        .forEach(list -> list.stream().filter(WorkspaceSymbols::listed).forEach(symbols::add));
            } catch (RuntimeException e) {
                // a file the parser cannot read contributes nothing rather than failing the search
            }
            parsed = new Parsed(text, List.copyOf(symbols));
            cache.put(uri, parsed);
        }
        return parsed.symbols();
    }

    /** Declarations worth jumping to; top-level `let` variables are left out. */
    private static boolean listed(Symbol symbol) {
        return symbol.kind() != dev.neam.parser.semantic.symbols.SymbolKind.VARIABLE;
    }

    /** What the symbol is, shown beside its name: the header words of a declaration, else its kind. */
    static String container(Symbol symbol) {
        return switch (symbol.kind()) {
            case DECLARATION, BINDING -> symbol.detail();
            default -> symbol.kind().name().toLowerCase(java.util.Locale.ROOT);
        };
    }

    private SymbolKind kind(Symbol symbol) {
        SymbolKind wanted = switch (symbol.kind()) {
            case DECLARATION, BINDING -> DomainSymbolKinds.of(lastWord(symbol.detail()));
            case FUNCTION -> SymbolKind.Function;
            case STRUCT -> SymbolKind.Struct;
            case TRAIT -> SymbolKind.Interface;
            case SEALED -> SymbolKind.Enum;
            case VARIANT -> SymbolKind.EnumMember;
            case CONSTANT -> SymbolKind.Constant;
            case METHOD -> SymbolKind.Method;
            case FIELD -> SymbolKind.Field;
            default -> SymbolKind.Variable;
        };
        return supported.apply(wanted, SymbolKind.Variable);
    }

    private static String lastWord(String words) {
        String trimmed = words == null ? "" : words.strip();
        return trimmed.substring(trimmed.lastIndexOf(' ') + 1);
    }
}
