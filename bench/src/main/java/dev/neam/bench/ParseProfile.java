package dev.neam.bench;

import dev.neam.parser.workspace.Document;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.function.ToIntFunction;
import java.util.stream.Stream;

/**
 * One stage of {@link Stages} over one corpus, again and again on a single thread, for a profiler
 * to watch (Java Flight Recorder) and for before/after comparisons on a shared machine: each pass is
 * timed as CPU time of the thread that ran it, which other processes' load does not inflate.
 * The stage runs inside a pool of one thread, so the stages' parallel streams stay on that thread.
 *
 * <p>Arguments: {@code --stage=lex|grammar|parse|analyze} (several, comma-separated),
 * {@code --corpus=generated|library-style|samples|DIR} (a directory of {@code .neam} files),
 * {@code --seconds=S} per stage (after {@code --warmupSeconds=S}).
 * Prints the median CPU time per pass and the lines per CPU second.
 */
public final class ParseProfile {
    private ParseProfile() {
    }

    public static void main(String[] args) throws IOException, InterruptedException, ExecutionException {
        Map<String, String> options = BenchSupport.options(args);
        Corpus corpus = corpus(options.getOrDefault("corpus", Corpus.LIBRARY), Path.of(options.getOrDefault("samples", "samples")));
        double warmup = Double.parseDouble(options.getOrDefault("warmupSeconds", "10"));
        double seconds = Double.parseDouble(options.getOrDefault("seconds", "60"));
        ForkJoinPool pool = new ForkJoinPool(1);
        for (String stage : options.getOrDefault("stage", "grammar").split(",")) {
            ToIntFunction<List<Document>> run = stage(stage);
            double[] median = pool.submit(() -> measure(run, corpus.documents(), warmup, seconds)).get();
            System.out.printf(Locale.ROOT, "%s | %s | %d files | %d lines | %.1f ms CPU/pass (median of %d) | %.0f lines per CPU s%n",
                    corpus.name(), stage, corpus.documents().size(), corpus.lines(), median[0] * 1e3, (int) median[1],
                    corpus.lines() / median[0]);
        }
        pool.shutdown();
    }

    private static List<Document> prepared;
    private static ToIntFunction<List<Document>> preparedStage;
    private static ForkJoinPool preparedPool;

    /**
     * For {@link ParseCompare}, which loads this class once per build compared: reads the corpus and
     * chooses the stage; {@link #pass()} then runs one pass. Returns the corpus's line count.
     */
    public static int prepare(String corpusName, String stage) throws IOException {
        Corpus corpus = corpus(corpusName, Path.of("samples"));
        prepared = corpus.documents();
        preparedStage = stage(stage);
        preparedPool = new ForkJoinPool(1);
        return corpus.lines();
    }

    /** One pass of the prepared stage on a pool of one thread: that thread's CPU time in nanoseconds. */
    public static long pass() throws InterruptedException, ExecutionException {
        return preparedPool.submit(() -> {
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            long start = threads.getCurrentThreadCpuTime();
            int count = preparedStage.applyAsInt(prepared);
            long cpu = threads.getCurrentThreadCpuTime() - start;
            return count == Integer.MIN_VALUE ? -cpu : cpu;
        }).get();
    }

    private static Corpus corpus(String name, Path samples) throws IOException {
        if (name.equals(Corpus.GENERATED) || name.equals(Corpus.LIBRARY) || name.equals(Corpus.SAMPLES)) {
            return Corpus.named(name, samples);
        }
        List<Document> docs = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(Path.of(name))) {
            for (Path p : walk.filter(p -> p.toString().endsWith(".neam")).sorted().toList()) {
                docs.add(new Document(p.toAbsolutePath().toString(), Files.readString(p, StandardCharsets.UTF_8)));
            }
        }
        return Corpus.of(name, docs);
    }

    private static ToIntFunction<List<Document>> stage(String name) {
        return switch (name) {
            case "lex" -> Stages::lex;
            case "grammar" -> Stages::grammarParse;
            case "parse" -> Stages::parse;
            case "analyze" -> Stages::analyze;
            default -> throw new IllegalArgumentException("no stage " + name);
        };
    }

    /** Warm-up, then passes for {@code seconds} of CPU time: the median seconds per pass and the number of passes. */
    private static double[] measure(ToIntFunction<List<Document>> run, List<Document> documents, double warmup, double seconds) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long sink = 0;
        long end = System.nanoTime() + (long) (warmup * 1e9);
        while (System.nanoTime() < end) {
            sink += run.applyAsInt(documents);
        }
        List<Double> passes = new ArrayList<>();
        double total = 0;
        while (total < seconds || passes.size() < 3) {
            long start = threads.getCurrentThreadCpuTime();
            sink += run.applyAsInt(documents);
            double pass = (threads.getCurrentThreadCpuTime() - start) / 1e9;
            passes.add(pass);
            total += pass;
        }
        if (sink == 42) {
            System.out.print("");
        }
        double[] sorted = passes.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(sorted);
        return new double[] {sorted[sorted.length / 2], sorted.length};
    }
}
