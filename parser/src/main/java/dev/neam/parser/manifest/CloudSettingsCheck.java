package dev.neam.parser.manifest;

import dev.neam.parser.diagnostic.DiagnosticCode;
import dev.neam.parser.diagnostic.Severity;
import java.util.List;
import java.util.Set;

/**
 * Serverless and cloud-config rules that involve more than one value (R-L2, R-L4, R-C1 to R-C9);
 * single-value ranges and formats are in the schema data.
 */
final class CloudSettingsCheck implements ManifestCheck {

    private static final Set<String> NEEDS_BUILD_FLAG = Set.of("postgres", "postgresql", "redis", "dynamodb", "cosmosdb");

    @Override
    public void check(ManifestContext context) {
        serverless(context);
        state(context);
        telemetry(context);
        secrets(context);
        disruption(context);
        network(context);
        keda(context);
        cloudTargets(context);
    }

    private static void serverless(ManifestContext context) {
        TomlEntry provisioned = context.entry("deploy.serverless", "provisioned-concurrency");
        if (provisioned != null && provisioned.value().asLong() != null && provisioned.value().asLong() > 0) {
            context.report(DiagnosticCode.TOML_LAMBDA_WORKERS, Severity.INFORMATION, provisioned.key().range(),
                    "provisioned-concurrency is parsed, but no neamc generator emits it into the SAM template");
        }
        TomlEntry architecture = context.entry("deploy.aws.lambda", "architecture");
        if (architecture != null && "arm64".equals(architecture.value().asString())) {
            context.report(DiagnosticCode.TOML_SERVERLESS_PROVIDER, Severity.INFORMATION, architecture.value().range(),
                    "the generated SAM template hard-codes x86_64 and ignores this architecture");
        }
    }

    private static void state(ManifestContext context) {
        TomlEntry backend = context.entry("state", "backend");
        String name = backend == null ? null : backend.value().asString();
        if (name != null && NEEDS_BUILD_FLAG.contains(name)) {
            String flag = name.equals("postgresql") ? "POSTGRES" : name.toUpperCase(java.util.Locale.ROOT);
            context.report(DiagnosticCode.TOML_STATE_BACKEND, Severity.INFORMATION, backend.value().range(),
                    "the runtime supports the '" + name + "' backend only when built with NEAM_BACKEND_" + flag + "=ON");
        }
        TomlEntry lockTable = context.entry("state", "lock-table");
        if (lockTable != null && lockTable.value().asString() != null && !lockTable.value().asString().isEmpty()
                && !"dynamodb".equals(name)) {
            context.reportRelated(DiagnosticCode.TOML_STATE_BACKEND, Severity.WARNING, lockTable.value().range(),
                    "lock-table is used only by the dynamodb backend", backend, "the state backend");
        }
    }

    private static void telemetry(ManifestContext context) {
        TomlEntry enabled = context.entry("telemetry", "enabled");
        TomlEntry endpoint = context.entry("telemetry", "endpoint");
        String url = endpoint == null ? null : endpoint.value().asString();
        if (enabled != null && Boolean.TRUE.equals(enabled.value().asBoolean()) && (url == null || url.isBlank())) {
            context.report(DiagnosticCode.TOML_TELEMETRY, endpoint != null ? endpoint.value().range() : enabled.value().range(),
                    "telemetry is enabled but has no endpoint: set endpoint to the OTLP collector URL");
        }
        TomlEntry exporter = context.entry("telemetry", "exporter");
        String kind = exporter == null ? "otlp" : exporter.value().asString();
        if (url != null && url.matches("^https?://[^/]+:4317(/.*)?$") && kind != null && !kind.contains("grpc")) {
            context.report(DiagnosticCode.TOML_TELEMETRY, Severity.INFORMATION, endpoint.value().range(),
                    "port 4317 is OTLP over gRPC: set exporter = \"otlp-grpc\" (4318 is OTLP over HTTP)");
        }
    }

    private static void secrets(ManifestContext context) {
        for (String key : List.of("vault-addr", "aws-region", "azure-vault-url", "gcp-project", "k8s-namespace")) {
            TomlEntry entry = context.entry("secrets", key);
            if (entry != null && entry.value().asString() != null && !entry.value().asString().isEmpty()) {
                context.report(DiagnosticCode.TOML_SECRETS_PROVIDER, Severity.INFORMATION, entry.key().range(), "'" + key
                        + "' is parsed but not passed to the resolvers, which read environment variables instead");
            }
        }
    }

    private static void disruption(ManifestContext context) {
        String table = "deploy.kubernetes.disruption";
        TomlEntry min = context.entry(table, "min-available");
        TomlEntry max = context.entry(table, "max-unavailable");
        Long minAvailable = min == null ? null : min.value().asLong();
        Long maxUnavailable = max == null ? null : max.value().asLong();
        if (minAvailable != null && maxUnavailable != null) {
            if (minAvailable > 0 && maxUnavailable > 0) {
                context.reportRelated(DiagnosticCode.TOML_DISRUPTION, Severity.ERROR, max.value().range(),
                        "a PodDisruptionBudget may set only one of min-available and max-unavailable", min, "min-available");
            } else if (minAvailable == 0 && maxUnavailable == 0) {
                context.report(DiagnosticCode.TOML_DISRUPTION, Severity.WARNING, max.value().range(),
                        "min-available and max-unavailable are both 0: the budget protects nothing");
            }
        }
        if (minAvailable == null || minAvailable <= 0) {
            return;
        }
        for (String[] bound : new String[][] {{"deploy.kubernetes", "replicas"}, {"deploy.kubernetes", "hpa-min"},
                {"deploy.kubernetes.scaling", "min-replicas"}}) {
            TomlEntry replicas = context.entry(bound[0], bound[1]);
            if (replicas != null && replicas.value().asLong() != null && minAvailable >= replicas.value().asLong()) {
                context.reportRelated(DiagnosticCode.TOML_DISRUPTION, Severity.ERROR, min.value().range(), "min-available "
                        + minAvailable + " is not below " + bound[1] + " " + replicas.value().asLong()
                        + ": the PodDisruptionBudget blocks every voluntary eviction and node drain", replicas, bound[1]);
                return;
            }
        }
    }

