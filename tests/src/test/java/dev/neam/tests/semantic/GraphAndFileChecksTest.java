package dev.neam.tests.semantic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.neam.parser.diagnostic.Diagnostic;
import dev.neam.parser.diagnostic.DiagnosticCode;
import dev.neam.parser.diagnostic.RelatedInformation;
import dev.neam.parser.semantic.AnalysisOptions;
import dev.neam.parser.semantic.Builtins;
import dev.neam.parser.semantic.FileCheck;
import dev.neam.parser.semantic.FileContext;
import dev.neam.parser.semantic.SemanticAnalyzer;
import dev.neam.parser.semantic.core.CallArityCheck;
import dev.neam.parser.semantic.handoffs.HandoffGraphCheck;
import dev.neam.parser.semantic.properties.CallbackOrderCheck;
import dev.neam.parser.semantic.properties.FilePathCheck;
import dev.neam.parser.semantic.properties.InactiveOptionCheck;
import dev.neam.parser.semantic.properties.PropertyCommaCheck;
import dev.neam.parser.semantic.symbols.FileSymbols;
import dev.neam.parser.semantic.symbols.ProjectIndex;
import dev.neam.parser.syntax.NeamSyntax;
import dev.neam.parser.syntax.ParseResult;
import dev.neam.parser.text.Range;
import dev.neam.parser.workspace.ProjectRoots;
import dev.neam.parser.workspace.Workspace;
import dev.neam.tests.fixture.Fixture;
import dev.neam.tests.fixture.FixtureFile;
import dev.neam.tests.fixture.FixtureParser;
import dev.neam.tests.support.Fixtures;
import dev.neam.tests.support.RepoPaths;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the fixtures cannot show of the handoff-graph, callback-order, strategy-option, comma,
 * file-path and built-in arity checks: related information, cycles through several files, the
 * sample project on disk, and that no prefix of a file makes them throw.
 */
class GraphAndFileChecksTest {
    private static final Set<DiagnosticCode> NEW_CODES = EnumSet.of(DiagnosticCode.SELF_HANDOFF,
            DiagnosticCode.HANDOFF_CYCLE, DiagnosticCode.UNREACHABLE_AGENT, DiagnosticCode.CALLBACK_DECLARED_LATER,
            DiagnosticCode.MISSING_FILE, DiagnosticCode.INACTIVE_OPTION);

    @TempDir
    Path tmp;

    private static final String AGENT = "    provider: \"ollama\"\n    model: \"llama3.2:3b\"\n";

    @Test
    void aCycleIsReportedOnceOnItsClosingHandoffWithThePathAsRelatedInformation() {
        String text = "agent Triage {\n" + AGENT + "    handoffs: [Billing]\n}\n"
                + "agent Billing {\n" + AGENT + "    handoffs: [Refunds]\n}\n"
                + "agent Refunds {\n" + AGENT + "    handoffs: [Triage]\n}\n";
        List<Diagnostic> cycles = only(analyse(Map.of("src/desk.neam", text)).get("src/desk.neam"),
                DiagnosticCode.HANDOFF_CYCLE);

        assertThat(cycles).hasSize(1);
        Diagnostic cycle = cycles.get(0);
        assertThat(cycle.message()).isEqualTo("handoff cycle Triage → Billing → Refunds → Triage; a runner ends it only at max_turns");
        assertThat(cycle.range()).isEqualTo(Range.of(13, 15, 13, 21));
        assertThat(cycle.related()).containsExactly(
                new RelatedInformation(null, Range.of(3, 15, 3, 22), "'Triage' hands off to 'Billing'"),
                new RelatedInformation(null, Range.of(8, 15, 8, 22), "'Billing' hands off to 'Refunds'"),
                new RelatedInformation(null, Range.of(13, 15, 13, 21), "'Refunds' hands off to 'Triage'"));
    }

    @Test
    void aCycleThroughTwoFilesIsReportedInEachAtItsOwnHandoff() {
        String a = "import b.{Billing};\nagent Triage {\n" + AGENT + "    handoffs: [Billing]\n}\n";
        String b = "import a.{Triage};\nagent Billing {\n" + AGENT + "    handoffs: [Triage]\n}\n";
        Map<String, List<Diagnostic>> results = analyse(Map.of("src/a.neam", a, "src/b.neam", b));

        List<Diagnostic> inA = only(results.get("src/a.neam"), DiagnosticCode.HANDOFF_CYCLE);
        List<Diagnostic> inB = only(results.get("src/b.neam"), DiagnosticCode.HANDOFF_CYCLE);
        assertThat(inA).extracting(Diagnostic::range).containsExactly(Range.of(4, 15, 4, 22));
        assertThat(inA.get(0).message()).startsWith("handoff cycle Triage → Billing → Triage");
        assertThat(inA.get(0).related()).extracting(RelatedInformation::path).containsExactly(null, "src/b.neam");
        assertThat(inB).extracting(Diagnostic::range).containsExactly(Range.of(4, 15, 4, 21));
    }

