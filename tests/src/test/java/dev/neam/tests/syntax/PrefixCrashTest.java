package dev.neam.tests.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import dev.neam.parser.ast.AstPrinter;
import dev.neam.parser.diagnostic.Diagnostic;
import dev.neam.parser.diagnostic.RelatedInformation;
import dev.neam.parser.syntax.NeamSyntax;
import dev.neam.parser.syntax.ParseResult;
import dev.neam.parser.text.Position;
import dev.neam.parser.text.Range;
import dev.neam.parser.semantic.AnalysisOptions;
import dev.neam.parser.semantic.Builtins;
import dev.neam.parser.text.SourceText;
import dev.neam.parser.workspace.Analyzer;
import dev.neam.parser.workspace.Document;
import dev.neam.parser.workspace.FileDiagnostics;
import dev.neam.parser.workspace.ProjectLocator;
import dev.neam.parser.workspace.ToolConfigs;
import dev.neam.parser.workspace.Workspace;
import dev.neam.tests.fixture.Fixture;
import dev.neam.tests.fixture.FixtureFile;
import dev.neam.tests.fixture.FixtureFormatException;
import dev.neam.tests.fixture.FixtureParser;
import dev.neam.tests.support.Fixtures;
import dev.neam.tests.support.RepoPaths;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Queue;
import java.util.Random;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * Crash-freedom: prefixes (lengths in UTF-16 units, so prefixes that split a surrogate pair or a CRLF
 * are included) of every {@code .neam} fixture go through {@link NeamSyntax#parse} and the analysis
 * {@link Analyzer#analyze} makes of that parse without an exception, and every diagnostic range (and
 * related range in the same file) is a valid position pair inside the prefix with start ≤ end. Each
 * prefix is parsed once: its tree is printed, checked and analysed; that analysing the parse gives
 * what {@link Analyzer#analyze} gives is checked once per document, on its whole text. Prefixes run
 * in parallel; one dynamic test per fixture.
 *
 * <p>Which prefixes: every prefix of a document up to {@link #EVERY_PREFIX_UP_TO} characters; for a
 * longer one, the empty text, the whole text and {@link #SAMPLED_PREFIXES} lengths drawn at random
 * from a seed ({@code neam.prefixes.seed}, printed with every failure and in the log, and mixed with
 * the document's name so each document gets its own lengths). The cost of checking every prefix
 * grows with the square of a document's length: the long fixtures made up four fifths of the
 * suite's slowest test while adding little the short ones do not cover. {@code -Dneam.prefixes.all=true}
 * checks every prefix of every document; {@code -Dneam.prefixes.sample=N} and
 * {@code -Dneam.prefixes.seed=S} choose another sample.
 */
@Isolated // prints its time; its prefixes already run in parallel on every core
class PrefixCrashTest {

    static final int EVERY_PREFIX_UP_TO = Integer.getInteger("neam.prefixes.everyUpTo", 1_000);
    static final int SAMPLED_PREFIXES = Integer.getInteger("neam.prefixes.sample", 300);
    static final long SEED = Long.getLong("neam.prefixes.seed", 20_261_207L);
    static final boolean ALL = Boolean.getBoolean("neam.prefixes.all");

    private static final int REPORTED_FAILURES = 5;
    /** The built-in names, made once: Builtins.standard copies the vocabulary's names (4% of this test's time when made per prefix). */
    private static final Predicate<String> BUILTINS = Builtins.standard();
    private static final AtomicLong PREFIXES = new AtomicLong();
    private static final AtomicLong NANOS = new AtomicLong();

    @TestFactory
    Stream<DynamicTest> everyPrefixOfEveryFixture() {
        Path root = RepoPaths.fixturesRoot();
        List<Path> files = Fixtures.list(root, ".neam");
        assertThat(files).as(".neam fixtures under %s", root).isNotEmpty();
        return files.stream().map(file -> {
            String name = Fixtures.relativeName(root, file);
            return DynamicTest.dynamicTest(name, file.toUri(), () -> checkAllPrefixes(name, Fixtures.read(file)));
        });
    }

    @AfterAll
    static void logCost() {
        System.out.printf("[PrefixCrashTest] %d prefixes in %.1f s (%s)%n", PREFIXES.get(), NANOS.get() / 1e9,
                ALL ? "every prefix" : "every prefix up to " + EVERY_PREFIX_UP_TO + " characters, then "
                        + SAMPLED_PREFIXES + " sampled with seed " + SEED);
    }

    /** The documents of a fixture: its .neam virtual files, or the whole text if it is not well-formed. */
    static List<Document> documents(String name, String text) {
        try {
            Fixture fixture = FixtureParser.parse(name, text);
            List<Document> documents = new ArrayList<>();
            for (FixtureFile file : fixture.files()) {
                if (file.path().endsWith(".neam")) {
                    documents.add(new Document(file.path(), file.text()));
                }
            }
            return documents;
        } catch (FixtureFormatException e) { // reported by the fixture's own test; still worth crash-testing
            return List.of(new Document(name, text));
        }
    }

    static void checkAllPrefixes(String name, String text) {
        long start = System.nanoTime();
        Queue<Failure> failures = new ConcurrentLinkedQueue<>();
        for (Document document : documents(name, text)) {
            String content = document.text();
            int[] lengths = ALL ? prefixLengths(content.length(), 0, 0)
                    : prefixLengths(content.length(), SAMPLED_PREFIXES, SEED ^ document.path().hashCode());
            PREFIXES.addAndGet(lengths.length);
            String whole = analysisOfTheWholeDocument(document);
            if (whole != null) {
                failures.add(new Failure(document.path(), content.length(), content, whole));
            }
            IntStream.of(lengths).parallel().forEach(length -> {
                String problem = checkPrefix(document.path(), content.substring(0, length));
                if (problem != null) {
                    failures.add(new Failure(document.path(), length, content.substring(0, length), problem));
                }
            });
        }
        NANOS.addAndGet(System.nanoTime() - start);
        if (!failures.isEmpty()) {
            List<Failure> sorted = failures.stream()
                    .sorted(Comparator.comparing(Failure::path).thenComparingInt(Failure::length)).toList();
            StringBuilder message = new StringBuilder(name + ": " + sorted.size() + " failing prefixes (seed " + SEED
                    + "); the first "
                    + Math.min(REPORTED_FAILURES, sorted.size()) + ":\n");
            for (Failure f : sorted.subList(0, Math.min(REPORTED_FAILURES, sorted.size()))) {
                message.append("- ").append(f.path()).append(" prefix length ").append(f.length())
                        .append(" (ending with \"").append(escape(tail(f.prefix()))).append("\"): ")
                        .append(f.problem()).append('\n');
            }
            throw new AssertionError(message.toString());
        }
    }

    /**
     * All lengths 0..n when n is at most {@link #EVERY_PREFIX_UP_TO} or {@code sample} is 0; otherwise 0,
     * n and {@code sample} distinct lengths between them drawn from {@code seed}, in ascending order.
     */
    static int[] prefixLengths(int n, int sample, long seed) {
        if (sample <= 0 || n <= EVERY_PREFIX_UP_TO || n + 1 <= sample + 2) {
            return IntStream.rangeClosed(0, n).toArray();
        }
        Random random = new Random(seed);
        TreeSet<Integer> lengths = new TreeSet<>(List.of(0, n));
        while (lengths.size() < sample + 2) {
            lengths.add(1 + random.nextInt(n - 1));
        }
        return lengths.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Null when the prefix is handled correctly, otherwise what went wrong. */
    static String checkPrefix(String path, String prefix) {
        try {
            SourceText source = new SourceText(prefix);
            ParseResult result = NeamSyntax.parse(prefix);
            if (result == null || result.tree() == null) {
                return "NeamSyntax.parse returned no tree";
            }
            AstPrinter.print(result.tree());
            String bad = badRange(result.diagnostics(), source);
            if (bad != null) {
                return "NeamSyntax.parse: " + bad;
            }
            bad = badRange(analyse(path, result), source);
            return bad == null ? null : "Analyzer.analyze: " + bad;
        } catch (Throwable t) {
            StringWriter trace = new StringWriter();
            t.printStackTrace(new PrintWriter(trace));
            String[] lines = trace.toString().split("\\R");
            return "threw " + String.join("\n      ", List.of(lines).subList(0, Math.min(8, lines.length)));
        }
    }

    /**
     * What {@link Analyzer#analyze} reports for the document alone, from the parse already made: the
     * workspace the analyzer builds, given that parse instead of parsing the text a second time (the
     * second parse made up half of this test's time). {@link #analysisOfTheWholeDocument} checks
     * once per document that this gives exactly the analyzer's diagnostics.
     */
    static List<Diagnostic> analyse(String path, ParseResult parse) {
        Workspace workspace = new Workspace(AnalysisOptions.DEFAULT, BUILTINS, ProjectLocator::root,
                new ToolConfigs()::forRoot);
        Path file = Path.of(path);
        workspace.update(file, path, parse);
        return workspace.diagnostics(file);
    }

    /**
     * Null when {@link Analyzer#analyze} gives one result, for this document, equal to
     * {@link #analyse} of its parse; otherwise what differs.
     */
    static String analysisOfTheWholeDocument(Document document) {
        try {
            List<FileDiagnostics> analysed = new Analyzer().analyze(List.of(document));
            if (analysed.size() != 1 || !document.path().equals(analysed.get(0).path())) {
                return "Analyzer.analyze returned " + analysed.size() + " results for one document";
            }
            List<Diagnostic> reused = analyse(document.path(), NeamSyntax.parse(document.text()));
            return analysed.get(0).diagnostics().equals(reused) ? null
                    : "Analyzer.analyze gave " + analysed.get(0).diagnostics() + " but the analysis of the parse gave " + reused;
        } catch (Throwable t) {
            return "threw " + t;
        }
    }

    private static String badRange(List<Diagnostic> diagnostics, SourceText source) {
        for (Diagnostic d : diagnostics) {
            String problem = rangeProblem(d.range(), source);
            if (problem != null) {
                return d.code().id() + " '" + d.message() + "' " + problem;
            }
            for (RelatedInformation info : d.related()) {
                if (info.path() == null && (problem = rangeProblem(info.range(), source)) != null) {
                    return d.code().id() + " related '" + info.message() + "' " + problem;
                }
            }
        }
        return null;
    }

    static String rangeProblem(Range range, SourceText source) {
        if (range == null || range.start() == null || range.end() == null) {
            return "has no range";
        }
        if (!inside(range.start(), source) || !inside(range.end(), source)) {
            return "range " + range + " is outside the text (" + source.lineCount() + (source.lineCount() == 1 ? " line)" : " lines)");
        }
        if (range.end().isBefore(range.start())) {
            return "range " + range + " ends before it starts";
        }
        return null;
    }

    private static boolean inside(Position p, SourceText source) {
        return p.line() >= 0 && p.line() < source.lineCount()
                && p.character() >= 0 && p.character() <= source.lineText(p.line()).length();
    }

    private static String tail(String s) {
        return s.length() <= 30 ? s : "…" + s.substring(s.length() - 30);
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t");
    }

    private record Failure(String path, int length, String prefix, String problem) {
    }
}
