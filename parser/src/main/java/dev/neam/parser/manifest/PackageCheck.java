package dev.neam.parser.manifest;

import dev.neam.parser.diagnostic.DiagnosticCode;
import dev.neam.parser.text.Range;

/**
 * Project identity: [package] and package.name must exist and not be empty, and [project] alone is
 * not read by neamc. The name's form is a data check of package.name: safe for the Kubernetes, Helm
 * and registry objects it names when the project deploys, a plain identifier otherwise.
 */
final class PackageCheck implements ManifestCheck {

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
        if (context.usable(name) != null && "".equals(name.value().asString())) {
            context.report(DiagnosticCode.TOML_MISSING_PACKAGE, name.value().range(),
                    "package.name is empty: neamc names deploy artifacts 'neam-agent'");
        }
        // the name's form (DNS-safe when the project deploys) is checked from the schema data
    }
}
