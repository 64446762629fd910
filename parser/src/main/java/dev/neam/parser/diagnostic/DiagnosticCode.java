package dev.neam.parser.diagnostic;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The catalogue of stable diagnostic codes. A code never changes meaning once published; the
 * description is the one-line text used by generated docs and SARIF rules; the help says how to
 * fix it.
 */
public enum DiagnosticCode {
    // neam.toml (category MANIFEST) and deploy files (category DEPLOY); rules and docs in
    // dev/neam/parser/manifest/manifest-rules.json and dev/neam/parser/deploy/deploy-checks.json
    TOML_SYNTAX("TOML0001", Category.MANIFEST, Severity.ERROR,
            "neam.toml is not valid TOML 1.0 (R-S1)."),
    TOML_DUPLICATE_KEY("TOML0002", Category.MANIFEST, Severity.ERROR,
            "A key defined twice in the same table (R-S1); neamc silently keeps the last value."),
    TOML_DUPLICATE_TABLE("TOML0003", Category.MANIFEST, Severity.ERROR,
            "A table header that appears twice, or redefines a table already made by dotted keys (R-S1)."),
    TOML_UNKNOWN_KEY("TOML1001", Category.MANIFEST, Severity.WARNING,
            "A key that no neamc version reads in this table (R-S2); it is ignored."),
    TOML_UNKNOWN_TABLE("TOML1002", Category.MANIFEST, Severity.WARNING,
            "A section that no neamc version reads (R-S2); it is ignored."),
    TOML_TYPE_MISMATCH("TOML1003", Category.MANIFEST, Severity.ERROR,
            "A value of the wrong TOML type for its key (R-S3)."),
    TOML_MISSING_PACKAGE("TOML1004", Category.MANIFEST, Severity.WARNING,
            "No [package] table or no package.name: deploy artifacts would be named 'neam-agent' (R-S4)."),
    TOML_NOT_USED_BY_NEAMC("TOML1005", Category.MANIFEST, Severity.INFORMATION,
            "A section known from docs or examples that no neamc code reads (section 2.10)."),
    TOML_PACKAGE_NAME("TOML2001", Category.MANIFEST, Severity.ERROR,
            "package.name is not a DNS-1123-safe name although it names Kubernetes, Helm and registry objects (R-P1)."),
    TOML_PACKAGE_VERSION("TOML2002", Category.MANIFEST, Severity.ERROR,
            "package.version is not a SemVer 2.0 version (R-P2)."),
    TOML_DEPENDENCY_REQUIREMENT("TOML2003", Category.MANIFEST, Severity.ERROR,
            "A dependency version is not a version requirement (R-D1)."),
    TOML_DEPENDENCY_SOURCE("TOML2004", Category.MANIFEST, Severity.ERROR,
            "A dependency's git URL or inline-table shape is wrong (R-D2)."),
    TOML_DEPENDENCY_TWICE("TOML2005", Category.MANIFEST, Severity.WARNING,
            "The same package in [dependencies] and [dev-dependencies] (R-D3)."),
    TOML_FEATURE_REFERENCE("TOML2006", Category.MANIFEST, Severity.WARNING,
            "A feature list names a feature or dependency that does not exist (R-F1)."),
    TOML_AGENT_PROVIDER("TOML3001", Category.MANIFEST, Severity.WARNING,
            "An LLM provider that Neam has no adapter for (R-A1)."),
    TOML_AGENT_LIMIT("TOML3002", Category.MANIFEST, Severity.ERROR,
            "An [agent.limits] value out of range (R-A2)."),
    TOML_AGENTS_ENTRY("TOML3003", Category.MANIFEST, Severity.ERROR,
            "An [[agents]] entry without id, with a duplicate id, or with a source or knowledge-base that does not exist (R-A3)."),
    TOML_TEST_SETTING("TOML3004", Category.MANIFEST, Severity.ERROR,
            "A [test] value out of range, or a pattern neamc reads differently than it looks (R-T1)."),
    TOML_DEPLOY_TARGET("TOML4000", Category.MANIFEST, Severity.ERROR,
            "deploy.default-target is not a target of the selected neamc version (R-K0)."),
    TOML_K8S_NAMESPACE("TOML4001", Category.MANIFEST, Severity.ERROR,
            "A namespace that is not a DNS-1123 label, or a system namespace (R-K1)."),
    TOML_CPU_QUANTITY("TOML4002", Category.MANIFEST, Severity.ERROR,
            "A CPU quantity Kubernetes does not accept, or a tiny request (R-K2)."),
    TOML_MEMORY_QUANTITY("TOML4003", Category.MANIFEST, Severity.ERROR,
            "A memory quantity Kubernetes does not accept or probably misreads (R-K3)."),
    TOML_PORT("TOML4004", Category.MANIFEST, Severity.ERROR,
            "A port outside 1-65535, or a privileged port the non-root pod cannot bind (R-K4)."),
    TOML_REQUEST_OVER_LIMIT("TOML4005", Category.MANIFEST, Severity.ERROR,
            "After defaults, a CPU or memory request exceeds its limit; the API server rejects the Deployment (R-K5)."),
    TOML_HPA_RANGE("TOML4006", Category.MANIFEST, Severity.ERROR,
            "HPA bounds or target out of range, or minimum above maximum (R-K6)."),
    TOML_REPLICAS_VS_HPA("TOML4007", Category.MANIFEST, Severity.WARNING,
            "replicas outside the HPA range, or two HPA settings that disagree (R-K7)."),
    TOML_INGRESS("TOML4008", Category.MANIFEST, Severity.WARNING,
            "An ALB ingress without certificate, or a certificate for a non-ALB ingress (R-K8)."),
    TOML_CERTIFICATE_ARN("TOML4009", Category.MANIFEST, Severity.ERROR,
            "certificate-arn is not an ACM certificate ARN (R-K9)."),
    TOML_IMAGE_REFERENCE("TOML4010", Category.MANIFEST, Severity.ERROR,
            "An invalid image reference or registry (R-K10)."),
    TOML_TAG_FORMAT("TOML4011", Category.MANIFEST, Severity.WARNING,
            "tag-format has placeholders other than {version} or does not give a valid tag (R-K11)."),
    TOML_LAMBDA_LIMITS("TOML5001", Category.MANIFEST, Severity.ERROR,
            "Lambda memory or timeout outside AWS limits, or a timeout above the HTTP API's 30 s (R-L1)."),
    TOML_LAMBDA_WORKERS("TOML5002", Category.MANIFEST, Severity.ERROR,
            "workers or provisioned-concurrency out of range (R-L2)."),
    TOML_READINESS_PATH("TOML5003", Category.MANIFEST, Severity.ERROR,
            "readiness-path is not an absolute path, or not one neam-api serves (R-L3)."),
    TOML_SERVERLESS_PROVIDER("TOML5004", Category.MANIFEST, Severity.WARNING,
            "An unknown serverless provider or Lambda architecture (R-L4)."),
    TOML_STATE_BACKEND("TOML6001", Category.MANIFEST, Severity.ERROR,
            "An unknown state backend or an invalid [state] setting (R-C1)."),
    TOML_TELEMETRY("TOML6002", Category.MANIFEST, Severity.ERROR,
            "An invalid [telemetry] setting (R-C2)."),
    TOML_LLM_GATEWAY("TOML6003", Category.MANIFEST, Severity.ERROR,
            "An invalid budget, rate limit, circuit-breaker or cache setting (R-C3)."),
    TOML_SECRETS_PROVIDER("TOML6004", Category.MANIFEST, Severity.ERROR,
            "An unknown secrets provider or an invalid [secrets] address (R-C4)."),
    TOML_DISRUPTION("TOML6005", Category.MANIFEST, Severity.ERROR,
            "A disruption budget that blocks every eviction or sets both fields (R-C5)."),
    TOML_NETWORK("TOML6006", Category.MANIFEST, Severity.ERROR,
            "An invalid CIDR, hostname or TLS setting in [deploy.kubernetes.network] (R-C6)."),
    TOML_PERSISTENCE("TOML6007", Category.MANIFEST, Severity.ERROR,
            "An invalid [deploy.kubernetes.persistence] setting (R-C7)."),
    TOML_KEDA("TOML6008", Category.MANIFEST, Severity.ERROR,
            "An invalid KEDA scaling setting (R-C8)."),
    TOML_CLOUD_TARGET("TOML6009", Category.MANIFEST, Severity.ERROR,
            "An invalid Cloud Run, Azure Container Apps, ECS or Azure setting (R-C9)."),
    TOML_INLINE_SECRET("TOML7001", Category.MANIFEST, Severity.ERROR,
            "A secret written inline instead of a secret reference such as env://NAME (R-X1)."),
    TOML_SECRET_SYNTAX("TOML7002", Category.MANIFEST, Severity.WARNING,
            "${VAR} interpolation or secret:// that the neamc resolver does not understand (R-X2)."),
    TOML_SCRIPT_SECRET("TOML7003", Category.MANIFEST, Severity.WARNING,
            "A [scripts] command that contains a literal credential (R-X3)."),
    TOML_QUOTED_SCALAR("TOML9001", Category.MANIFEST, Severity.WARNING,
            "A quoted number or boolean: neamc falls back to the default (S1)."),
    TOML_PROJECT_WITHOUT_PACKAGE("TOML9002", Category.MANIFEST, Severity.WARNING,
            "[project] without [package]: neamc ignores [project] and names the app 'neam-agent' (S2)."),
    TOML_TRAILING_COMMENT("TOML9003", Category.MANIFEST, Severity.WARNING,
            "A comment after a string value or a section header, which neamc reads as part of it (S3)."),
    TOML_MISREAD_VALUE("TOML9004", Category.MANIFEST, Severity.WARNING,
            "A multi-line array or a literal/multi-line string, which neamc reads incorrectly (S4)."),
    TOML_KEY_SPELLING("TOML9005", Category.MANIFEST, Severity.WARNING,
            "A snake_case or camelCase spelling of a kebab-case key; neamc ignores it (S5)."),
    TOML_UNSUPPORTED_TARGET("TOML9006", Category.MANIFEST, Severity.WARNING,
            "A deploy target from the docs that no neamc CLI accepts (S6)."),
    TOML_TAG_FORMAT_UNUSED("TOML9007", Category.MANIFEST, Severity.INFORMATION,
            "tag-format is set but neamc deploy does not apply it (S7)."),
    TOML_INGRESS_CLASS("TOML9008", Category.MANIFEST, Severity.WARNING,
            "An ingress-class other than alb or nginx, which neamc renders as nginx (S8)."),
    TOML_LEGACY_RESOURCE_KEY("TOML9009", Category.MANIFEST, Severity.WARNING,
            "cpu or memory: since 0.6.8 they set only the request, not the limit (S9)."),
    TOML_NOT_IN_PROFILE("TOML9010", Category.MANIFEST, Severity.WARNING,
            "A section or key that the selected neamc version does not read (S10)."),
    TOML_DOTTED_KEY("TOML9011", Category.MANIFEST, Severity.WARNING,
            "A dotted or quoted key, which neamc's line reader ignores."),
    TOML_AGENTS_SUBTABLE("TOML9012", Category.MANIFEST, Severity.WARNING,
            "A sub-table of [[agents]], which neamc does not read."),
    TOML_TOP_LEVEL_KEY("TOML9013", Category.MANIFEST, Severity.WARNING,
            "A key before any section, which neamc ignores."),
    TOML_HEADER_SPELLING("TOML9014", Category.MANIFEST, Severity.WARNING,
            "A header with spaces or quotes inside the brackets, which neamc does not match."),
    DEPLOY_YAML_SYNTAX("DEPLOY0001", Category.DEPLOY, Severity.ERROR,
            "A deploy YAML file is not valid YAML."),
    DEPLOY_PORT("DEPLOY1001", Category.DEPLOY, Severity.WARNING,
            "The container does not expose the port neam-api listens on (8080 or NEAM_PORT/--port)."),
    DEPLOY_LIVENESS_PROBE("DEPLOY1002", Category.DEPLOY, Severity.WARNING,
            "The neam-api container has no liveness probe on GET /health."),
    DEPLOY_READINESS_PROBE("DEPLOY1003", Category.DEPLOY, Severity.WARNING,
            "The neam-api container has no readiness probe on GET /ready."),
    DEPLOY_STARTUP_PROBE("DEPLOY1004", Category.DEPLOY, Severity.WARNING,
            "The startup probe checks a path other than /startup or /ready."),
    DEPLOY_PROBE_PORT("DEPLOY1005", Category.DEPLOY, Severity.ERROR,
            "A probe targets a port the container does not declare."),
    DEPLOY_RUN_AS_ROOT("DEPLOY2001", Category.DEPLOY, Severity.ERROR,
            "The container may run as root: no runAsNonRoot, or user 0."),
    DEPLOY_WRITABLE_ROOT_FS("DEPLOY2002", Category.DEPLOY, Severity.WARNING,
            "The container's root file system is writable (readOnlyRootFilesystem is not true)."),
    DEPLOY_PRIVILEGE_ESCALATION("DEPLOY2003", Category.DEPLOY, Severity.ERROR,
            "The container is privileged or allows privilege escalation."),
    DEPLOY_RESOURCES_UNSET("DEPLOY3001", Category.DEPLOY, Severity.WARNING,
            "The container has no CPU or memory requests or limits."),
    DEPLOY_REQUEST_OVER_LIMIT("DEPLOY3002", Category.DEPLOY, Severity.ERROR,
            "A resource request exceeds its limit; the API server rejects the object."),
    DEPLOY_QUANTITY("DEPLOY3003", Category.DEPLOY, Severity.ERROR,
            "A CPU or memory quantity Kubernetes does not accept."),
    DEPLOY_HPA_RANGE("DEPLOY4001", Category.DEPLOY, Severity.ERROR,
            "A HorizontalPodAutoscaler with minReplicas below 1 or above maxReplicas."),
    DEPLOY_REPLICAS_VS_HPA("DEPLOY4002", Category.DEPLOY, Severity.WARNING,
            "A workload's replicas outside the range of the HPA that scales it."),
    DEPLOY_PDB_BLOCKS_EVICTION("DEPLOY4003", Category.DEPLOY, Severity.ERROR,
            "A PodDisruptionBudget that allows no voluntary eviction."),
    DEPLOY_PDB_BOTH_FIELDS("DEPLOY4004", Category.DEPLOY, Severity.ERROR,
            "A PodDisruptionBudget with both minAvailable and maxUnavailable."),
    DEPLOY_LITERAL_SECRET("DEPLOY5001", Category.DEPLOY, Severity.ERROR,
            "An LLM or API key given as a literal environment value instead of from a Secret."),
    DEPLOY_SECRET_IN_CONFIGMAP("DEPLOY5002", Category.DEPLOY, Severity.ERROR,
            "An API key or credential stored in a ConfigMap."),
    DEPLOY_COMMITTED_SECRET("DEPLOY5003", Category.DEPLOY, Severity.WARNING,
            "A real-looking credential committed in a Secret manifest or Helm values."),
    DEPLOY_KUSTOMIZE_MISSING("DEPLOY6001", Category.DEPLOY, Severity.ERROR,
            "A kustomization entry that names a file or folder that does not exist."),
    DEPLOY_HELM_CHART("DEPLOY6002", Category.DEPLOY, Severity.ERROR,
            "A Helm Chart.yaml without apiVersion v2, name or a SemVer version."),
    DEPLOY_IMAGE_TAG("DEPLOY6003", Category.DEPLOY, Severity.WARNING,
            "An image without a tag or with the mutable tag 'latest'."),
    DEPLOY_DOCKERFILE_USER("DEPLOY7001", Category.DEPLOY, Severity.ERROR,
            "The final Dockerfile stage runs as root."),
    DEPLOY_DOCKERFILE_EXPOSE("DEPLOY7002", Category.DEPLOY, Severity.WARNING,
            "The Dockerfile does not EXPOSE the port neam-api listens on."),
    DEPLOY_DOCKERFILE_HEALTHCHECK("DEPLOY7003", Category.DEPLOY, Severity.WARNING,
            "The final Dockerfile stage has no HEALTHCHECK on /health."),
    DEPLOY_DOCKERFILE_SECRET("DEPLOY7004", Category.DEPLOY, Severity.ERROR,
            "A credential baked into the image with ENV or ARG."),
    DEPLOY_COMPOSE_PORT("DEPLOY8001", Category.DEPLOY, Severity.WARNING,
            "A compose port mapping that does not reach the port neam-api listens on."),
    DEPLOY_COMPOSE_HEALTHCHECK("DEPLOY8002", Category.DEPLOY, Severity.WARNING,
            "A compose service for neam-api without a healthcheck on /health."),
    DEPLOY_COMPOSE_ROOT("DEPLOY8003", Category.DEPLOY, Severity.WARNING,
            "A compose service that runs as root."),
    DEPLOY_MANIFEST_PORT("DEPLOY9001", Category.DEPLOY, Severity.WARNING,
            "A deploy file's port differs from neam.toml [deploy.kubernetes] port."),
    DEPLOY_MANIFEST_REPLICAS("DEPLOY9002", Category.DEPLOY, Severity.WARNING,
            "A deploy file's replicas differ from neam.toml [deploy.kubernetes] replicas."),
    DEPLOY_MANIFEST_IMAGE("DEPLOY9003", Category.DEPLOY, Severity.WARNING,
            "A deploy file's image differs from neam.toml [deploy.docker] registry/image."),
    DEPLOY_MANIFEST_RESOURCES("DEPLOY9004", Category.DEPLOY, Severity.WARNING,
            "A deploy file's resources differ from neam.toml [deploy.kubernetes]."),
    DEPLOY_MANIFEST_HPA("DEPLOY9005", Category.DEPLOY, Severity.WARNING,
            "An HPA's bounds or CPU target differ from neam.toml hpa-min/hpa-max/hpa-cpu-target."),