    @Test
    void editingTheHandoffsOfAnImportedAgentRechecksTheImporter() {
        Path root = tmp.resolve("incremental");
        Workspace workspace = new Workspace(new AnalysisOptions("auto", Map.of()), Builtins.standard(), f -> root);
        Path a = root.resolve("src/a.neam");
        Path b = root.resolve("src/b.neam");
        workspace.update(a, "src/a.neam", "import b.{Billing};\nagent Triage {\n" + AGENT + "    handoffs: [Billing]\n}\n");
        workspace.update(b, "src/b.neam", "import a.{Triage};\nagent Billing {\n" + AGENT + "    handoffs: [Triage]\n}\n");
        assertThat(only(workspace.diagnostics(a), DiagnosticCode.HANDOFF_CYCLE)).hasSize(1);

        workspace.update(b, "src/b.neam", "import a.{Triage};\nagent Billing {\n" + AGENT + "}\n");
        assertThat(only(workspace.diagnostics(a), DiagnosticCode.HANDOFF_CYCLE)).isEmpty();
    }

    @Test
    void selfHandoffUnreachableAgentAndLateCallbackPointAtTheOtherDeclarations() {
        String text = "agent Loop {\n" + AGENT + "    handoffs: [Loop]\n}\n"
                + "agent Lost {\n" + AGENT + "    handoffs: [Loop]\n}\n"
                + "runner R {\n    entry_agent: Loop\n    on_turn: show\n}\n"
                + "fun show(turn) {\n    print(turn);\n}\n";
        List<Diagnostic> all = analyse(Map.of("src/r.neam", text)).get("src/r.neam");

        assertThat(only(all, DiagnosticCode.SELF_HANDOFF)).singleElement().satisfies(d -> assertThat(d.related())
                .containsExactly(new RelatedInformation(null, Range.of(0, 6, 0, 10), "'Loop' is declared here")));
        assertThat(only(all, DiagnosticCode.UNREACHABLE_AGENT)).singleElement().satisfies(d -> {
            assertThat(d.range()).isEqualTo(Range.of(5, 6, 5, 10));
            assertThat(d.related()).containsExactly(
                    new RelatedInformation(null, Range.of(11, 17, 11, 21), "a run starts at 'Loop'"));
        });
        assertThat(only(all, DiagnosticCode.CALLBACK_DECLARED_LATER)).singleElement().satisfies(d -> {
            assertThat(d.range()).isEqualTo(Range.of(12, 13, 12, 17));
            assertThat(d.related()).containsExactly(
                    new RelatedInformation(null, Range.of(14, 4, 14, 8), "'show' is declared here"));
        });
    }

    @Test
    void theSampleProjectOnDiskIsCleanAndAMissingDocumentIsFoundRelativeToItsRoot() throws IOException {
        Path copy = tmp.resolve("samples");
        copyTree(RepoPaths.repoRoot().resolve("samples"), copy);
        List<Path> sources = Fixtures.list(copy, ".neam");
        assertThat(sources).isNotEmpty();

        Map<Path, List<Diagnostic>> clean = analyseOnDisk(sources);
        clean.forEach((file, diagnostics) -> assertThat(diagnostics.stream().filter(d -> NEW_CODES.contains(d.code())))
                .as("new checks on %s", copy.relativize(file)).isEmpty());

        Files.delete(copy.resolve("docs/faq.md"));
        Path kb = copy.resolve("src/kb/docs.neam");
        List<Diagnostic> missing = only(analyseOnDisk(sources).get(kb), DiagnosticCode.MISSING_FILE);
        assertThat(missing).extracting(Diagnostic::message).containsExactly(
                "'path' names \"./docs/faq.md\", which does not exist (looked for docs/faq.md and src/kb/docs/faq.md)");
    }

    @Test
    void anUnsavedFileIsNotCheckedForPaths() {
        String text = "agent Tutor {\n" + AGENT + "    context_from: \"./nowhere/AGENTS.md\"\n}\n";
        assertThat(only(analyse(Map.of("src/t.neam", text)).get("src/t.neam"), DiagnosticCode.MISSING_FILE)).isEmpty();
    }