    private static void network(ManifestContext context) {
        String table = "deploy.kubernetes.network";
        TomlEntry cidrs = context.entry(table, "allowed-cidrs");
        if (cidrs != null && cidrs.value().kind() == TomlValue.Kind.ARRAY) {
            for (TomlValue element : cidrs.value().elements()) {
                String cidr = element.asString();
                if (cidr != null && !Cidr.isValid(cidr)) {
                    context.report(DiagnosticCode.TOML_NETWORK, element.range(), "'" + cidr + "' is not an IPv4 or IPv6 CIDR such as 10.0.0.0/8");
                }
            }
        }
        TomlEntry tls = context.entry(table, "tls-enabled");
        TomlEntry secret = context.entry(table, "tls-secret");
        if (tls != null && Boolean.TRUE.equals(tls.value().asBoolean())
                && (secret == null || secret.value().asString() == null || secret.value().asString().isBlank())) {
            context.report(DiagnosticCode.TOML_NETWORK, tls.value().range(), "tls-enabled needs tls-secret, the Secret holding the certificate");
        }
        TomlEntry ingress = context.entry(table, "ingress-enabled");
        TomlEntry hostname = context.entry(table, "hostname");
        if (ingress != null && Boolean.TRUE.equals(ingress.value().asBoolean())
                && (hostname == null || hostname.value().asString() == null || hostname.value().asString().isBlank())) {
            context.report(DiagnosticCode.TOML_NETWORK, Severity.WARNING, ingress.value().range(),
                    "ingress-enabled without hostname: the Ingress matches every host");
        }
    }

    private static void keda(ManifestContext context) {
        String table = "deploy.kubernetes.scaling.keda";
        TomlEntry enabled = context.entry(table, "enabled");
        if (enabled == null || !Boolean.TRUE.equals(enabled.value().asBoolean())) {
            return;
        }
        TomlEntry trigger = context.entry(table, "trigger");
        TomlEntry query = context.entry(table, "query");
        boolean prometheus = trigger == null || "prometheus".equals(trigger.value().asString());
        if (prometheus && (query == null || query.value().asString() == null || query.value().asString().isBlank())) {
            context.report(DiagnosticCode.TOML_KEDA, Severity.WARNING, enabled.value().range(),
                    "KEDA with the prometheus trigger needs a query");
        }
    }

    private static void cloudTargets(ManifestContext context) {
        order(context, "deploy.gcp.cloud-run", "min-instances", "max-instances");
        order(context, "deploy.azure.container-apps", "min-replicas", "max-replicas");
        TomlEntry cpu = context.entry("deploy.azure.container-apps", "cpu");
        TomlEntry memory = context.entry("deploy.azure.container-apps", "memory");
        if (cpu != null && memory != null) {
            Double cores = Quantities.parse(cpu.value().asString());
            Double bytes = Quantities.parse(memory.value().asString());
            if (cores != null && bytes != null) {
                double gi = bytes / (1024.0 * 1024 * 1024);
                boolean step = Math.abs(cores * 4 - Math.rint(cores * 4)) < 1e-9 && cores >= 0.25 && cores <= 4;
                if (!step || Math.abs(gi - 2 * cores) > 1e-6) {
                    context.reportRelated(DiagnosticCode.TOML_CLOUD_TARGET, Severity.WARNING, memory.value().range(),
                            "Azure Container Apps needs cpu in 0.25 steps (0.25-4) and memory twice the cpu in Gi, e.g. cpu \"0.5\" "
                                    + "with memory \"1Gi\"", cpu, "the cpu");
                }
            }
        }
        TomlEntry ecsCpu = context.entry("deploy.aws.ecs", "cpu");
        TomlEntry ecsMemory = context.entry("deploy.aws.ecs", "memory");
        if (ecsCpu != null && ecsMemory != null && !Fargate.isValid(ecsCpu.value().asString(), ecsMemory.value().asString())) {
            context.reportRelated(DiagnosticCode.TOML_CLOUD_TARGET, Severity.WARNING, ecsMemory.value().range(), "cpu "
                    + ecsCpu.value().asString() + " with memory " + ecsMemory.value().asString() + " is not a Fargate task size",
                    ecsCpu, "the cpu");
        }
    }

    private static void order(ManifestContext context, String table, String minKey, String maxKey) {
        TomlEntry min = context.entry(table, minKey);
        TomlEntry max = context.entry(table, maxKey);
        Long lo = min != null ? min.value().asLong() : (Long) context.defaultOf(table, minKey);
        Long hi = max != null ? max.value().asLong() : (Long) context.defaultOf(table, maxKey);
        if ((min != null || max != null) && lo != null && hi != null && lo > hi) {
            TomlEntry at = max != null ? max : min;
            context.reportRelated(DiagnosticCode.TOML_CLOUD_TARGET, Severity.ERROR, at.value().range(), maxKey + " " + hi
                    + " is below " + minKey + " " + lo, max != null && min != null ? min : null, minKey);
        }
    }
}
