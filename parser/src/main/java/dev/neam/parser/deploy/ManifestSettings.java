package dev.neam.parser.deploy;

import dev.neam.parser.diagnostic.RelatedInformation;
import dev.neam.parser.manifest.ManifestDocument;
import dev.neam.parser.manifest.ManifestTable;
import dev.neam.parser.manifest.TomlEntry;
import java.util.ArrayList;
import java.util.List;

/**
 * The [deploy.*] settings of neam.toml that deploy files are compared with. Only keys written in
 * the manifest count: a default the user never wrote is no promise about the deploy files.
 */
final class ManifestSettings {
    private final ManifestDocument document;
    private final String path;

    ManifestSettings(ManifestDocument document, String path) {
        this.document = document;
        this.path = path;
    }

    boolean present() {
        return document != null;
    }

    TomlEntry entry(String table, String key) {
        if (document == null) {
            return null;
        }
        TomlEntry e = document.entry(table, key);
        if (e == null || e.value().decoded() == null || document.hasSyntaxErrorIn(e.value().range())) {
            return null;
        }
        return e;
    }

    Long integer(String table, String key) {
        TomlEntry e = entry(table, key);
        return e == null ? null : e.value().asLong();
    }

    String string(String table, String key) {
        TomlEntry e = entry(table, key);
        return e == null ? null : e.value().asString();
    }

    /** The string values of {@code key} in every instance of a table ({@code [[agents]]} has several), written or not. */
    List<String> strings(String table, String key) {
        List<String> out = new ArrayList<>();
        if (document == null) {
            return out;
        }
        for (ManifestTable t : document.tables(table)) {
            TomlEntry e = t.entry(key);
            if (e != null && e.value().asString() != null && !document.hasSyntaxErrorIn(e.value().range())) {
                out.add(e.value().asString());
            }
        }
        return out;
    }

    Boolean bool(String table, String key) {
        TomlEntry e = entry(table, key);
        return e == null ? null : e.value().asBoolean();
    }

    private boolean computed;
    private String imageRepository;
    private String appName;

    /** The image repository neamc deploys: {@code <registry>/<image>} without tag, or null when image is not written. */
    String imageRepository() {
        compute();
        return imageRepository;
    }

    /** package.name, or null. */
    String appName() {
        compute();
        return appName;
    }

    /** The two are asked for every container and service: read them once. */
    private void compute() {
        if (!computed) {
            imageRepository = repository();
            appName = string("package", "name");
            computed = true;
        }
    }

    private String repository() {
        String image = string("deploy.docker", "image");
        if (image == null || image.isBlank()) {
            return null;
        }
        String registry = string("deploy.docker", "registry");
        String full = registry == null || registry.isBlank() ? image : registry.replaceAll("/+$", "") + "/" + image;
        return Images.repository(full);
    }

    RelatedInformation related(TomlEntry entry, String message) {
        return new RelatedInformation(path, entry.key().range().union(entry.value().range()), message);
    }

    String path() {
        return path;
    }
}
