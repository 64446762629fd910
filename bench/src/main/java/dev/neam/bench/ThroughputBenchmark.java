package dev.neam.bench;

import com.sun.management.ThreadMXBean;
import dev.neam.parser.syntax.NeamSyntax;
import dev.neam.parser.syntax.ParseStatistics;
import dev.neam.parser.workspace.Document;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToIntFunction;

/**
 * Warm throughput of the analysis in this JVM, on three corpora (the generated lint project, the
 * library-style modules and the sample project): lexer only (the yardstick), parse (tree and
 * syntax findings) and full analysis (parse plus every semantic check, as lint and the editor run
 * it), in lines per second and bytes allocated per line. Every stage spreads the files over all
 * cores, as lint parses them. Each stage is repeated until warm, then
 * timed; the median pass counts.
 *
 * <p>Arguments: {@code --samples=DIR --warmupSeconds=S --measureSeconds=S}.
 */
public final class ThroughputBenchmark {
    static final double GOAL_LINES_PER_SECOND = 300_000;
    static final double GOAL_RATIO_TO_LEXER = 3.0;

    private ThroughputBenchmark() {
    }

    record Stage(String name, ToIntFunction<List<Document>> run) {
    }

    public static void main(String[] args) throws IOException {
        Map<String, String> options = BenchSupport.options(args);
        Path samples = Path.of(options.getOrDefault("samples", "samples"));
        double warmup = Double.parseDouble(options.getOrDefault("warmupSeconds", "8"));
        double measure = Double.parseDouble(options.getOrDefault("measureSeconds", "8"));

        List<Corpus> corpora = List.of(Corpus.generated(), Corpus.library(), Corpus.samples(samples));
        List<Stage> stages = List.of(
                new Stage("lexer only", Stages::lex),
                new Stage("parse", Stages::parse),
                new Stage("parse + full analysis", Stages::analyze));

        System.out.printf(Locale.ROOT, "%nthroughput (in-process, warm, every stage on all cores as lint runs it): %s; "
                + "load average before: %s%n", BenchSupport.machine(), BenchSupport.loadAverage());
        for (Corpus corpus : corpora) {
            StringBuilder out = new StringBuilder();
            out.append(String.format(Locale.ROOT, "%s: %d files, %d lines%n", corpus.name(), corpus.documents().size(),
                    corpus.lines()));
            out.append(String.format(Locale.ROOT, "  %-24s %12s %10s %12s %8s%n", "stage", "lines/s", "ms/pass",
                    "bytes/line", "x lexer"));
            double lexer = 0;
            for (Stage stage : stages) {
                double[] result = time(stage, corpus, warmup, measure);
                double linesPerSecond = corpus.lines() / result[0];
                if (lexer == 0) {
                    lexer = result[0];
                }
                out.append(String.format(Locale.ROOT, "  %-24s %12.0f %10.1f %12.0f %8.2f%n", stage.name(), linesPerSecond,
                        result[0] * 1000, result[1] / corpus.lines(), result[0] / lexer));
                if (stage == stages.get(stages.size() - 1)) {
                    out.append(String.format(Locale.ROOT, "  goals: >= %.0f lines/s: %s (%.0f); <= %.0fx lexer only: %s (%.2fx)%n",
                            GOAL_LINES_PER_SECOND, BenchSupport.verdict(linesPerSecond >= GOAL_LINES_PER_SECOND), linesPerSecond,
                            GOAL_RATIO_TO_LEXER, BenchSupport.verdict(result[0] / lexer <= GOAL_RATIO_TO_LEXER), result[0] / lexer));
                }
            }
            out.append(fallbacks(corpus));
            out.append("  load average after: ").append(BenchSupport.loadAverage()).append('\n');
            System.out.print(out);
        }
    }

    /**
     * How many files of one parse pass the fast SLL pass could not parse (a syntax error, or input
     * SLL prediction gets wrong) and were parsed again in LL mode, and how many decisions of those
     * LL passes needed full-context prediction.
     */
    private static String fallbacks(Corpus corpus) {
        ParseStatistics.Snapshot before = ParseStatistics.snapshot();
        for (Document d : corpus.documents()) {
            NeamSyntax.parse(d.text());
        }
        ParseStatistics.Snapshot pass = ParseStatistics.snapshot().minus(before);
        return String.format(Locale.ROOT, "  SLL -> LL fallbacks: %d of %d files; %d full-context predictions in their LL passes%n",
                pass.fallbacks(), pass.parses(), pass.fullContextPredictions());
    }

    /** {median seconds per pass, bytes allocated per pass by all threads}. */
    private static double[] time(Stage stage, Corpus corpus, double warmupSeconds, double measureSeconds) {
        int sink = 0;
        long until = System.nanoTime() + (long) (warmupSeconds * 1e9);
        for (int pass = 0; pass < 3 || System.nanoTime() < until; pass++) {
            sink += stage.run().applyAsInt(corpus.documents());
        }
        List<Double> seconds = new ArrayList<>();
        long allocated = 0;
        until = System.nanoTime() + (long) (measureSeconds * 1e9);
        while (seconds.size() < 5 || System.nanoTime() < until) {
            long bytes = allocatedBytes();
            long start = System.nanoTime();
            sink += stage.run().applyAsInt(corpus.documents());
            seconds.add((System.nanoTime() - start) / 1e9);
            allocated += allocatedBytes() - bytes;
        }
        if (sink == 42) { // keeps the results alive
            System.out.print("");
        }
        return new double[] {BenchSupport.median(seconds), (double) allocated / seconds.size()};
    }

    /** Bytes allocated so far by the live threads (the stages run on this one and the common pool's). */
    private static long allocatedBytes() {
        ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        long total = 0;
        for (long bytes : threads.getThreadAllocatedBytes(threads.getAllThreadIds())) {
            total += Math.max(0, bytes);
        }
        return total;
    }
}
