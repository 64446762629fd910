package dev.neam.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Times {@code neam-lsp lint} the way CI runs it, on a generated project and on library-style modules:
 * a fresh JVM per run, the real shaded jar, JSON output to a file; with plain {@code java -jar}, with
 * the launcher {@code bin/neam-lsp} without a start-up archive (a fresh CI machine) and with the
 * archive a server session left. Reports the whole wall time (JVM start included), the start-up
 * alone ({@code --version}), and files per second after start-up, against the goals (at least 2,000
 * files/s after start-up on the generated project, 1,000 on library code, the whole run within 3 s
 * for 2,000 files).
 *
 * <p>Arguments: {@code --jar=PATH --work=DIR --files=N --libraryFiles=N --runs=R --cdsCache=DIR
 * --enforce=true|false}.
 */
public final class LintBenchmark {
    static final double GOAL_FILES_PER_SECOND = 2000;
    static final double GOAL_WALL_SECONDS = 3.0;
    static final double GOAL_LIBRARY_FILES_PER_SECOND = 1000;

    private LintBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = BenchSupport.options(args);
        Path jar = Path.of(options.getOrDefault("jar", "lsp/target/neam-lsp.jar")).toAbsolutePath().normalize();
        Path work = Path.of(options.getOrDefault("work", "bench/target/lint-bench")).toAbsolutePath().normalize();
        int files = Integer.parseInt(options.getOrDefault("files", "2000"));
        int libraryFiles = Integer.parseInt(options.getOrDefault("libraryFiles", "1000"));
        int runs = Integer.parseInt(options.getOrDefault("runs", "5"));
        boolean enforce = Boolean.parseBoolean(options.getOrDefault("enforce", "false"));
        // the launcher's start-up archive, as the start-up benchmark left it (none: the launcher runs without)
        String cache = options.getOrDefault("cdsCache", work.resolve("no-cache").toString());
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: build it first (./mvnw -B package -DskipTests)");
        }
        String java = BenchSupport.java();
        Path launcher = jar.getParent().getParent().getParent().resolve("bin/neam-lsp");
        Map<String, String> launcherEnvironment = Map.of("JAVA_HOME", System.getProperty("java.home"),
                "NEAM_LSP_JAR", jar.toString(), "NEAM_LSP_CACHE_DIR", cache);
        Variant plain = new Variant("java -jar neam-lsp.jar (JVM defaults)", List.of(java, "-jar", jar.toString()), Map.of());
        Variant script = new Variant("bin/neam-lsp (lint: -XX:TieredStopAtLevel=1 -XX:+UseSerialGC), no start-up archive",
                List.of("sh", launcher.toString()), with(launcherEnvironment, "NEAM_LSP_CDS", "0"));
        Variant archived = new Variant("bin/neam-lsp with its start-up archive", List.of("sh", launcher.toString()),
                launcherEnvironment);

        StringBuilder out = new StringBuilder();
        boolean goalsMet = true;
        record Corpus(String name, Path project, long bytes, int files, double goalFilesPerSecond) {
        }
        Path generated = work.resolve("project");
        Path library = work.resolve("library");
        for (Corpus corpus : List.of(
                new Corpus("generated project", generated, ProjectGenerator.generate(generated, files), files, GOAL_FILES_PER_SECOND),
                new Corpus("library-style modules", library, LibraryCorpusGenerator.generate(library, libraryFiles), libraryFiles,
                        GOAL_LIBRARY_FILES_PER_SECOND))) {
            out.append(String.format(Locale.ROOT, "%nlint benchmark, %s: %d files (%.1f MB); %s, jar %.1f MB, load average before: %s%n",
                    corpus.name(), corpus.files(), corpus.bytes() / 1e6, BenchSupport.machine(), Files.size(jar) / 1e6,
                    BenchSupport.loadAverage()));
            Path report = work.resolve("lint.json");
            for (Variant variant : List.of(plain, script, archived)) {
                boolean expectErrors = corpus.project() == generated;
                Measurement m = measure(variant, work, corpus.project(), report, corpus.files(), runs, expectErrors);
                out.append(m.describe(variant.name(), corpus.files()));
                if (variant != plain) {
                    double wallGoal = GOAL_WALL_SECONDS * corpus.files() / 2000.0;
                    boolean met = m.filesPerSecond(corpus.files()) >= corpus.goalFilesPerSecond() && m.lintMedian() <= wallGoal;
                    goalsMet &= met || variant == script;
                    out.append(String.format(Locale.ROOT, "  goals: >= %.0f files/s after start-up: %s; whole run <= %.1f s: %s%n",
                            corpus.goalFilesPerSecond(), BenchSupport.verdict(m.filesPerSecond(corpus.files()) >= corpus.goalFilesPerSecond()),
                            wallGoal, BenchSupport.verdict(m.lintMedian() <= wallGoal)));
                }
            }
            out.append("load average after: ").append(BenchSupport.loadAverage()).append('\n');
        }
        System.out.print(out);
        Files.writeString(work.resolve("results.txt"), out.toString(), StandardCharsets.UTF_8);
        if (enforce && !goalsMet) {
            throw new IllegalStateException("the lint benchmark missed its goals (see above)");
        }
    }

    private static Map<String, String> with(Map<String, String> environment, String name, String value) {
        Map<String, String> copy = new HashMap<>(environment);
        copy.put(name, value);
        return copy;
    }

    /** A way to start the tool: the command before its own arguments. */
    record Variant(String name, List<String> prefix, Map<String, String> environment) {
        List<String> command(String... args) {
            List<String> c = new ArrayList<>(prefix);
            c.addAll(List.of(args));
            return c;
        }
    }

    /** Wall times in seconds of the start-up alone and of whole lint runs, and CPU seconds of the lint runs (if known). */
    record Measurement(List<Double> startup, List<Double> lint, List<Double> lintCpu) {
        double startupMedian() {
            return BenchSupport.median(startup);
        }

        double lintMedian() {
            return BenchSupport.median(lint);
        }

        double filesPerSecond(int files) {
            return files / Math.max(1e-3, lintMedian() - startupMedian());
        }

        String describe(String name, int files) {
            return String.format(Locale.ROOT, "%s%n  start-up (--version): median %.0f ms %s%n"
                            + "  lint --format json, whole run: median %.0f ms, best %.0f ms %s%n"
                            + "  after start-up: %.0f ms for %d files = %.0f files/s%n"
                            + "  CPU time (user + system) of a lint run: %s%n",
                    name, startupMedian() * 1000, millis(startup), lintMedian() * 1000,
                    lint.stream().mapToDouble(Double::doubleValue).min().orElse(0) * 1000, millis(lint),
                    (lintMedian() - startupMedian()) * 1000, files, filesPerSecond(files),
                    lintCpu.isEmpty() ? "unknown (no /usr/bin/time)" : String.format(Locale.ROOT, "median %.0f ms %s",
                            BenchSupport.median(lintCpu) * 1000, millis(lintCpu)));
        }
    }

    private static Measurement measure(Variant variant, Path work, Path project, Path report, int files, int runs,
                                       boolean expectErrors) throws IOException, InterruptedException {
        // one untimed run of each, so the file system cache and the jar are warm as on a CI runner's second step
        run(work, variant, variant.command("lint", "--version"), null);
        int status = run(work, variant, variant.command("lint", "--format", "json", project.toString()), report);
        check(status, Files.readString(report, StandardCharsets.UTF_8), files, expectErrors);
        List<Double> startup = new ArrayList<>();
        List<Double> lint = new ArrayList<>();
        List<Double> lintCpu = new ArrayList<>();
        for (int r = 0; r < runs; r++) {
            // 'lint --version' starts the JVM exactly as a lint run does (the launcher's lint options included)
            startup.add(time(work, variant, variant.command("lint", "--version"), null)[0]);
            double[] t = time(work, variant, variant.command("lint", "--format", "json", project.toString()), report);
            lint.add(t[0]);
            if (t[1] >= 0) {
                lintCpu.add(t[1]);
            }
        }
        return new Measurement(startup, lint, lintCpu);
    }


    /**
     * The lint run must have seen every file, the generated Neam files and the project's neam.toml
     * (checked too), and found the planted errors (exit status 1).
     */
    private static void check(int status, String json, int files, boolean expectErrors) {
        Matcher m = Pattern.compile("\"summary\":\\{\"files\":(\\d+),\"errors\":(\\d+),").matcher(json);
        if (!m.find() || Integer.parseInt(m.group(1)) != files + 1) {
            throw new IllegalStateException("lint did not report " + files + " Neam files and neam.toml: " + tail(json));
        }
        if (!expectErrors) {
            if (Integer.parseInt(m.group(2)) != 0) {
                throw new IllegalStateException("the library-style corpus should have no errors: " + m.group(0));
            }
            return;
        }
        int expectedErrors = (files + 49) / 50;
        if (status != 1 || Integer.parseInt(m.group(2)) < expectedErrors) {
            throw new IllegalStateException("expected exit 1 and at least " + expectedErrors + " errors, got exit " + status
                    + " and " + m.group(0));
        }
    }

    private static final Path TIME = Path.of("/usr/bin/time");

    /**
     * {wall seconds, CPU seconds or -1}. The machine may be shared: CPU time (from /usr/bin/time, when
     * there is one) says what the run costs whatever else is running; wall time is what CI waits.
     */
    private static double[] time(Path dir, Variant variant, List<String> command, Path output) throws IOException, InterruptedException {
        boolean timed = Files.isExecutable(TIME);
        Path cpu = dir.resolve("time.txt");
        List<String> full = new ArrayList<>();
        if (timed) {
            full.addAll(List.of(TIME.toString(), "-o", cpu.toString(), "-f", "%U %S"));
        }
        full.addAll(command);
        long start = System.nanoTime();
        run(dir, variant, full, output);
        double wall = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = -1;
        if (timed) {
            String[] us = Files.readString(cpu).strip().lines().reduce((a, b) -> b).orElse("").split(" ");
            cpuSeconds = Double.parseDouble(us[0]) + Double.parseDouble(us[1]);
        }
        return new double[] {wall, cpuSeconds};
    }

    private static int run(Path dir, Variant variant, List<String> command, Path output) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile())
                .redirectError(ProcessBuilder.Redirect.INHERIT);
        builder.environment().putAll(variant.environment());
        builder.redirectOutput(output == null ? ProcessBuilder.Redirect.DISCARD : ProcessBuilder.Redirect.to(output.toFile()));
        Process process = builder.start();
        process.getOutputStream().close();
        if (!process.waitFor(10, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("timed out: " + command);
        }
        return process.exitValue();
    }


    private static String millis(List<Double> values) {
        return values.stream().map(v -> String.format(Locale.ROOT, "%.0f", v * 1000)).toList().toString().replace("[", "(runs: ")
                .replace("]", " ms)");
    }

    private static String tail(String s) {
        return s.length() <= 300 ? s : "…" + s.substring(s.length() - 300);
    }

}
