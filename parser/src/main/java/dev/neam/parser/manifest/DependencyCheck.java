package dev.neam.parser.manifest;

import dev.neam.parser.diagnostic.DiagnosticCode;
import dev.neam.parser.diagnostic.Severity;
import java.util.HashSet;
import java.util.Set;

/**
 * Dependencies and features: requirements, git sources and shapes of inline tables, a package in
 * both dependency tables, and feature lists that name nothing.
 */
final class DependencyCheck implements ManifestCheck {

    @Override
    public void check(ManifestContext context) {
        Set<String> runtime = new HashSet<>();
        for (String table : new String[] {"dependencies", "dev-dependencies", "build-dependencies"}) {
            for (ManifestTable t : context.document().tables(table)) {
                for (TomlEntry entry : t.entries()) {
                    if (context.usable(entry) == null) {
                        continue;
                    }
                    dependency(context, entry);
                    if (table.equals("dependencies")) {
                        runtime.add(entry.name());
                    }
                }
            }
        }
        for (ManifestTable t : context.document().tables("dev-dependencies")) {
            for (TomlEntry entry : t.entries()) {
                if (runtime.contains(entry.name())) {
                    TomlEntry first = context.document().entry("dependencies", entry.name());
                    context.reportRelated(DiagnosticCode.TOML_DEPENDENCY_TWICE, Severity.WARNING, entry.key().range(), "'"
                            + entry.name() + "' is both a dependency and a dev-dependency; keep it in one table", first,
                            "'" + entry.name() + "' in [dependencies]");
                }
            }
        }
        features(context, runtime);
    }

    private static void dependency(ManifestContext context, TomlEntry entry) {
        TomlValue value = entry.value();
        SchemaFormat requirement = context.schema().format("version-requirement");
        SchemaFormat git = context.schema().format("git-url");
        if (value.kind() != TomlValue.Kind.INLINE_TABLE) { // a requirement string is a data check of the map's values
            return;
        }
        TomlEntry version = value.entry("version");
        TomlEntry url = value.entry("git");
        if (version != null && version.value().isString() && !requirement.accepts(version.value().asString())) {
            context.report(DiagnosticCode.TOML_DEPENDENCY_REQUIREMENT, version.value().range(), "'" + version.value().asString()
                    + "' is not a version requirement for '" + entry.name() + "'");
        }
        if (url != null && url.value().isString() && !git.accepts(url.value().asString())) {
            context.report(DiagnosticCode.TOML_DEPENDENCY_SOURCE, url.value().range(), "'" + url.value().asString()
                    + "' is not a git URL: use https://, ssh:// or git@");
        }
        if (version == null && url == null && value.entry("path") == null) {
            context.report(DiagnosticCode.TOML_DEPENDENCY_SOURCE, Severity.WARNING, value.range(),
                    "dependency '" + entry.name() + "' has neither version nor git");
        } else if (version != null && url != null) {
            context.report(DiagnosticCode.TOML_DEPENDENCY_SOURCE, Severity.WARNING, url.key().range(), "dependency '" + entry.name()
                    + "' has both version and git: the lockfile reader uses git, the manifest reader the version");
        }
    }

    private static void features(ManifestContext context, Set<String> dependencies) {
        ManifestTable features = context.document().table("features");
        if (features == null) {
            return;
        }
        Set<String> defined = new HashSet<>();
        features.entries().forEach(e -> defined.add(e.name()));
        for (TomlEntry entry : features.entries()) {
            if (context.usable(entry) == null || entry.value().kind() != TomlValue.Kind.ARRAY) {
                continue;
            }
            for (TomlValue member : entry.value().elements()) {
                String name = member.asString();
                if (name == null) {
                    continue;
                }
                if (entry.name().equals("default")) {
                    if (!defined.contains(name) || name.equals("default")) {
                        context.report(DiagnosticCode.TOML_FEATURE_REFERENCE, member.range(),
                                "default feature '" + name + "' is not defined in [features]");
                    }
                } else if (!defined.contains(name) && !dependencies.contains(name)) {
                    context.report(DiagnosticCode.TOML_FEATURE_REFERENCE, Severity.INFORMATION, member.range(), "feature '"
                            + entry.name() + "' lists '" + name + "', which is neither a dependency nor a feature");
                }
            }
        }
    }
}
