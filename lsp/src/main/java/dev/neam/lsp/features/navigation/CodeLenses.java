package dev.neam.lsp.features.navigation;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.neam.lsp.features.FeatureRequest;
import dev.neam.parser.navigation.Navigation;
import dev.neam.parser.semantic.symbols.FileSymbols;
import dev.neam.parser.semantic.symbols.Symbol;
import dev.neam.parser.semantic.symbols.SymbolKind;
import dev.neam.parser.text.Position;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.eclipse.lsp4j.CodeLens;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.jsonrpc.CancelChecker;

/**
 * {@code textDocument/codeLens}: "N references" above every top-level declaration and function.
 * The lenses are listed cheaply and counted only when the editor shows them ({@code
 * codeLens/resolve}), since counting searches the whole project.
 *
 * <p>The command is {@value #SHOW_REFERENCES} with arguments {@code [uri, position, locations]}
 * (the shape of VS Code's {@code editor.action.showReferences}); an editor extension maps it to its
 * own references view. A client that cannot run it still shows the count.
 */
public final class CodeLenses {
    public static final String SHOW_REFERENCES = "neam.showReferences";

    /** Declarations that get a lens: what other code refers to by name. */
    private static final Set<SymbolKind> COUNTED = EnumSet.of(SymbolKind.DECLARATION, SymbolKind.BINDING,
            SymbolKind.FUNCTION, SymbolKind.STRUCT, SymbolKind.TRAIT, SymbolKind.SEALED, SymbolKind.CONSTANT);

    public List<CodeLens> lenses(FeatureRequest request, CancelChecker cancel) {
        FileSymbols symbols = request.workspace().symbols(request.file());
        if (symbols == null) {
            return List.of();
        }
        List<Symbol> counted = new ArrayList<>();
        symbols.topLevel().values().forEach(list -> list.stream().filter(s -> COUNTED.contains(s.kind()))
                .forEach(counted::add));
        counted.sort(Comparator.comparing(s -> s.nameRange().start()));
        List<CodeLens> out = new ArrayList<>();
        for (Symbol s : counted) {
            cancel.checkCanceled();
            JsonObject data = new JsonObject();
            data.addProperty("uri", request.uri());
            data.addProperty("line", s.nameRange().start().line());
            data.addProperty("character", s.nameRange().start().character());
            out.add(new CodeLens(request.range(s.nameRange()), null, data));
        }
        return out;
    }

    /**
     * Counts the references of a lens's declaration; {@code requests} gives the model of the
     * document the lens belongs to (empty when it was closed meanwhile: the lens then says so).
     */
    public CodeLens resolve(CodeLens lens, Function<String, Optional<FeatureRequest>> requests, CancelChecker cancel) {
        Optional<JsonObject> data = data(lens.getData());
        Optional<FeatureRequest> request = data.flatMap(d -> requests.apply(d.get("uri").getAsString()));
        if (request.isEmpty()) {
            lens.setCommand(new Command("references unavailable", ""));
            return lens;
        }
        FeatureRequest r = request.get();
        // parser coordinates, stored by lenses(): no conversion, the lens refers to the same text
        Position at = new Position(data.get().get("line").getAsInt(), data.get().get("character").getAsInt());
        Navigation navigation = new Navigation(r.workspace());
        List<Location> locations = navigation.symbolAt(r.file(), at)
                .map(s -> References.locations(r, navigation.occurrences(s, false), cancel))
                .orElse(List.of());
        int n = locations.size();
        lens.setCommand(new Command(n + (n == 1 ? " reference" : " references"), SHOW_REFERENCES,
                List.of(r.uri(), lens.getRange().getStart(), locations)));
        return lens;
    }

    private static Optional<JsonObject> data(Object data) {
        if (data instanceof JsonObject o && o.has("uri") && o.has("line") && o.has("character")) {
            return Optional.of(o);
        }
        if (data instanceof JsonElement e && e.isJsonObject()) {
            return data(e.getAsJsonObject());
        }
        return Optional.empty();
    }
}