    // Neam source files
    UNEXPECTED_CHARACTER("NEAM0001", Category.SYNTAX, Severity.ERROR,
            "A character that cannot start any Neam token.",
            "Remove the character or replace it: the logical operators are '&&', '||' and '!', and names and operators are ASCII; other characters belong in strings or comments."),
    UNTERMINATED_STRING("NEAM0002", Category.SYNTAX, Severity.ERROR,
            "A string, path or f-string literal without its closing quote, or a '/*' comment never closed.",
            "Add the closing quote (or '*/'); a string cannot hold its own quote character, so use the other quote or a triple-quoted string (\"\"\"...\"\"\")."),
    UNEXPECTED_TOKEN("NEAM0003", Category.SYNTAX, Severity.ERROR,
            "A token that does not fit where it stands.",
            "Read the message for what was expected at this place: usually a missing operator or separator before the token, or a token that belongs to another line."),
    MISSING_TOKEN("NEAM0004", Category.SYNTAX, Severity.ERROR,
            "A required token (such as ';' or ')') is missing.",
            "Insert the token the message names at the marked place (for a statement, a ';' at its end)."),
    UNCLOSED_BRACE("NEAM0005", Category.SYNTAX, Severity.ERROR,
            "A '{' that is never closed by a matching '}'.",
            "Add the missing '}' where the block should end; the message names the block and the line where it was opened."),
    MISSING_VALUE("NEAM0006", Category.SYNTAX, Severity.ERROR,
            "A property written as 'key:' without a value.",
            "Write a value after the colon ('model: \"gpt-4o\"') or delete the property."),
    UNMATCHED_CLOSER("NEAM0007", Category.SYNTAX, Severity.ERROR,
            "A closing '}' with no opening '{' to match.",
            "Delete the extra '}', or add the '{' it was meant to close."),
    INCOMPLETE_INPUT("NEAM0008", Category.SYNTAX, Severity.ERROR,
            "The file ends in the middle of a construct.",
            "Complete the construct the file ends in (a missing ')', ']' or '}' or the rest of an expression); the file may have been cut off."),
    BLOCK_COMMENT("NEAM0009", Category.SYNTAX, Severity.WARNING,
            "A '/* ... */' comment, which neamc does not accept.",
            "Turn the block comment into '//' line comments, one per line."),
    INVALID_NUMBER("NEAM0010", Category.SYNTAX, Severity.WARNING,
            "A number form neamc does not read (exponent, hex or '_' separators).",
            "Write the number in plain decimal form, without an exponent, hex digits or '_' separators."),
    STRAY_SEMICOLON("NEAM0011", Category.SYNTAX, Severity.WARNING,
            "A ';' where no statement ends; neamc has no empty statement.",
            "Delete the ';': only statements end with one."),

