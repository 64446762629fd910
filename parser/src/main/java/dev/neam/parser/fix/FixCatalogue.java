package dev.neam.parser.fix;

import dev.neam.parser.diagnostic.Category;
import dev.neam.parser.diagnostic.DiagnosticCode;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * For every diagnostic code, which fix families its findings can carry (by the {@code fix} data the
 * check attaches), or none. Every code must be listed, so a new code has to decide; the generated
 * docs and the tests read this table. Beyond these, every finding in a {@code .neam} file can be
 * silenced with a suppression comment ({@link #suppressible}).
 */
public final class FixCatalogue {
    private static final Map<DiagnosticCode, List<String>> FIXES = new EnumMap<>(DiagnosticCode.class);

    static {
        // neam.toml: did-you-mean spellings and values the check can write correctly
        fixes(DiagnosticCode.TOML_UNKNOWN_KEY, "rename");
        fixes(DiagnosticCode.TOML_UNKNOWN_TABLE, "rename");
        fixes(DiagnosticCode.TOML_KEY_SPELLING, "rename");
        fixes(DiagnosticCode.TOML_LEGACY_RESOURCE_KEY, "rename");
        fixes(DiagnosticCode.TOML_TYPE_MISMATCH, "quote");
        fixes(DiagnosticCode.TOML_QUOTED_SCALAR, "unquote");
        fixes(DiagnosticCode.TOML_HEADER_SPELLING, "replace");
        fixes(DiagnosticCode.TOML_MISREAD_VALUE, "replace", "join-lines");
        fixes(DiagnosticCode.TOML_UNSUPPORTED_TARGET, "replace");
        fixes(DiagnosticCode.TOML_MEMORY_QUANTITY, "replace");
        fixes(DiagnosticCode.TOML_IMAGE_REFERENCE, "replace");
        fixes(DiagnosticCode.TOML_INLINE_SECRET, "replace");
        // deploy files: repairs the neam-api contract makes certain (probe paths, non-root, read-only
        // root file system), and a literal key taken from a Secret (or, in compose, from the host)
        fixes(DiagnosticCode.DEPLOY_LITERAL_SECRET, "replace", "secret-key-ref");
        fixes(DiagnosticCode.DEPLOY_LIVENESS_PROBE, "replace", "yaml-add-key");
        fixes(DiagnosticCode.DEPLOY_READINESS_PROBE, "replace", "yaml-add-key");
        fixes(DiagnosticCode.DEPLOY_STARTUP_PROBE, "replace", "yaml-add-key");
        fixes(DiagnosticCode.DEPLOY_RUN_AS_ROOT, "replace", "yaml-add-key");
        fixes(DiagnosticCode.DEPLOY_WRITABLE_ROOT_FS, "replace", "yaml-add-key");
        // deploy files: a name that refers to nothing, when exactly one deployed object, key, folder or
        // component is a near miss (did-you-mean); the deprecated 'bases' renamed to 'resources'
        fixes(DiagnosticCode.DEPLOY_DANGLING_SERVICE, "replace");
        fixes(DiagnosticCode.DEPLOY_SERVICE_TARGET_PORT, "replace");
        fixes(DiagnosticCode.DEPLOY_DANGLING_SCALE_TARGET, "replace");
        fixes(DiagnosticCode.DEPLOY_MISSING_SERVICE_ACCOUNT, "replace");
        fixes(DiagnosticCode.DEPLOY_DANGLING_CONFIG_REFERENCE, "replace");
        fixes(DiagnosticCode.DEPLOY_KUSTOMIZE_PATCH_TARGET, "replace");
        fixes(DiagnosticCode.DEPLOY_KUSTOMIZE_DEPRECATED, "rename");
        fixes(DiagnosticCode.DEPLOY_GITOPS_PATH, "replace");
        fixes(DiagnosticCode.DEPLOY_GITOPS_SOURCE, "replace");
        fixes(DiagnosticCode.DEPLOY_COMPOSE_DEPENDS_ON, "replace");
        fixes(DiagnosticCode.DEPLOY_OTEL_PIPELINE, "replace");
        // Neam names and references
        fixes(DiagnosticCode.UNDEFINED_NAME, "replace");
        fixes(DiagnosticCode.ASSIGNMENT_TO_UNDECLARED, "replace");
        fixes(DiagnosticCode.UNKNOWN_REFERENCE, "replace", "create-declaration");
        fixes(DiagnosticCode.UNUSED_LOCAL, "remove-binding");
        // Neam declarations and their keys
        fixes(DiagnosticCode.UNKNOWN_DECLARATION_KIND, "replace");
        fixes(DiagnosticCode.UNKNOWN_PROPERTY, "replace", "remove");
        fixes(DiagnosticCode.MISPLACED_PROPERTY, "remove");
        fixes(DiagnosticCode.DUPLICATE_PROPERTY, "remove");
        fixes(DiagnosticCode.MISSING_REQUIRED_PROPERTY, "replace", "add");
        fixes(DiagnosticCode.EXACTLY_ONE_OF, "add", "remove");
        fixes(DiagnosticCode.IGNORED_PROPERTY, "remove");
        fixes(DiagnosticCode.DEPRECATED_PROPERTY, "remove");
        fixes(DiagnosticCode.RESERVED_PROPERTY, "remove");
        fixes(DiagnosticCode.CONFLICTING_ENTRIES, "remove");
        fixes(DiagnosticCode.INACTIVE_OPTION, "remove");
        // Neam values
        fixes(DiagnosticCode.STRING_FOR_NAME, "unquote");
        fixes(DiagnosticCode.WRONG_VALUE_TYPE, "replace", "wrap_in_list");
        fixes(DiagnosticCode.VALUE_NOT_ALLOWED, "replace");
        fixes(DiagnosticCode.VALUE_OUT_OF_RANGE, "replace");
        fixes(DiagnosticCode.UNKNOWN_PROVIDER, "replace");
        fixes(DiagnosticCode.IMPL_PARAMS_MISMATCH, "replace_parameters");
        fixes(DiagnosticCode.TOML_REQUEST_OVER_LIMIT, "add-key");
        // syntax: text that only has to go
        fixes(DiagnosticCode.STRAY_SEMICOLON, "delete");
        fixes(DiagnosticCode.BLOCK_COMMENT, "line-comments");
        // No fix the analysis can write for sure: the user has to decide (a value to choose, code to
        // restructure, a file to create elsewhere)
        none(DiagnosticCode.SELF_HANDOFF, DiagnosticCode.HANDOFF_CYCLE, DiagnosticCode.UNREACHABLE_AGENT,
                DiagnosticCode.CALLBACK_DECLARED_LATER, DiagnosticCode.MISSING_FILE);
        none(DiagnosticCode.TOML_SYNTAX, DiagnosticCode.TOML_DUPLICATE_KEY, DiagnosticCode.TOML_DUPLICATE_TABLE,
                DiagnosticCode.TOML_MISSING_PACKAGE, DiagnosticCode.TOML_NOT_USED_BY_NEAMC,
                DiagnosticCode.TOML_PACKAGE_NAME, DiagnosticCode.TOML_PACKAGE_VERSION,
                DiagnosticCode.TOML_DEPENDENCY_REQUIREMENT, DiagnosticCode.TOML_DEPENDENCY_SOURCE,
                DiagnosticCode.TOML_DEPENDENCY_TWICE, DiagnosticCode.TOML_FEATURE_REFERENCE,
                DiagnosticCode.TOML_AGENT_PROVIDER, DiagnosticCode.TOML_AGENT_LIMIT,
                DiagnosticCode.TOML_AGENTS_ENTRY, DiagnosticCode.TOML_TEST_SETTING,
                DiagnosticCode.TOML_DEPLOY_TARGET, DiagnosticCode.TOML_K8S_NAMESPACE,
                DiagnosticCode.TOML_CPU_QUANTITY, DiagnosticCode.TOML_PORT,
                DiagnosticCode.TOML_HPA_RANGE, DiagnosticCode.TOML_REPLICAS_VS_HPA, DiagnosticCode.TOML_INGRESS,
                DiagnosticCode.TOML_CERTIFICATE_ARN, DiagnosticCode.TOML_TAG_FORMAT,
                DiagnosticCode.TOML_LAMBDA_LIMITS, DiagnosticCode.TOML_LAMBDA_WORKERS,
                DiagnosticCode.TOML_READINESS_PATH, DiagnosticCode.TOML_SERVERLESS_PROVIDER,
                DiagnosticCode.TOML_STATE_BACKEND, DiagnosticCode.TOML_TELEMETRY, DiagnosticCode.TOML_LLM_GATEWAY,
                DiagnosticCode.TOML_SECRETS_PROVIDER, DiagnosticCode.TOML_DISRUPTION, DiagnosticCode.TOML_NETWORK,
                DiagnosticCode.TOML_PERSISTENCE, DiagnosticCode.TOML_KEDA, DiagnosticCode.TOML_CLOUD_TARGET,
                DiagnosticCode.TOML_SECRET_SYNTAX, DiagnosticCode.TOML_SCRIPT_SECRET,
                DiagnosticCode.TOML_PROJECT_WITHOUT_PACKAGE, DiagnosticCode.TOML_TRAILING_COMMENT,
                DiagnosticCode.TOML_TAG_FORMAT_UNUSED, DiagnosticCode.TOML_INGRESS_CLASS,
                DiagnosticCode.TOML_NOT_IN_PROFILE, DiagnosticCode.TOML_DOTTED_KEY,
                DiagnosticCode.TOML_AGENTS_SUBTABLE, DiagnosticCode.TOML_TOP_LEVEL_KEY);
        none(DiagnosticCode.DEPLOY_YAML_SYNTAX, DiagnosticCode.DEPLOY_PORT,
                DiagnosticCode.DEPLOY_PROBE_PORT, DiagnosticCode.DEPLOY_PRIVILEGE_ESCALATION,
                DiagnosticCode.DEPLOY_RESOURCES_UNSET, DiagnosticCode.DEPLOY_REQUEST_OVER_LIMIT,
                DiagnosticCode.DEPLOY_QUANTITY, DiagnosticCode.DEPLOY_HPA_RANGE,
                DiagnosticCode.DEPLOY_REPLICAS_VS_HPA, DiagnosticCode.DEPLOY_PDB_BLOCKS_EVICTION,
                DiagnosticCode.DEPLOY_PDB_BOTH_FIELDS, DiagnosticCode.DEPLOY_SECRET_IN_CONFIGMAP,
                DiagnosticCode.DEPLOY_COMMITTED_SECRET, DiagnosticCode.DEPLOY_KUSTOMIZE_MISSING,
                DiagnosticCode.DEPLOY_HELM_CHART, DiagnosticCode.DEPLOY_IMAGE_TAG,
                DiagnosticCode.DEPLOY_DOCKERFILE_USER, DiagnosticCode.DEPLOY_DOCKERFILE_EXPOSE,
                DiagnosticCode.DEPLOY_DOCKERFILE_HEALTHCHECK, DiagnosticCode.DEPLOY_DOCKERFILE_SECRET,
                DiagnosticCode.DEPLOY_COMPOSE_PORT, DiagnosticCode.DEPLOY_COMPOSE_HEALTHCHECK,
                DiagnosticCode.DEPLOY_COMPOSE_ROOT, DiagnosticCode.DEPLOY_MANIFEST_PORT,
                DiagnosticCode.DEPLOY_MANIFEST_REPLICAS, DiagnosticCode.DEPLOY_MANIFEST_IMAGE,
                DiagnosticCode.DEPLOY_MANIFEST_RESOURCES, DiagnosticCode.DEPLOY_MANIFEST_HPA);
        // deploy files: the fix is a choice (which selector, which port, which bound, which autoscaler,
        // what the policy should allow, which namespace) the analysis cannot make
        none(DiagnosticCode.DEPLOY_MISMATCHING_SELECTOR, DiagnosticCode.DEPLOY_DANGLING_PDB,
                DiagnosticCode.DEPLOY_DANGLING_NETWORK_POLICY, DiagnosticCode.DEPLOY_NETWORK_INGRESS,
                DiagnosticCode.DEPLOY_NETWORK_EGRESS, DiagnosticCode.DEPLOY_SINGLE_AUTOSCALER, DiagnosticCode.DEPLOY_KEDA_REPLICAS,
                DiagnosticCode.DEPLOY_KEDA_TRIGGERS, DiagnosticCode.DEPLOY_KUSTOMIZE_PATCH_PATH, DiagnosticCode.DEPLOY_GITOPS_NAMESPACE,
                DiagnosticCode.DEPLOY_GITOPS_SYNC, DiagnosticCode.DEPLOY_OTLP_ENDPOINT, DiagnosticCode.DEPLOY_PROMETHEUS_SCRAPE,
                DiagnosticCode.DEPLOY_MANIFEST_TELEMETRY);
        none(DiagnosticCode.UNEXPECTED_CHARACTER, DiagnosticCode.UNTERMINATED_STRING,
                DiagnosticCode.UNEXPECTED_TOKEN, DiagnosticCode.MISSING_TOKEN, DiagnosticCode.UNCLOSED_BRACE,
                DiagnosticCode.MISSING_VALUE, DiagnosticCode.UNMATCHED_CLOSER, DiagnosticCode.INCOMPLETE_INPUT,
                DiagnosticCode.INVALID_NUMBER, DiagnosticCode.FILE_TOO_LARGE, DiagnosticCode.NESTED_TOO_DEEPLY,
                DiagnosticCode.UNREADABLE_FILE,
                DiagnosticCode.MODULE_NOT_FOUND, DiagnosticCode.IMPORTED_NAME_NOT_FOUND,
                DiagnosticCode.WRONG_REFERENCE_KIND, DiagnosticCode.CALL_ARITY, DiagnosticCode.DUPLICATE_DEFINITION,
                DiagnosticCode.REDECLARED_VARIABLE, DiagnosticCode.ASSIGNMENT_TO_CONSTANT,
                DiagnosticCode.RETURN_OUTSIDE_FUNCTION, DiagnosticCode.BREAK_OUTSIDE_LOOP,
                DiagnosticCode.UNREACHABLE_CODE, DiagnosticCode.DECLARATION_FORM,
                DiagnosticCode.EMPTY_REQUIRED_VALUE, DiagnosticCode.VALUE_ORDER,
                DiagnosticCode.PROVIDER_CREDENTIALS_MISSING,
                DiagnosticCode.FUNCTION_ARITY, DiagnosticCode.OUTSIDE_PROFILE, DiagnosticCode.DIALECT_MIXING);
    }

    private FixCatalogue() {
    }

    private static void fixes(DiagnosticCode code, String... families) {
        FIXES.put(code, List.of(families));
    }

    private static void none(DiagnosticCode... codes) {
        for (DiagnosticCode code : codes) {
            FIXES.put(code, List.of());
        }
    }

    /** The fix families findings of this code may carry (empty: only suppression, or nothing). */
    public static List<String> families(DiagnosticCode code) {
        return Optional.ofNullable(FIXES.get(code)).orElse(List.of());
    }

    /** Whether a finding of this code can be silenced by a comment (findings in .neam files). */
    public static boolean suppressible(DiagnosticCode code) {
        return code.category() == Category.SYNTAX || code.category() == Category.SEMANTIC;
    }

    /** Whether this table lists the code at all (every code must be). */
    public static boolean lists(DiagnosticCode code) {
        return FIXES.containsKey(code);
    }
}