    /** Every prefix of each fixture of these checks, analysed by them under both single-dialect profiles and auto. */
    @Test
    void noPrefixOfTheFixturesMakesTheChecksThrow() throws IOException {
        List<FileCheck> checks = List.of(new HandoffGraphCheck(), new CallbackOrderCheck(), new InactiveOptionCheck(),
                new PropertyCommaCheck(), new FilePathCheck(), new CallArityCheck());
        Path fixtures = RepoPaths.fixturesRoot();
        List<Path> files = Stream.of("semantic/handoffs/handoff_graph.neam", "semantic/handoffs/callbacks_declared_later.neam",
                "semantic/values/strategy_options.neam", "semantic/profile/property_commas_06.neam",
                "core/file_paths.neam", "core/call_arity_builtins.neam").map(fixtures::resolve).toList();
        Path project = tmp.resolve("prefixes");
        Predicate<String> builtins = Builtins.standard(); // built once: it copies the vocabulary's names
        int analysed = 0;
        for (Path fixtureFile : files) {
            Fixture fixture = FixtureParser.parse(fixtureFile.getFileName().toString(), Fixtures.read(fixtureFile));
            for (FixtureFile file : fixture.files()) {
                Path onDisk = project.resolve(file.path());
                Files.createDirectories(onDisk.getParent());
                Files.writeString(onDisk, file.text());
            }
            for (FixtureFile file : fixture.files()) {
                if (!file.path().endsWith(".neam")) {
                    continue;
                }
                Path onDisk = project.resolve(file.path());
                String text = file.text();
                for (int end = 0; end <= text.length(); end++) {
                    String prefix = text.substring(0, end);
                    String version = List.of("auto", "0.6", "1.x").get(end % 3);
                    assertThatCode(() -> analyseWith(checks, builtins, project, onDisk, file.path(), prefix, version))
                            .as("%s [%s] cut at %d", fixtureFile.getFileName(), file.path(), end).doesNotThrowAnyException();
                    analysed++;
                }
            }
        }
        assertThat(analysed).isGreaterThan(3000);
    }

    private static void analyseWith(List<FileCheck> checks, Predicate<String> builtins, Path root, Path file,
                                    String display, String text, String version) {
        ParseResult parse = NeamSyntax.parse(text);
        FileSymbols symbols = FileSymbols.of(display, parse.tree());
        ProjectIndex project = new ProjectIndex(root);
        project.put(file, symbols);
        FileContext context = new FileContext(display, parse, new AnalysisOptions(version, Map.of()), symbols, project,
                builtins);
        new SemanticAnalyzer(checks).analyze(context);
    }

    /** Virtual files (nothing on disk) of one project, by display path. */
    private Map<String, List<Diagnostic>> analyse(Map<String, String> files) {
        Path root = tmp.resolve("virtual");
        Workspace workspace = new Workspace(new AnalysisOptions("auto", Map.of()), Builtins.standard(), f -> root);
        files.forEach((path, text) -> workspace.update(root.resolve(path), path, text));
        Map<String, List<Diagnostic>> out = new java.util.HashMap<>();
        files.keySet().forEach(path -> out.put(path, workspace.diagnostics(root.resolve(path))));
        return out;
    }

    private static Map<Path, List<Diagnostic>> analyseOnDisk(List<Path> sources) throws IOException {
        Workspace workspace = new Workspace(new AnalysisOptions("auto", Map.of()), Builtins.standard(), ProjectRoots::of);
        for (Path file : sources) {
            workspace.update(file, file.toString(), Files.readString(file));
        }
        Map<Path, List<Diagnostic>> out = new java.util.HashMap<>();
        sources.forEach(file -> out.put(file, workspace.diagnostics(file)));
        return out;
    }

    private static List<Diagnostic> only(List<Diagnostic> all, DiagnosticCode code) {
        return all.stream().filter(d -> d.code() == code).toList();
    }

    private static void copyTree(Path from, Path to) throws IOException {
        List<Path> all;
        try (Stream<Path> walk = Files.walk(from)) {
            all = new ArrayList<>(walk.toList());
        }
        for (Path p : all) {
            Path target = to.resolve(from.relativize(p).toString());
            if (Files.isDirectory(p)) {
                Files.createDirectories(target);
            } else {
                Files.copy(p, target);
            }
        }
    }
}
