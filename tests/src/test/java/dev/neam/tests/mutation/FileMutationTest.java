package dev.neam.tests.mutation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.neam.tests.support.StrictRuleFamilies;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

/**
 * The fixtures mutated (see {@link FileMutator}) and linted: a fixed number of seeded cases in CI,
 * more on request ({@code -Dneam.mutation.cases=20000 -Dneam.mutation.seed=7}; one case alone with
 * {@code -Dneam.mutation.case=N}). No exception may escape, each case must end within a bound, every
 * finding must lie inside its file, and findings must not change between two runs. A failure
 * names the seed and the case, so it can be rerun.
 */
@ExtendWith(StrictRuleFamilies.class) // a rule family that fails must fail the test
class FileMutationTest {
    static final long DEFAULT_SEED = 20_261_207L;
    static final int DEFAULT_CASES = 250;
    /** Far beyond what a case takes (milliseconds): only a hang or a runaway reaches it. */
    static final long CASE_BOUND_SECONDS = Long.getLong("neam.mutation.boundSeconds", 60);

    @TempDir
    Path dir;

    @Test
    void mutatedFixturesAreLintedWithoutCrashHangOrStrayRange() throws InterruptedException {
        long seed = Long.getLong(MutationCase.SEED, DEFAULT_SEED);
        int cases = Integer.getInteger(MutationCase.CASES, DEFAULT_CASES);
        Integer only = Integer.getInteger(MutationCase.ONLY);
        MutationCorpus corpus = MutationCorpus.get();
        Map<String, List<String>> failures = new LinkedHashMap<>(); // by the failure's first line: one bug, many cases
        ExecutorService worker = Executors.newSingleThreadExecutor(daemon());
        long started = System.nanoTime();
        int run = 0;
        int findings = 0;
        long slowest = 0;
        String slowestCase = "";
        try {
            for (int i = only != null ? only : 0; i < (only != null ? only + 1 : cases); i++) {
                MutationCase c = MutationCase.of(seed, i, corpus, false);
                Path folder = dir.resolve("case-" + i);
                Future<Integer> result = worker.submit(() -> LintOfCase.check(c, folder).stream()
                        .mapToInt(f -> f.diagnostics().size()).sum());
                long caseStarted = System.nanoTime();
                try {
                    findings += result.get(CASE_BOUND_SECONDS, TimeUnit.SECONDS);
                    long took = (System.nanoTime() - caseStarted) / 1_000_000;
                    if (took > slowest) {
                        slowest = took;
                        slowestCase = "case " + i + " (" + c.fixture() + ", " + c.path() + ", " + c.edits().size() + " edits)";
                    }
                } catch (ExecutionException e) {
                    failures.computeIfAbsent(key(e.getCause()), k -> new ArrayList<>()).add(c.describe() + "\n" + trace(e.getCause()));
                } catch (TimeoutException e) {
                    result.cancel(true);
                    failures.computeIfAbsent("no end within " + CASE_BOUND_SECONDS + " s", k -> new ArrayList<>()).add(c.describe());
                    worker.shutdownNow();
                    worker = Executors.newSingleThreadExecutor(daemon()); // the hung thread is left behind
                }
                LintOfCase.delete(folder);
                run++;
            }
        } finally {
            worker.shutdownNow();
        }
        long ms = (System.nanoTime() - started) / 1_000_000;
        System.out.printf("file mutations: seed %d, %d cases linted in %d ms (%.1f ms a case; the slowest %d ms: %s), %d findings,"
                + " %d distinct failures%n", seed, run, ms, (double) ms / Math.max(1, run), slowest, slowestCase, findings, failures.size());
        StringBuilder report = new StringBuilder();
        failures.forEach((key, list) -> report.append("\n=== ").append(list.size()).append(" case(s): ").append(key)
                .append("\nfirst: ").append(list.get(0)).append('\n'));
        assertThat(failures).as("mutated fixtures that broke lint (seed %d):%s", seed, report).isEmpty();
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
