package dev.neam.parser.manifest;

/** One family of neam.toml rules (structure, compatibility, deploy settings, secrets…). */
public interface ManifestCheck {
    void check(ManifestContext context);
}
