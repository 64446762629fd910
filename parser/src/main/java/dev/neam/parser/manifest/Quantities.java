package dev.neam.parser.manifest;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Kubernetes resource quantities as numbers, to compare requests with limits. */
public final class Quantities {
    private static final Pattern QUANTITY = Pattern.compile("^([0-9]+(?:\\.[0-9]+)?|\\.[0-9]+)(m|Ki|Mi|Gi|Ti|Pi|Ei|k|M|G|T|P|E)?$");
    private static final Map<String, Double> FACTORS = Map.ofEntries(
            Map.entry("m", 1e-3), Map.entry("k", 1e3), Map.entry("M", 1e6), Map.entry("G", 1e9), Map.entry("T", 1e12),
            Map.entry("P", 1e15), Map.entry("E", 1e18), Map.entry("Ki", 1024.0), Map.entry("Mi", 1024.0 * 1024),
            Map.entry("Gi", 1024.0 * 1024 * 1024), Map.entry("Ti", Math.pow(1024, 4)), Map.entry("Pi", Math.pow(1024, 5)),
            Map.entry("Ei", Math.pow(1024, 6)));

    private Quantities() {
    }

    /** The quantity's value in base units (cores, bytes), or null when it is not a quantity. */
    public static Double parse(String quantity) {
        if (quantity == null) {
            return null;
        }
        Matcher m = QUANTITY.matcher(quantity.strip());
        if (!m.matches()) {
            return null;
        }
        double value = Double.parseDouble(m.group(1));
        return m.group(2) == null ? value : value * FACTORS.get(m.group(2));
    }
}