    // Modules and imports (NEAM10xx)
    MODULE_NOT_FOUND("NEAM1002", Category.SEMANTIC, Severity.WARNING,
            "An import names a module that is not in the project (standard-library imports are never reported).",
            "Check the module path against the project's files ('import a.b' looks for src/a/b.neam or src/a/b/mod.neam), create the module, or fix the spelling."),
    IMPORTED_NAME_NOT_FOUND("NEAM1003", Category.SEMANTIC, Severity.ERROR,
            "`import a.b.{x}` names something module a.b does not declare.",
            "Declare the name in the imported module (with 'pub' when it must be visible), or fix the name in the import list."),

    // Core language (NEAM30xx)
    UNDEFINED_NAME("NEAM3001", Category.SEMANTIC, Severity.ERROR,
            "A name that is not declared in any visible scope, imported, or built in.",
            "Declare the name with 'let', 'const' or a function or declaration, import it, or fix its spelling (the message suggests a close match when there is one)."),
    ASSIGNMENT_TO_UNDECLARED("NEAM3002", Category.SEMANTIC, Severity.WARNING,
            "An assignment to a name never declared with `let`.",
            "Declare the variable with 'let' before assigning to it, or fix the spelling of an existing variable."),
    CALL_ARITY("NEAM3003", Category.SEMANTIC, Severity.ERROR,
            "A call with more or fewer arguments than the function takes.",
            "Pass as many arguments as the function has parameters (parameters with a default value may be left out); the related location shows the declaration."),
    DUPLICATE_DEFINITION("NEAM3004", Category.SEMANTIC, Severity.ERROR,
            "Two declarations, functions or types with the same name in one scope.",
            "Rename one of the two definitions, or delete the one that is not wanted; the related location shows the other."),
    REDECLARED_VARIABLE("NEAM3005", Category.SEMANTIC, Severity.WARNING,
            "A variable declared again in the same scope, hiding the first one.",
            "Assign to the existing variable without 'let', or give the new variable a different name."),
    ASSIGNMENT_TO_CONSTANT("NEAM3006", Category.SEMANTIC, Severity.ERROR,
            "An assignment to a name declared with `const`.",
            "Declare the name with 'let' if it must change, or assign the value to a new variable."),
    UNUSED_LOCAL("NEAM3007", Category.SEMANTIC, Severity.HINT,
            "A local variable or parameter that is never read.",
            "Use the variable or parameter, delete it, or start its name with '_' if it is unused on purpose."),
    RETURN_OUTSIDE_FUNCTION("NEAM3008", Category.SEMANTIC, Severity.ERROR,
            "`return` outside a function or handler.",
            "Move the 'return' into a function, method or handler, or delete it."),
    BREAK_OUTSIDE_LOOP("NEAM3009", Category.SEMANTIC, Severity.ERROR,
            "`break` or `continue` outside a loop.",
            "Move the 'break' or 'continue' into a 'for' or 'while' loop, or delete it."),
    UNREACHABLE_CODE("NEAM3010", Category.SEMANTIC, Severity.WARNING,
            "Statements after `return`, `throw`, `break` or `continue` in the same block.",
            "Delete the unreachable statements, or move them before the 'return', 'throw', 'break' or 'continue'.");

