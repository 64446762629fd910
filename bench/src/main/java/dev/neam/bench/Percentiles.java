package dev.neam.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Collected durations of one kind, summarised as p50/p95/p99 (nearest rank). */
final class Percentiles {
    private final List<Double> millis = new ArrayList<>();

    void add(long nanos) {
        millis.add(nanos / 1_000_000.0);
    }

    int count() {
        return millis.size();
    }

    double percentile(double p) {
        if (millis.isEmpty()) {
            return Double.NaN;
        }
        List<Double> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
    }

    String row(String name) {
        return String.format("%-28s %6d %9.1f %9.1f %9.1f %9.1f", name, count(), percentile(50), percentile(95),
                percentile(99), percentile(100));
    }

    static String header() {
        return String.format("%-28s %6s %9s %9s %9s %9s", "measure (ms)", "n", "p50", "p95", "p99", "max");
    }
}
