package dev.neam.lsp.features.navigation;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.neam.lsp.documents.DocumentUris;
import dev.neam.lsp.features.FeatureRequest;
import dev.neam.lsp.features.symbols.DomainSymbolKinds;
import dev.neam.parser.navigation.CallGraph;
import dev.neam.parser.navigation.CallableUnit;
import dev.neam.parser.navigation.Navigation;
import dev.neam.parser.syntax.ParseResult;
import dev.neam.parser.text.Position;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.eclipse.lsp4j.CallHierarchyIncomingCall;
import org.eclipse.lsp4j.CallHierarchyItem;
import org.eclipse.lsp4j.CallHierarchyOutgoingCall;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.SymbolKind;
import org.eclipse.lsp4j.jsonrpc.CancelChecker;

/**
 * Call hierarchy for functions, methods and skills with an `impl` handler: the item under the
 * cursor, who calls it (grouped by calling unit, with the call sites) and what it calls. Calls
 * written at the top level of a file come from an item for the file itself.
 *
 * <p>An item carries its declaration's position in parser coordinates as {@code data}, so a
 * follow-up request finds the unit again even when its file is not open.
 */
public final class CallHierarchy {

    public List<CallHierarchyItem> prepare(FeatureRequest request, org.eclipse.lsp4j.Position at) {
        CallGraph graph = new CallGraph(new Navigation(request.workspace()));
        return graph.prepare(request.file(), request.position(at)).map(u -> item(request, u)).stream().toList();
    }

    /** {@code requests}: a model able to read the item's file (its own document, or any open one of the project). */
    public List<CallHierarchyIncomingCall> incoming(CallHierarchyItem item,
                                                    Function<String, Optional<FeatureRequest>> requests,
                                                    CancelChecker cancel) {
        List<CallHierarchyIncomingCall> out = new ArrayList<>();
        Optional<FeatureRequest> request = requests.apply(item.getUri());
        request.flatMap(r -> unit(r, item)).ifPresent(unit -> {
            FeatureRequest r = request.get();
            for (CallGraph.Call call : new CallGraph(new Navigation(r.workspace())).incoming(unit)) {
                cancel.checkCanceled();
                out.add(new CallHierarchyIncomingCall(item(r, call.unit()), ranges(r, call)));
            }
        });
        return out;
    }

    public List<CallHierarchyOutgoingCall> outgoing(CallHierarchyItem item,
                                                    Function<String, Optional<FeatureRequest>> requests,
                                                    CancelChecker cancel) {
        List<CallHierarchyOutgoingCall> out = new ArrayList<>();
        Optional<FeatureRequest> request = requests.apply(item.getUri());
        request.flatMap(r -> unit(r, item)).ifPresent(unit -> {
            FeatureRequest r = request.get();
            for (CallGraph.Call call : new CallGraph(new Navigation(r.workspace())).outgoing(unit)) {
                cancel.checkCanceled();
                // LSP: the ranges of an outgoing call are in the caller's file, relative to the item asked about
                List<Range> from = new ArrayList<>();
                call.fromRanges().forEach(range -> r.range(unit.file(), range).ifPresent(from::add));
                out.add(new CallHierarchyOutgoingCall(item(r, call.unit()), from));
            }
        });
        return out;
    }

    private static List<Range> ranges(FeatureRequest r, CallGraph.Call call) {
        List<Range> out = new ArrayList<>();
        call.fromRanges().forEach(range -> r.range(call.unit().file(), range).ifPresent(out::add));
        return out;
    }

    private static CallHierarchyItem item(FeatureRequest r, CallableUnit unit) {
        Range range = r.range(unit.file(), unit.range()).orElse(new Range());
        Range selection = r.range(unit.file(), unit.nameRange()).orElse(range);
        CallHierarchyItem item = new CallHierarchyItem(unit.name(), kind(unit), r.uriOf(unit.file()), range, selection);
        item.setDetail(detail(unit));
        JsonObject data = new JsonObject();
        data.addProperty("line", unit.nameRange().start().line());
        data.addProperty("character", unit.nameRange().start().character());
        data.addProperty("file", unit.kind() == CallableUnit.Kind.FILE);
        item.setData(data);
        return item;
    }

    /** Finds the unit an item stands for, in the newest text of its file. */
    private static Optional<CallableUnit> unit(FeatureRequest r, CallHierarchyItem item) {
        Optional<Path> file = DocumentUris.toPath(item.getUri()).map(p -> p.toAbsolutePath().normalize());
        JsonObject data = item.getData() instanceof JsonElement e && e.isJsonObject() ? e.getAsJsonObject() : null;
        if (file.isEmpty() || data == null || !data.has("line") || !data.has("character")) {
            return Optional.empty();
        }
        ParseResult parse = r.workspace().parse(file.get());
        String path = r.workspace().displayPath(file.get());
        if (parse == null || path == null) {
            return Optional.empty();
        }
        if (data.has("file") && data.get("file").getAsBoolean()) {
            return Optional.of(CallableUnit.file(path, file.get(), parse.tree()));
        }
        Position at = new Position(data.get("line").getAsInt(), data.get("character").getAsInt());
        return new CallGraph(new Navigation(r.workspace())).prepare(file.get(), at);
    }

    private static SymbolKind kind(CallableUnit unit) {
        return switch (unit.kind()) {
            case FUNCTION -> SymbolKind.Function;
            case METHOD -> SymbolKind.Method;
            case FILE -> SymbolKind.File;
            case DECLARATION -> DomainSymbolKinds.of(unit.detail().substring(unit.detail().lastIndexOf(' ') + 1));
        };
    }

    private static String detail(CallableUnit unit) {
        return switch (unit.kind()) {
            case METHOD -> unit.detail() + " method";
            default -> unit.detail();
        };
    }
}
