package dev.neam.tests.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import dev.neam.parser.diagnostic.Diagnostic;
import dev.neam.parser.diagnostic.DiagnosticCode;
import dev.neam.parser.semantic.AnalysisOptions;
import dev.neam.parser.semantic.Builtins;
import dev.neam.parser.semantic.symbols.Symbol;
import dev.neam.parser.text.Position;
import dev.neam.parser.workspace.Workspace;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A workspace that keeps the trees of only the files used last ({@link Workspace#keepTrees}) gives
 * the same answers as one that keeps them all: a released file is parsed again when needed, and
 * what other files see of it (its exports, its findings) stays meanwhile.
 */
class ReleasedTreesTest {
    private static final String AGENT = "    provider: \"openai\"\n    model: \"gpt-4o\"\n";
    private static final Map<String, String> FILES = new LinkedHashMap<>();

    static {
        FILES.put("src/a.neam", "import b.{Billing, route};\nagent Triage {\n" + AGENT + "    handoffs: [Billing]\n}\n"
                + "fun main() {\n    let x = route(1);\n    let y = missing;\n    return x + y;\n}\n");
        FILES.put("src/b.neam", "import a.{Triage};\nagent Billing {\n" + AGENT + "    handoffs: [Triage]\n}\n"
                + "fun route(n) {\n    return n;\n}\n");
        FILES.put("src/c.neam", "import b.{route};\nfun other() {\n    return route(1, 2);\n}\n");
        FILES.put("src/d.neam", "fun lonely() {\n    let unused = 1;\n    return 2;\n}\n");
    }

    @TempDir
    Path tmp;

    private Workspace workspace(Path root) {
        Workspace workspace = new Workspace(new AnalysisOptions("auto", Map.of()), Builtins.standard(), f -> root);
        FILES.forEach((name, text) -> workspace.update(root.resolve(name), name, text));
        return workspace;
    }

    private List<Path> files(Path root) {
        return FILES.keySet().stream().map(root::resolve).toList();
    }

    private static long held(Workspace workspace, List<Path> files) {
        return files.stream().filter(workspace::holdsTree).count();
    }

    @Test
    void releasedFilesAnswerAsFilesWhoseTreesAreKept() {
        Path root = tmp.resolve("project");
        Workspace all = workspace(root);
        Workspace bounded = workspace(root);
        bounded.keepTrees(1, file -> true);
        List<Path> files = files(root);
        assertThat(held(bounded, files)).isEqualTo(1);

        for (int round = 0; round < 2; round++) {
            for (Path file : files) {
                assertThat(bounded.diagnostics(file)).as("diagnostics of %s", file).isEqualTo(all.diagnostics(file));
                assertThat(bounded.semanticTokens(file)).as("highlighting of %s", file).isEqualTo(all.semanticTokens(file));
                assertThat(bounded.symbols(file).exportSignature()).isEqualTo(all.symbols(file).exportSignature());
                assertThat(bounded.text(file)).isEqualTo(all.text(file));
                assertThat(held(bounded, files)).as("trees held").isLessThanOrEqualTo(1);
            }
        }
        Path a = root.resolve("src/a.neam");
        assertThat(all.diagnostics(a)).extracting(Diagnostic::code).contains(DiagnosticCode.HANDOFF_CYCLE);

        // navigation: the symbol under `route` in a.neam, and its occurrences in every file (imports included)
        Position route = new Position(7, 13);
        Optional<Symbol> kept = all.symbolAt(a, route);
        assertThat(kept).isPresent();
        bounded.diagnostics(root.resolve("src/d.neam")); // a.neam's tree goes
        assertThat(bounded.holdsTree(a)).isFalse();
        Optional<Symbol> released = bounded.symbolAt(a, route);
        assertThat(released.map(Symbol::name)).isEqualTo(kept.map(Symbol::name));
        assertThat(released.map(Symbol::nameRange)).isEqualTo(kept.map(Symbol::nameRange));
        assertThat(occurrences(bounded, released.orElseThrow())).isEqualTo(occurrences(all, kept.orElseThrow()))
                .containsExactly("src/a.neam 0:19 false", "src/a.neam 7:12 false", "src/b.neam 6:4 true",
                        "src/c.neam 0:10 false", "src/c.neam 2:11 false");
        assertThat(held(bounded, files)).isLessThanOrEqualTo(1);
    }

    @Test
    void anEditOfAFileOthersImportRechecksThemWhenTheirTreesAreReleased() {
        Path root = tmp.resolve("edit");
        Workspace bounded = workspace(root);
        bounded.keepTrees(1, file -> true);
        Path a = root.resolve("src/a.neam");
        Path b = root.resolve("src/b.neam");
        assertThat(bounded.diagnostics(a)).extracting(Diagnostic::code).contains(DiagnosticCode.HANDOFF_CYCLE);
        bounded.diagnostics(root.resolve("src/d.neam"));
        assertThat(bounded.holdsTree(a)).isFalse();
        assertThat(bounded.holdsTree(b)).isFalse();

        bounded.update(b, "src/b.neam", "import a.{Triage};\nagent Billing {\n" + AGENT + "}\nfun route(n) {\n    return n;\n}\n");

        assertThat(bounded.diagnostics(a)).extracting(Diagnostic::code).doesNotContain(DiagnosticCode.HANDOFF_CYCLE);
    }

    @Test
    void onlyTheFilesItMayReleaseAreCountedAndTheLimitHolds() {
        Path root = tmp.resolve("bound");
        Workspace bounded = workspace(root);
        Path d = root.resolve("src/d.neam");
        bounded.keepTrees(2, file -> !file.equals(d)); // d.neam stands for a file that is not open
        List<Path> files = files(root);
        for (Path file : files) {
            bounded.diagnostics(file);
            List<Path> held = new ArrayList<>(files.stream().filter(bounded::holdsTree).toList());
            assertThat(held).contains(d, file);
            held.remove(d);
            assertThat(held).as("trees of releasable files held after %s", file).hasSizeLessThanOrEqualTo(2);
        }
        bounded.keepTrees(0, file -> true); // no limit: a released tree comes back and stays
        files.forEach(bounded::parse);
        assertThat(held(bounded, files)).isEqualTo(files.size());
    }

    private static List<String> occurrences(Workspace workspace, Symbol symbol) {
        return workspace.occurrences(symbol, true).stream()
                .map(o -> o.path() + " " + o.range().start() + " " + o.declaration()).toList();
    }
}
