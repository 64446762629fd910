package dev.neam.parser.manifest;

/**
 * What a manifest check depends on besides the file: the neamc version (profile) to check against,
 * {@code auto} (the union of all versions, the default), {@code 0.6}, {@code 0.6.8} or {@code 0.7.2}.
 */
public record ManifestOptions(String profile) {
    public static final ManifestOptions DEFAULT = new ManifestOptions("auto");

    public ManifestOptions {
        profile = profile == null || profile.isBlank() ? "auto" : profile.strip();
    }

    public boolean isAuto() {
        return profile.equals("auto");
    }

    /** Whether the profile is the 0.6-public lineage, where cpu and memory set request and limit. */
    public boolean isLineageA() {
        return profile.equals("0.6");
    }
}
