package dev.neam.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;

/**
 * JMH's per-operation figures as the goals read them: lines per second (lines per operation
 * divided by the time of one) and bytes allocated per line ({@code gc.alloc.rate.norm}, the bytes
 * allocated by all threads per operation, divided by the lines per operation), with each corpus
 * stage's time as a multiple of lexer only on the same corpus (goal: full analysis at most 3×).
 */
final class JmhSummary {
    private static final String ALLOCATION = "gc.alloc.rate.norm";
    private static final Map<String, String> STAGES = stageNames();

    private final Path samples;
    private final Map<String, Integer> lines = new HashMap<>();

    JmhSummary(Path samples) {
        this.samples = samples;
    }

    private static Map<String, String> stageNames() {
        Map<String, String> names = new LinkedHashMap<>();
        names.put("lexer", "lexer only");
        names.put("parse", "parse (grammar)");
        names.put("parseAndAst", "parse + AST");
        names.put("fullAnalysis", "full analysis");
        return names;
    }

    /** One measured benchmark: its method, parameters, ms per operation (and error) and bytes per operation. */
    record Row(String method, Map<String, String> params, double ms, double error, double bytes) {
        static Row of(RunResult run) {
            String benchmark = run.getParams().getBenchmark();
            Map<String, String> params = new HashMap<>();
            for (String key : run.getParams().getParamsKeys()) {
                params.put(key, run.getParams().getParam(key));
            }
            Result<?> allocation = run.getSecondaryResults().get(ALLOCATION);
            return new Row(benchmark.substring(benchmark.lastIndexOf('.') + 1), params, run.getPrimaryResult().getScore(),
                    run.getPrimaryResult().getScoreError(), allocation == null ? Double.NaN : allocation.getScore());
        }
    }

    String table(Collection<RunResult> results, String loadBefore, String loadAfter) {
        List<Row> corpus = results.stream().filter(r -> r.getParams().getBenchmark().contains(".CorpusBenchmarks."))
                .map(Row::of).toList();
        List<Row> requests = results.stream().filter(r -> r.getParams().getBenchmark().contains(".RequestBenchmarks."))
                .map(Row::of).toList();
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%nJMH figures per line (time is the mean per operation, bytes are %s "
                        + "over the lines of one operation): %s; load average before %s, after %s%n",
                ALLOCATION, BenchSupport.machine(), loadBefore, loadAfter));
        for (String name : List.of(Corpus.GENERATED, Corpus.LIBRARY, Corpus.SAMPLES)) {
            List<Row> rows = corpus.stream().filter(r -> name.equals(r.params().get("corpus"))).toList();
            if (!rows.isEmpty()) {
                out.append(corpusTable(name, rows));
            }
        }
        for (String name : List.of(Corpus.LIBRARY, Corpus.GENERATED)) {
            List<Row> rows = requests.stream().filter(r -> name.equals(r.params().get("document"))).toList();
            if (!rows.isEmpty()) {
                out.append(requestTable(name, rows));
            }
        }
        return out.toString();
    }

    private String corpusTable(String name, List<Row> rows) {
        int n = corpusLines(name);
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%s corpus, %d lines per operation (all cores):%n", name, n));
        out.append(String.format(Locale.ROOT, "  %-18s %10s %9s %12s %11s %8s%n", "stage", "ms/op", "± ms", "lines/s",
                "bytes/line", "x lexer"));
        Row lexer = rows.stream().filter(r -> r.method().equals("lexer")).findFirst().orElse(null);
        STAGES.forEach((method, label) -> rows.stream().filter(r -> r.method().equals(method)).findFirst().ifPresent(r ->
                out.append(String.format(Locale.ROOT, "  %-18s %10.2f %9.2f %12.0f %11.0f %8s%n", label, r.ms(), r.error(),
                        n / (r.ms() / 1000), r.bytes() / n, lexer == null ? "-" : String.format(Locale.ROOT, "%.2f", r.ms() / lexer.ms())))));
        rows.stream().filter(r -> r.method().equals("fullAnalysis")).findFirst().filter(r -> lexer != null).ifPresent(r -> {
            double ratio = r.ms() / lexer.ms();
            out.append(String.format(Locale.ROOT, "  goal: full analysis <= %.0fx lexer only: %s (%.2fx)%n",
                    ThroughputBenchmark.GOAL_RATIO_TO_LEXER, BenchSupport.verdict(ratio <= ThroughputBenchmark.GOAL_RATIO_TO_LEXER), ratio));
        });
        return out.toString();
    }

    private String requestTable(String name, List<Row> rows) {
        int n = RequestDocument.named(name).lines();
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
                "requests on the %s document, %d lines (in process, one request at a time; the bytes of 'typed' include "
                        + "the keystroke's re-parse, done outside the timing):%n", name, n));
        out.append(String.format(Locale.ROOT, "  %-22s %-9s %10s %9s %12s %11s%n", "request", "version", "ms/op", "± ms",
                "lines/s", "bytes/line"));
        for (RequestType kind : RequestType.ALL) {
            for (String version : List.of(RequestBenchmarks.UNCHANGED, RequestBenchmarks.TYPED)) {
                rows.stream().filter(r -> kind.name().equals(r.params().get("kind")) && version.equals(r.params().get("version")))
                        .findFirst().ifPresent(r -> out.append(String.format(Locale.ROOT, "  %-22s %-9s %10.3f %9.3f %12.0f %11.1f%n",
                                kind.name(), version, r.ms(), r.error(), n / (r.ms() / 1000), r.bytes() / n)));
            }
        }
        return out.toString();
    }

    private int corpusLines(String name) {
        return lines.computeIfAbsent(name, key -> {
            try {
                return Corpus.named(key, samples).lines();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
