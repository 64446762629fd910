package dev.neam.tests.mutation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.neam.tests.support.StrictRuleFamilies;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * The fixtures mutated (see {@link FileMutator}) and linted: a fixed number of seeded cases in CI,
 * more on request ({@code -Dneam.mutation.cases=20000 -Dneam.mutation.seed=7}; one case alone with
 * {@code -Dneam.mutation.case=N}). No exception may escape, each case must end within a bound, every
 * finding must lie inside its file, and findings must not change between two runs. A failure
 * names the seed and the case, so it can be rerun. The cases are independent and run on one thread
 * per core; the class runs alone, as the printed figures and the strict rule families need.
 */
@ExtendWith(StrictRuleFamilies.class) // a rule family that fails must fail the test
@Isolated // the strict rule families are a JVM-wide system property; prints its time
class FileMutationTest {
    static final long DEFAULT_SEED = 20_261_207L;
    static final int DEFAULT_CASES = 250;
    /** Far beyond what a case takes (milliseconds): only a hang or a runaway reaches it. */
    static final long CASE_BOUND_SECONDS = Long.getLong("neam.mutation.boundSeconds", 60);

    @TempDir
    Path dir;

    @Test
    void mutatedFixturesAreLintedWithoutCrashHangOrStrayRange() throws Exception {
        long seed = Long.getLong(MutationCase.SEED, DEFAULT_SEED);
        int cases = Integer.getInteger(MutationCase.CASES, DEFAULT_CASES);
        Integer only = Integer.getInteger(MutationCase.ONLY);
        int from = only != null ? only : 0;
        int to = only != null ? only + 1 : cases;
        MutationCorpus corpus = MutationCorpus.get();
        // the cases are independent: one lane per core, lane k taking every LANES-th case from k
        int lanes = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), to - from));
        long started = System.nanoTime();
        List<Callable<Lane>> work = new ArrayList<>();
        for (int k = 0; k < lanes; k++) {
            int first = from + k;
            work.add(() -> runLane(seed, corpus, first, to, lanes));
        }
        ExecutorService pool = Executors.newFixedThreadPool(lanes);
        List<Lane> done = new ArrayList<>();
        try {
            for (Future<Lane> lane : pool.invokeAll(work)) {
                done.add(lane.get());
            }
        } finally {
            pool.shutdownNow();
        }
        Map<String, List<CaseFailure>> byKey = new TreeMap<>(); // by the failure's first line: one bug, many cases
        int run = 0;
        int findings = 0;
        Lane slowest = done.get(0);
        for (Lane lane : done) {
            run += lane.run;
            findings += lane.findings;
            if (lane.slowest > slowest.slowest) {
                slowest = lane;
            }
            lane.failures.forEach(failure -> byKey.computeIfAbsent(failure.key(), k -> new ArrayList<>()).add(failure));
        }
        long ms = (System.nanoTime() - started) / 1_000_000;
        System.out.printf("file mutations: seed %d, %d cases linted in %d ms on %d threads (%.1f ms a case; the slowest %d ms:"
                + " %s), %d findings, %d distinct failures%n", seed, run, ms, lanes, (double) ms * lanes / Math.max(1, run),
                slowest.slowest, slowest.slowestCase, findings, byKey.size());
        StringBuilder report = new StringBuilder();
        byKey.forEach((key, list) -> {
            list.sort(Comparator.comparingInt(CaseFailure::index));
            report.append("\n=== ").append(list.size()).append(" case(s): ").append(key)
                    .append("\nfirst: ").append(list.get(0).text()).append('\n');
        });
        assertThat(byKey).as("mutated fixtures that broke lint (seed %d):%s", seed, report).isEmpty();
    }

    /** A case that broke lint: what identifies the bug, and the case described with its trace. */
    private record CaseFailure(String key, int index, String text) {
    }

    /** What one lane saw. */
    private static final class Lane {
        final List<CaseFailure> failures = new ArrayList<>();
        int run;
        int findings;
        long slowest;
        String slowestCase = "";
    }

    /** Cases {@code first}, {@code first + step}, … below {@code to}, each linted on a thread of its own within the bound. */
    private Lane runLane(long seed, MutationCorpus corpus, int first, int to, int step) throws InterruptedException {
        Lane lane = new Lane();
        ExecutorService worker = Executors.newSingleThreadExecutor(daemon());
        try {
            for (int i = first; i < to; i += step) {
                MutationCase c = MutationCase.of(seed, i, corpus, false);
                Path folder = dir.resolve("case-" + i);
                Future<Integer> result = worker.submit(() -> LintOfCase.check(c, folder).stream()
                        .mapToInt(f -> f.diagnostics().size()).sum());
                long caseStarted = System.nanoTime();
                try {
                    lane.findings += result.get(CASE_BOUND_SECONDS, TimeUnit.SECONDS);
                    long took = (System.nanoTime() - caseStarted) / 1_000_000;
                    if (took > lane.slowest) {
                        lane.slowest = took;
                        lane.slowestCase = "case " + i + " (" + c.fixture() + ", " + c.path() + ", " + c.edits().size() + " edits)";
                    }
                } catch (ExecutionException e) {
                    lane.failures.add(new CaseFailure(key(e.getCause()), i, c.describe() + "\n" + trace(e.getCause())));
                } catch (TimeoutException e) {
                    result.cancel(true);
                    lane.failures.add(new CaseFailure("no end within " + CASE_BOUND_SECONDS + " s", i, c.describe()));
                    worker.shutdownNow();
                    worker = Executors.newSingleThreadExecutor(daemon()); // the hung thread is left behind
                }
                LintOfCase.delete(folder);
                lane.run++;
            }
        } finally {
            worker.shutdownNow();
        }
        return lane;
    }

    /** A thread with the default stack, as lint's main thread has: deep nesting must meet the parser's limits. */
    private static ThreadFactory daemon() {
        return r -> {
            Thread t = new Thread(r, "mutation-case");
            t.setDaemon(true);
            return t;
        };
    }

    /** What identifies a bug: the failure's class and first line, and where it was thrown. */
    private static String key(Throwable t) {
        String message = String.valueOf(t.getMessage()).lines().findFirst().orElse("");
        if (t instanceof AssertionError) {
            return message.replaceAll("\\d+", "N");
        }
        StackTraceElement[] frames = t.getStackTrace();
        return t.getClass().getName() + " at " + (frames.length > 0 ? frames[0] : "?");
    }

    private static String trace(Throwable t) {
        StringWriter out = new StringWriter();
        t.printStackTrace(new PrintWriter(out));
        String s = out.toString();
        return s.length() > 4000 ? s.substring(0, 4000) + "…" : s;
    }
}
