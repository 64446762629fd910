package dev.neam.tests.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import dev.neam.parser.ast.AstPrinter;
import dev.neam.parser.diagnostic.Diagnostic;
import dev.neam.parser.diagnostic.RelatedInformation;
import dev.neam.parser.syntax.NeamSyntax;
import dev.neam.parser.syntax.ParseResult;
import dev.neam.parser.text.Position;
import dev.neam.parser.text.Range;
import dev.neam.parser.text.SourceText;
import dev.neam.parser.workspace.Analyzer;
import dev.neam.parser.workspace.Document;
import dev.neam.parser.workspace.FileDiagnostics;
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
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Crash-freedom: every prefix (lengths 0..n in UTF-16 units, so prefixes that split a surrogate
 * pair or a CRLF are included) of every {@code .neam} fixture goes through {@link NeamSyntax#parse}
 * and {@link Analyzer#analyze} without an exception, and every diagnostic range (and related range in
 * the same file) is a valid position pair inside the prefix with start ≤ end. Prefixes run in
 * parallel; one dynamic test per fixture.
 *
 * <p>Stride: by default every prefix is checked. If this test grows too slow (target: under about 3
 * minutes for the whole corpus on the 2-core CI machine), set {@link #MAX_PREFIXES_PER_FILE} (or
 * {@code -Dneam.maxPrefixesPerFile=N}): a file with more than N+1 prefixes is then checked at the
 * deterministic lengths 0, s, 2s, … and n, with s = ceil((n+1)/N). Each run logs the total count and
 * time so the choice can be measured. Measured on the 2-core machine with the first real parser
 * (main at ab12d36) and the 160-file syntax corpus then in progress (169 KB): 169,024 prefixes in
 * 77 s, so no stride is used.
 */
class PrefixCrashTest {

    /** 0 means every prefix of every file. */
    static final int MAX_PREFIXES_PER_FILE = Integer.getInteger("neam.maxPrefixesPerFile", 0);

    private static final int REPORTED_FAILURES = 5;
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
        System.out.printf("[PrefixCrashTest] %d prefixes in %.1f s (max prefixes per file: %s)%n",
                PREFIXES.get(), NANOS.get() / 1e9, MAX_PREFIXES_PER_FILE == 0 ? "all" : MAX_PREFIXES_PER_FILE);
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
            int[] lengths = prefixLengths(content.length(), MAX_PREFIXES_PER_FILE);
            PREFIXES.addAndGet(lengths.length);
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
            StringBuilder message = new StringBuilder(name + ": " + sorted.size() + " failing prefixes; the first "
                    + Math.min(REPORTED_FAILURES, sorted.size()) + ":\n");
            for (Failure f : sorted.subList(0, Math.min(REPORTED_FAILURES, sorted.size()))) {
                message.append("- ").append(f.path()).append(" prefix length ").append(f.length())
                        .append(" (ending with \"").append(escape(tail(f.prefix()))).append("\"): ")
                        .append(f.problem()).append('\n');
            }
            throw new AssertionError(message.toString());
        }
    }

    /** All lengths 0..n, or a deterministic stride through them (always including 0 and n). */
    static int[] prefixLengths(int n, int maxPerFile) {
        if (maxPerFile <= 0 || n + 1 <= maxPerFile) {
            return IntStream.rangeClosed(0, n).toArray();
        }
        int stride = (n + maxPerFile) / maxPerFile; // ceil((n + 1) / maxPerFile)
        return IntStream.concat(IntStream.iterate(0, i -> i < n, i -> i + stride), IntStream.of(n)).toArray();
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
            List<FileDiagnostics> analysed = new Analyzer().analyze(List.of(new Document(path, prefix)));
            if (analysed.size() != 1 || !path.equals(analysed.get(0).path())) {
                return "Analyzer.analyze returned " + analysed.size() + " results for one document";
            }
            bad = badRange(analysed.get(0).diagnostics(), source);
            return bad == null ? null : "Analyzer.analyze: " + bad;
        } catch (Throwable t) {
            StringWriter trace = new StringWriter();
            t.printStackTrace(new PrintWriter(trace));
            String[] lines = trace.toString().split("\\R");
            return "threw " + String.join("\n      ", List.of(lines).subList(0, Math.min(8, lines.length)));
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