    private final String id;
    private final Category category;
    private final Severity defaultSeverity;
    private final String description;
    private final String help;

    /** A code whose help text is the remediation in the manifest or deploy rule data. */
    DiagnosticCode(String id, Category category, Severity defaultSeverity, String description) {
        this(id, category, defaultSeverity, description, "");
    }

    DiagnosticCode(String id, Category category, Severity defaultSeverity, String description, String help) {
        this.id = id;
        this.category = category;
        this.defaultSeverity = defaultSeverity;
        this.description = description;
        this.help = help;
    }

    /** The code with this id ({@code NEAM3007}), if the catalogue has one. */
    public static Optional<DiagnosticCode> byId(String id) {
        return Optional.ofNullable(BY_ID.get(id));
    }

    public String id() {
        return id;
    }

    public Category category() {
        return category;
    }

    public Severity defaultSeverity() {
        return defaultSeverity;
    }

    public String description() {
        return description;
    }

    /** How to fix it, in one or two sentences (SARIF rule help, generated docs); empty when not written yet. */
    /** How to fix it; for neam.toml and deploy codes, the remediation of the rule data. */
    public String help() {
        return help.isEmpty() ? RemediationTexts.of(id) : help;
    }

    private static final Map<String, DiagnosticCode> BY_ID = new HashMap<>();

    static {
        for (DiagnosticCode code : values()) {
            BY_ID.put(code.id, code);
        }
    }
}
