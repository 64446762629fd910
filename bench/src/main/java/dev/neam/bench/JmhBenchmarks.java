package dev.neam.bench;

import java.nio.file.Path;
import java.util.Collection;
import java.util.Map;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs the JMH benchmarks ({@link CorpusBenchmarks}, {@link RequestBenchmarks}) with JMH's GC
 * profiler, each in a JVM of its own, then prints the figures as lines per second and bytes
 * allocated per line with the ratio to lexer only ({@link JmhSummary}). The iterations are set on
 * the benchmark classes, short enough for the whole run to take minutes on two loaded cores.
 *
 * <p>Arguments: {@code --samples=DIR --filter=REGEX} (benchmarks whose name matches, e.g.
 * {@code CorpusBenchmarks.lexer}) {@code --requestDocuments=library-style,generated} (the
 * documents of the request benchmarks) {@code --requestKinds=semanticTokens/full,…} (only these request
 * kinds; every kind when empty or absent).
 */
public final class JmhBenchmarks {
    private JmhBenchmarks() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = BenchSupport.options(args);
        Path samples = Path.of(options.getOrDefault("samples", "samples")).toAbsolutePath().normalize();
        String filter = options.getOrDefault("filter", JmhBenchmarks.class.getPackageName() + ".*Benchmarks");
        String documents = options.getOrDefault("requestDocuments", Corpus.LIBRARY);
        String kinds = options.getOrDefault("requestKinds", "");
        String loadBefore = BenchSupport.loadAverage();
        OptionsBuilder builder = new OptionsBuilder();
        if (!kinds.isBlank()) {
            builder.param("kind", kinds.split(","));
        }
        Options jmh = builder
                .include(filter)
                .param("document", documents.split(","))
                .addProfiler(GCProfiler.class)
                .jvmArgsAppend("-D" + CorpusBenchmarks.SAMPLES_PROPERTY + "=" + samples)
                .shouldFailOnError(true)
                .build();
        Collection<RunResult> results = new Runner(jmh).run();
        System.out.print(new JmhSummary(samples).table(results, loadBefore, BenchSupport.loadAverage()));
    }
}
