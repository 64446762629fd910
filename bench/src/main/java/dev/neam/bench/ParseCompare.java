package dev.neam.bench;

import java.io.File;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Two builds of the parser in one JVM, each in its own class loader, running one stage of
 * {@link ParseProfile} over one corpus in alternation (A, B, B, A, ...), so that both meet the same
 * load on a shared machine. Prints each build's median CPU time per pass and their ratio.
 *
 * <p>Arguments: {@code --a=CLASSPATH --b=CLASSPATH} (each with these bench classes, a parser
 * build and its dependencies), {@code --stage=...}, {@code --corpus=...}, {@code --warmupSeconds=S},
 * {@code --rounds=N}.
 */
public final class ParseCompare {
    private ParseCompare() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = BenchSupport.options(args);
        String stage = options.getOrDefault("stage", "analyze");
        String corpus = options.getOrDefault("corpus", Corpus.LIBRARY);
        double warmup = Double.parseDouble(options.getOrDefault("warmupSeconds", "20"));
        int rounds = Integer.parseInt(options.getOrDefault("rounds", "20"));
        Method[] a = load(options.get("a"));
        Method[] b = load(options.get("b"));
        int lines = (int) a[0].invoke(null, corpus, stage);
        b[0].invoke(null, corpus, stage);
        long end = System.nanoTime() + (long) (warmup * 1e9);
        while (System.nanoTime() < end) {
            a[1].invoke(null);
            b[1].invoke(null);
        }
        List<Long> timesA = new ArrayList<>();
        List<Long> timesB = new ArrayList<>();
        for (int i = 0; i < rounds; i++) {
            boolean aFirst = i % 2 == 0;
            (aFirst ? timesA : timesB).add((Long) (aFirst ? a : b)[1].invoke(null));
            (aFirst ? timesB : timesA).add((Long) (aFirst ? b : a)[1].invoke(null));
        }
        double medianA = median(timesA) / 1e6;
        double medianB = median(timesB) / 1e6;
        System.out.printf(Locale.ROOT, "%s | %s | %d lines | A %.1f ms CPU/pass (%.0f lines/s) | B %.1f ms CPU/pass (%.0f lines/s)"
                + " | B/A %.3f | %d rounds | load average %s%n", corpus, stage, lines, medianA, lines / medianA * 1e3, medianB,
                lines / medianB * 1e3, medianB / medianA, rounds, BenchSupport.loadAverage());
    }

    private static Method[] load(String classPath) throws Exception {
        List<URL> urls = new ArrayList<>();
        for (String entry : classPath.split(File.pathSeparator)) {
            urls.add(new File(entry).toURI().toURL());
        }
        ClassLoader loader = new URLClassLoader(urls.toArray(new URL[0]), ClassLoader.getPlatformClassLoader());
        Class<?> profile = Class.forName(ParseProfile.class.getName(), true, loader);
        return new Method[] {profile.getMethod("prepare", String.class, String.class), profile.getMethod("pass")};
    }

    private static double median(List<Long> times) {
        long[] sorted = times.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
