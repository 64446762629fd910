package dev.neam.parser.deploy;

import dev.neam.parser.diagnostic.Category;
import dev.neam.parser.diagnostic.DiagnosticCode;
import dev.neam.parser.manifest.ManifestRules;
import dev.neam.parser.manifest.ManifestSchema;
import dev.neam.parser.manifest.SchemaKey;
import dev.neam.parser.manifest.SchemaTable;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes {@code docs/deploy-checks.md} from the data: the diagnostic catalogue (code, severity,
 * description), the manifest rules and deploy checks (name, remediation, parameters),
 * and the neam.toml schema (tables and keys). A test keeps the committed copy current.
 */
public final class ChecksMarkdown {

    private ChecksMarkdown() {
    }

    public static String generate() {
        StringBuilder md = new StringBuilder();
        md.append("# neam.toml and deploy checks\n\n")
                .append("<!-- Generated from parser/src/main/resources/dev/neam/parser/{manifest,deploy}/*.json and DiagnosticCode; ")
                .append("do not edit. Rewrite with ./mvnw -B verify -DupdateGoldens=true -->\n\n")
                .append("`neam-lsp lint` (and the language server) check each project's `neam.toml` (category `manifest`) and its ")
                .append("deploy files (category `deploy`). A project is a folder holding `neam.toml`; its deploy files are the YAML ")
                .append("files, Dockerfiles and compose files under ")
                .append(DeployCatalog.get().defaultGlobs().stream().map(g -> "`" + g + "`").collect(Collectors.joining(", ")))
                .append(" (relative to the project), plus `Dockerfile*` and `docker-compose*.y*ml`/`compose*.y*ml` in the project ")
                .append("folder itself. YAML whose name does not tell what it is is recognised by its content: OpenTelemetry ")
                .append("Collector configs, Prometheus configs and compose files (a `kustomization.yaml` holding a Flux Kustomization is a ")
                .append("manifest). YAML under a Helm chart's `templates/` folder is not parsed. Secret values are never ")
                .append("printed in full: messages show at most their first four characters and their length.\n\n");
        md.append("## Manifest rules (`neam.toml`)\n\n")
                .append("neamc itself validates almost nothing in `neam.toml`: these rules are neam-lsp's, from what neamc's ")
                .append("readers and generators accept, and warnings where neamc reads a value differently than it looks.\n\n")
                .append("| code | name | severity | finds | remediation |\n|---|---|---|---|---|\n");
        for (DiagnosticCode code : codes(Category.MANIFEST)) {
            ManifestRules.Rule rule = ManifestRules.rule(code.id());
            md.append("| ").append(code.id()).append(" | ").append(rule == null ? "" : rule.name()).append(" | ")
                    .append(code.defaultSeverity().id()).append(" | ")
                    .append(cell(code.description())).append(" | ").append(rule == null ? "" : cell(rule.remediation())).append(" |\n");
        }
        md.append("\nSeverities are defaults: a rule with several sub-checks reports some of them with a lower severity ")
                .append("(for example TOML4004 is an error outside 1–65535 and a warning below 1024).\n\n");
        md.append("## Deploy checks\n\n")
                .append("The Neam API server's contract: port 8080 (or `NEAM_PORT` / `--port`), liveness `GET /health`, readiness ")
                .append("`GET /ready`, startup `GET /startup` or `/ready`, a non-root user, a read-only root file system, and LLM ")
                .append("keys only from Secrets. A container or compose service counts as neam-api when it is the only one, or its ")
                .append("name, image or command mentions `neam` (or the image or name of `neam.toml`). Cross-checks compare only ")
                .append("keys written in `neam.toml` and point at them as related locations.\n\n")
                .append("Kustomize is rendered in-process, without a kustomize binary: `resources` (files and folders, recursively), ")
                .append("`components`, `namespace`, `namePrefix`/`nameSuffix`, `labels`/`commonLabels`, `images`, `replicas`, ")
                .append("`configMapGenerator`/`secretGenerator`, `patches` (JSON 6902 and strategic merge, with a `target` by kind, name ")
                .append("or label selector) and the older `patchesStrategicMerge`/`patchesJson6902`. Every kustomization that no other ")
                .append("kustomization includes is rendered and checked as deployed (an *overlay* when it includes a base); manifests that ")
                .append("no kustomization reads are checked folder by folder. A finding points at the line that produced the value (the ")
                .append("overlay's patch, else the base) and names the overlays that show it (`in overlays dev and staging: …`); the same ")
                .append("finding in several overlays is reported once. Values that reach a container through `envFrom` or `valueFrom` ")
                .append("count for the port, probe and secret checks.\n\n")
                .append("References to objects that are not deployed together (a Service selecting no pods, an autoscaler's target, a ")
                .append("ConfigMap, a ServiceAccount…) are reported only when everything the unit deploys is known: no remote or ")
                .append("unreadable resource, and the whole project analysed rather than a file named on its own. Secrets are often ")
                .append("created outside the repository, so a missing Secret is reported only when the repository makes some itself ")
                .append("(Secret, secretGenerator, SealedSecret, ExternalSecret). The neam.toml cross-checks compare the units deployed to ")
                .append("`[deploy.kubernetes] namespace` when there are such, else the units that are not overlays (and an overlay when ")
                .append("it is the only one). Not rendered: `helmCharts`, `replacements`, `vars` and remote resources; keys read from env ")
                .append("files are unknown, so the checks that need them stay silent. Generated ConfigMaps and Secrets keep their names ")
                .append("without Kustomize's content hash, and a reference to an object renamed by `namePrefix`/`nameSuffix` keeps the ")
                .append("name it was written with: it finds the object by any name the object had, where Kustomize rewrites the ")
                .append("reference (and not where it does not, such as a KEDA `scaleTargetRef`). Where a check means what a kube-linter check ")
                .append("means, it has kube-linter's name.\n\n")
                .append("| code | name | severity | finds | remediation | parameters |\n|---|---|---|---|---|---|\n");
        for (DiagnosticCode code : codes(Category.DEPLOY)) {
            DeployCatalog.Check check = DeployCatalog.get().check(code.id());
            md.append("| ").append(code.id()).append(" | ").append(check == null ? "" : check.name()).append(" | ")
                    .append(code.defaultSeverity().id()).append(" | ").append(cell(code.description())).append(" | ")
                    .append(check == null ? "" : cell(check.remediation())).append(" | ")
                    .append(check == null || check.parameters().size() == 0 ? "" : "`" + cell(check.parameters().toString()) + "`")
                    .append(" |\n");
        }
        md.append("\n## `neam.toml` schema\n\n")
                .append("Also exported as JSON Schema: `neam-lsp schema neam-toml` (a copy is `docs/neam-toml.schema.json`). ")
                .append("*Versions* lists the neamc versions that read a key (`0.6` is the 0.6-public lineage A); none means no ")
                .append("neamc code reads it.\n");
        for (SchemaTable table : ManifestSchema.get().tables()) {
            String title = table.name().isEmpty() ? "top level" : table.isArray() ? "[[" + table.name() + "]]" : "[" + table.name() + "]";
            md.append("\n### ").append(title).append("\n\n").append(table.doc()).append(" Read by: ").append(table.readBy())
                    .append(table.versions().isEmpty() ? "" : " " + String.join(", ", table.versions())).append(".\n");
            if (table.isMap() && table.values() != null) {
                md.append("\nAny key; each value is ").append(table.values().typeDescription()).append(".\n");
            }
            if (table.keys().isEmpty()) {
                continue;
            }
            md.append("\n| key | type | default | versions | meaning |\n|---|---|---|---|---|\n");
            for (SchemaKey key : table.keys()) {
                md.append("| `").append(key.name()).append("` | ").append(key.type()).append(" | ")
                        .append(key.defaultValue() == null ? "" : "`" + cell(render(key.defaultValue())) + "`").append(" | ")
                        .append(key.versions().isEmpty() ? "none" : String.join(", ", key.versions())).append(" | ")
                        .append(cell(key.doc())).append(key.secret() ? " Holds a secret reference." : "").append(" |\n");
            }
        }
        return md.toString();
    }

    private static List<DiagnosticCode> codes(Category category) {
        return java.util.Arrays.stream(DiagnosticCode.values()).filter(c -> c.category() == category)
                .sorted(java.util.Comparator.comparing(DiagnosticCode::id)).toList();
    }

    private static String render(Object value) {
        if (value instanceof String s) {
            return "\"" + s + "\"";
        }
        if (value instanceof List<?> list) {
            return list.stream().map(ChecksMarkdown::render).collect(Collectors.joining(", ", "[", "]"));
        }
        return String.valueOf(value);
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}
