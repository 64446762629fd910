package dev.neam.tests.navigation;

import dev.neam.parser.navigation.CallGraph;
import dev.neam.parser.navigation.CallableUnit;
import dev.neam.parser.navigation.Navigation;
import dev.neam.parser.text.Range;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Call hierarchy at each cursor of {@code fixtures/cursor/callhierarchy}: the item, its callers and its callees. */
class CallHierarchyFixtureTest {
    @TestFactory
    Stream<DynamicTest> calls() {
        return NavigationFixtures.tests("callhierarchy", (loaded, cursor) -> {
            CallGraph graph = new CallGraph(new Navigation(loaded.workspace()));
            return graph.prepare(cursor.file(loaded.fixture().root()), cursor.position())
                    .map(unit -> "item: " + describe(loaded, unit)
                            + "\nincoming:\n" + calls(loaded, graph.incoming(unit), null)
                            + "outgoing:\n" + calls(loaded, graph.outgoing(unit), unit.file()))
                    .orElse("(no item)");
        });
    }

    private static String describe(NavigationFixtures.Loaded loaded, CallableUnit unit) {
        return unit.name() + " (" + unit.kind().name().toLowerCase() + ", " + unit.detail() + ") "
                + loaded.relative(unit.file()) + ":" + (unit.nameRange().start().line() + 1);
    }

    /** {@code siteFile}: where the call sites lie (the item's file for outgoing calls; null: each caller's own). */
    private static String calls(NavigationFixtures.Loaded loaded, List<CallGraph.Call> calls, Path siteFile) {
        StringBuilder out = new StringBuilder();
        for (CallGraph.Call call : calls) {
            out.append("  ").append(describe(loaded, call.unit())).append('\n');
            for (Range from : call.fromRanges()) {
                Path file = siteFile == null ? call.unit().file() : siteFile;
                out.append("    ").append(loaded.line(file, from, "")).append('\n');
            }
        }
        return out.isEmpty() ? "  (none)\n" : out.toString();
    }
}
