package dev.neam.bench;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The stages of the analysis ({@link Stages}) over a whole corpus ({@link Corpus}) per operation:
 * lexer only (the yardstick), parse (the grammar alone: ANTLR's parse tree), parse + AST (the
 * parser's entry point, {@code NeamSyntax.parse}: token passes, parse, the tree the analysis reads,
 * syntax diagnostics) and full analysis (parse and every check, the pipeline lint and the editor
 * share). Each stage spreads the files over all cores, as lint does. {@link JmhBenchmarks} turns
 * the time and the bytes allocated per pass into lines per second and bytes per line.
 *
 * <p>{@code samples/} is read from the system property {@value #SAMPLES_PROPERTY}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 4, time = 2)
public class CorpusBenchmarks {
    static final String SAMPLES_PROPERTY = "neam.bench.samples";

    @Param({Corpus.GENERATED, Corpus.LIBRARY, Corpus.SAMPLES})
    public String corpus;

    private Corpus files;

    @Setup(Level.Trial)
    public void read() throws Exception {
        files = Corpus.named(corpus, Path.of(System.getProperty(SAMPLES_PROPERTY, "samples")));
    }

    @Benchmark
    public int lexer() {
        return Stages.lex(files.documents());
    }

    @Benchmark
    public int parse() {
        return Stages.grammarParse(files.documents());
    }

    @Benchmark
    public int parseAndAst() {
        return Stages.parse(files.documents());
    }

    @Benchmark
    public int fullAnalysis() {
        return Stages.analyze(files.documents());
    }
}
