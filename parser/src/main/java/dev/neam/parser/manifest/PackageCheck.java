package dev.neam.parser.manifest;

import dev.neam.parser.diagnostic.DiagnosticCode;
import dev.neam.parser.diagnostic.Severity;
import dev.neam.parser.text.Range;
import java.util.regex.Pattern;

/**
 * Project identity: [package] and package.name must exist (R-S4), [project] alone is not read by
 * neamc (S2), and the name must be safe for the Kubernetes, Helm and registry objects it names (R-P1).
 */
final class PackageCheck implements ManifestCheck {

    private static final Pattern DNS_NAME = Pattern.compile("^[a-z0-9]([a-z0-9-]*[a-z0-9])?$");
    private static final Pattern LOOSE_NAME = Pattern.compile("^[A-Za-z][A-Za-z0-9_-]*$");

    @Override
    public void check(ManifestContext context) {
        ManifestDocument doc = context.document();
        ManifestTable pkg = doc.table("package");
        ManifestTable project = doc.table("project");
        if (pkg == null) {
            if (project != null) {
                context.report(DiagnosticCode.TOML_PROJECT_WITHOUT_PACKAGE, ManifestDocument.anchor(project),
                        "neamc ignores [project] and reads the app name from [package]: without [package], deploy artifacts are named "
                                + "'neam-agent'; add [package] with name and version");
            } else {
                context.report(DiagnosticCode.TOML_MISSING_PACKAGE, Range.of(0, 0, 0, 0),
                        "no [package] table: neamc names deploy artifacts 'neam-agent'; add [package] with name and version");
            }
            return;
        }
        TomlEntry name = pkg.entry("name");
        if (name == null) {
            context.report(DiagnosticCode.TOML_MISSING_PACKAGE, ManifestDocument.anchor(pkg),
                    "[package] has no name: neamc names deploy artifacts 'neam-agent'");
            return;
        }
        if (context.usable(name) == null || name.value().asString() == null) {
            return;
        }
        String value = name.value().asString();
        boolean deploys = doc.hasTable("deploy");
        if (value.isEmpty()) {
            context.report(DiagnosticCode.TOML_MISSING_PACKAGE, name.value().range(),
                    "package.name is empty: neamc names deploy artifacts 'neam-agent'");
        } else if (deploys && (!DNS_NAME.matcher(value).matches() || value.length() > 63)) {
            context.report(DiagnosticCode.TOML_PACKAGE_NAME, name.value().range(), "package name '" + value
                    + "' names Kubernetes objects, the Helm chart and the image repository: use lower-case letters, digits and '-' "
                    + "(at most 63 characters, starting and ending with a letter or digit)");
        } else if (!deploys && !LOOSE_NAME.matcher(value).matches()) {
            context.report(DiagnosticCode.TOML_PACKAGE_NAME, Severity.WARNING, name.value().range(), "package name '" + value
                    + "' should start with a letter and use only letters, digits, '_' and '-'");
        }
    }
}
