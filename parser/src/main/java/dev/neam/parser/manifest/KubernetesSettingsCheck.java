package dev.neam.parser.manifest;

import dev.neam.parser.diagnostic.Diagnostic;
import dev.neam.parser.diagnostic.DiagnosticCode;
import dev.neam.parser.diagnostic.Severity;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * [deploy], [deploy.docker] and [deploy.kubernetes] rules that involve more than one value or
 * neamc's effective defaults: targets (R-K0, S6), quantities (R-K2, R-K3, S9), requests against
 * limits after defaults (R-K5), HPA bounds and replicas (R-K6, R-K7), ingress (R-K8, S8), image
 * and registry (R-K10) and tag-format (R-K11, S7).
 */
final class KubernetesSettingsCheck implements ManifestCheck {

    static final String K8S = "deploy.kubernetes";
    private static final Pattern TAG = Pattern.compile("^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^}]*)}");

    @Override
    public void check(ManifestContext context) {
        target(context);
        quantities(context);
        requestsWithinLimits(context, "cpu", "cpu-request", "cpu-limit");
        requestsWithinLimits(context, "memory", "memory-request", "memory-limit");
        autoscaling(context);
        ingress(context);
        image(context);
        tagFormat(context);
    }

    private static void target(ManifestContext context) {
        TomlEntry entry = context.entry("deploy", "default-target");
        if (entry == null || entry.value().asString() == null) {
            return;
        }
        String target = entry.value().asString();
        String replacement = context.schema().unsupportedTargets().get(target);
        if (replacement != null) {
            context.report(Diagnostic.of(DiagnosticCode.TOML_UNSUPPORTED_TARGET, entry.value().range(), "no neamc CLI accepts the "
                    + "target '" + target + "' from the docs (\"Unknown deploy target\"); use \"" + replacement + "\"")
                    .withData("fix", "replace").withData("replacement", "\"" + replacement + "\""));
            return;
        }
        List<String> targets = context.schema().targets(context.options().profile());
        if (!targets.contains(target)) {
            String version = context.options().isAuto() ? "neamc" : "neamc " + context.options().profile();
            context.report(DiagnosticCode.TOML_DEPLOY_TARGET, entry.value().range(), "'" + target + "' is not a deploy target of "
                    + version + ": use one of " + String.join(", ", targets));
        }
    }

    private static void quantities(ManifestContext context) {
        for (String key : List.of("cpu", "memory")) {
            TomlEntry entry = context.entry(K8S, key);
            if (entry != null && !context.options().isLineageA()) {
                context.report(Diagnostic.of(DiagnosticCode.TOML_LEGACY_RESOURCE_KEY, entry.key().range(), "since neamc 0.6.8 '"
                        + key + "' sets only the request; the limit stays " + context.defaultOf(K8S, key + "-limit")
                        + " unless " + key + "-limit is set; write " + key + "-request (and " + key + "-limit)")
                        .withData("fix", "rename").withData("replacement", key + "-request"));
            }
        }
        TomlEntry request = context.entry(K8S, "cpu-request");
        if (request != null) {
            Double cores = Quantities.parse(request.value().asString());
            if (cores != null && cores < 0.010 && cores > 0) {
                context.report(DiagnosticCode.TOML_CPU_QUANTITY, Severity.WARNING, request.value().range(), "cpu-request "
                        + request.value().asString() + " is below 10m: the pod gets almost no CPU time");
            }
        }
        for (String key : List.of("memory", "memory-request", "memory-limit")) {
            memory(context, context.entry(K8S, key));
        }
        memory(context, context.entry("deploy.kubernetes.persistence", "size"));
    }

    /** Memory spellings that pass the syntax but mean something else. */
    private static void memory(ManifestContext context, TomlEntry entry) {
        if (entry == null || entry.value().asString() == null) {
            return;
        }
        String value = entry.value().asString();
        if (value.matches("[0-9]+")) {
            long bytes = Long.parseLong(value.length() > 18 ? "0" : value);
            String unit = bytes > 0 && bytes % (1L << 30) == 0 ? (bytes >> 30) + "Gi"
                    : bytes > 0 && bytes % (1L << 20) == 0 ? (bytes >> 20) + "Mi" : null;
            Diagnostic d = Diagnostic.of(DiagnosticCode.TOML_MEMORY_QUANTITY, entry.value().range(), "'" + value
                    + "' has no unit, so Kubernetes reads bytes; " + (unit != null ? "write \"" + unit + "\"" : "add a unit such as Mi or Gi"));
            if (unit != null) {
                d = d.withData("fix", "replace").withData("replacement", "\"" + unit + "\"");
            }
            context.report(ManifestContext.withSeverity(d, Severity.WARNING));
        } else if (value.matches("[0-9]+(\\.[0-9]+)?m")) {
            context.report(DiagnosticCode.TOML_MEMORY_QUANTITY, Severity.WARNING, entry.value().range(), "'" + value
                    + "' means milli-bytes; did you mean " + value.substring(0, value.length() - 1) + "Mi?");
        }
    }

    /** R-K5 with neamc's defaults: the old key is an alias of the request (0.6.8+) or sets both (0.6). */
    private static void requestsWithinLimits(ManifestContext context, String old, String requestKey, String limitKey) {
        TomlEntry oldEntry = context.entry(K8S, old);
        TomlEntry requestEntry = context.entry(K8S, requestKey);
        TomlEntry limitEntry = context.entry(K8S, limitKey);
        if (oldEntry == null && requestEntry == null && limitEntry == null) {
            return;
        }
        if (context.options().isLineageA()) {
            return; // 0.6 uses cpu/memory for both request and limit
        }
        TomlEntry request = requestEntry != null ? requestEntry : oldEntry;
        String requestText = request != null ? request.value().asString() : (String) context.defaultOf(K8S, requestKey);
        String limitText = limitEntry != null ? limitEntry.value().asString() : (String) context.defaultOf(K8S, limitKey);
        Double requested = Quantities.parse(requestText);
        Double limit = Quantities.parse(limitText);
        if (requested == null || limit == null || requested <= limit) {
            return;
        }
        String what = old.equals("cpu") ? "CPU" : "memory";
        if (limitEntry != null && request != null) {
            context.reportRelated(DiagnosticCode.TOML_REQUEST_OVER_LIMIT, Severity.ERROR, laterOf(request, limitEntry).value().range(),
                    what + " request " + requestText + " exceeds the limit " + limitText + ": the API server rejects the Deployment",
                    earlierOf(request, limitEntry), earlierOf(request, limitEntry) == request ? "the request" : "the limit");
        } else if (request != null) {
            context.report(Diagnostic.of(DiagnosticCode.TOML_REQUEST_OVER_LIMIT, request.value().range(), what + " request "
                    + requestText + " exceeds the default limit " + limitText + " (" + limitKey + " is not set): the API server "
                    + "rejects the Deployment; set " + limitKey).withData("fix", "add-key").withData("key", limitKey)
                    .withData("replacement", "\"" + requestText + "\""));
        } else {
            context.report(DiagnosticCode.TOML_REQUEST_OVER_LIMIT, limitEntry.value().range(), what + " limit " + limitText
                    + " is below the default request " + requestText + " (" + requestKey + " is not set): the API server rejects "
                    + "the Deployment");
        }
    }

    private static TomlEntry laterOf(TomlEntry a, TomlEntry b) {
        return a.key().range().start().compareTo(b.key().range().start()) >= 0 ? a : b;
    }

    private static TomlEntry earlierOf(TomlEntry a, TomlEntry b) {
        return laterOf(a, b) == a ? b : a;
    }

    private static void autoscaling(ManifestContext context) {
        bounds(context, K8S, "hpa-min", "hpa-max");
        bounds(context, "deploy.kubernetes.scaling", "min-replicas", "max-replicas");
        TomlEntry replicas = context.entry(K8S, "replicas");
        TomlEntry min = context.entry(K8S, "hpa-min");
        TomlEntry max = context.entry(K8S, "hpa-max");
        if (replicas != null && replicas.value().asLong() != null && (min != null || max != null)) {
            long r = replicas.value().asLong();
            long lo = value(context, min, "hpa-min");
            long hi = value(context, max, "hpa-max");
            if (r >= 0 && lo >= 1 && lo <= hi && (r < lo || r > hi)) {
                TomlEntry bound = r < lo ? min : max;
                context.reportRelated(DiagnosticCode.TOML_REPLICAS_VS_HPA, Severity.WARNING, replicas.value().range(), "replicas " + r
                        + " is outside the HPA range " + lo + "-" + hi + ": the autoscaler changes it at once", bound,
                        bound == null ? "" : "the HPA bound");
            }
        }
        disagree(context, "hpa-min", "min-replicas");
        disagree(context, "hpa-max", "max-replicas");
        disagree(context, "hpa-cpu-target", "target-cpu-pct");
    }

    private static long value(ManifestContext context, TomlEntry entry, String key) {
        if (entry != null && entry.value().asLong() != null) {
            return entry.value().asLong();
        }
        Object def = context.defaultOf(K8S, key);
        return def instanceof Long l ? l : 0;
    }

    private static void bounds(ManifestContext context, String table, String minKey, String maxKey) {
        TomlEntry min = context.entry(table, minKey);
        TomlEntry max = context.entry(table, maxKey);
        if (min == null && max == null) {
            return;
        }
        Long lo = min != null ? min.value().asLong() : (Long) context.defaultOf(table, minKey);
        Long hi = max != null ? max.value().asLong() : (Long) context.defaultOf(table, maxKey);
        if (lo == null || hi == null || lo <= hi) {
            return;
        }
        TomlEntry at = max != null ? max : min;
        context.reportRelated(DiagnosticCode.TOML_HPA_RANGE, Severity.ERROR, at.value().range(), maxKey + " " + hi
                + " is below " + minKey + " " + lo + (max == null ? " (" + maxKey + " defaults to " + hi + ")" : "")
                + (min == null ? " (" + minKey + " defaults to " + lo + ")" : ""), max != null && min != null ? min : null, minKey);
    }

    private static void disagree(ManifestContext context, String hpaKey, String scalingKey) {
        TomlEntry hpa = context.entry(K8S, hpaKey);
        TomlEntry scaling = context.entry("deploy.kubernetes.scaling", scalingKey);
        if (hpa == null || scaling == null || hpa.value().asLong() == null || scaling.value().asLong() == null
                || hpa.value().asLong().equals(scaling.value().asLong())) {
            return;
        }
        TomlEntry later = laterOf(hpa, scaling);
        TomlEntry earlier = earlierOf(hpa, scaling);
        context.reportRelated(DiagnosticCode.TOML_REPLICAS_VS_HPA, Severity.WARNING, later.value().range(), later.name() + " "
                + later.value().raw() + " disagrees with " + earlier.name() + " " + earlier.value().raw()
                + ": keep one autoscaling setting", earlier, "the other setting");
    }

    private static void ingress(ManifestContext context) {
        TomlEntry ingress = context.entry(K8S, "ingress-class");
        TomlEntry certificate = context.entry(K8S, "certificate-arn");
        String cls = ingress == null ? null : ingress.value().asString();
        if (cls != null && !cls.equals("alb") && !cls.equals("nginx")) {
            context.report(DiagnosticCode.TOML_INGRESS_CLASS, ingress.value().range(), "neamc knows only the ingress classes alb "
                    + "and nginx: '" + cls + "' is rendered as nginx");
        }
        boolean hasCertificate = certificate != null && certificate.value().asString() != null
                && !certificate.value().asString().isBlank();
        if ("alb".equals(cls) && !hasCertificate) {
            context.report(DiagnosticCode.TOML_INGRESS, ingress.value().range(), "ingress-class \"alb\" without certificate-arn: "
                    + "the generated listener is HTTPS-only with SSL redirect, so the ALB controller cannot provision it");
        }
        if (hasCertificate && cls != null && !cls.equals("alb")) {
            context.reportRelated(DiagnosticCode.TOML_INGRESS, Severity.WARNING, certificate.value().range(),
                    "certificate-arn is used only with ingress-class \"alb\"; it is ignored for \"" + cls + "\"", ingress, "the ingress class");
        }
    }

    private static void image(ManifestContext context) {
        TomlEntry registry = context.entry("deploy.docker", "registry");
        String reg = registry == null ? null : registry.value().asString();
        if (reg != null && !reg.isEmpty()) {
            if (reg.matches("^[A-Za-z][A-Za-z0-9+.-]*://.*")) {
                String bare = reg.replaceFirst("^[A-Za-z][A-Za-z0-9+.-]*://", "").replaceAll("/+$", "");
                context.report(Diagnostic.of(DiagnosticCode.TOML_IMAGE_REFERENCE, registry.value().range(), "registry must not "
                        + "contain a scheme: it is joined to the image as '<registry>/<image>'; write \"" + bare + "\"")
                        .withData("fix", "replace").withData("replacement", "\"" + bare + "\""));
            } else if (reg.endsWith("/")) {
                String bare = reg.replaceAll("/+$", "");
                context.report(Diagnostic.of(DiagnosticCode.TOML_IMAGE_REFERENCE, registry.value().range(), "registry must not end "
                        + "with '/': it is joined to the image with '/'").withData("fix", "replace")
                        .withData("replacement", "\"" + bare + "\""));
            }
        }
        TomlEntry image = context.entry("deploy.docker", "image");
        String img = image == null ? null : image.value().asString();
        if (img != null && context.schema().format("image-reference").accepts(img) && hasTag(img)) {
            context.report(DiagnosticCode.TOML_IMAGE_REFERENCE, Severity.WARNING, image.value().range(), "image '" + img
                    + "' already has a tag: the Helm chart appends ':latest' and produces '" + img + ":latest'");
        }
    }

    static boolean hasTag(String image) {
        String withoutDigest = image.replaceFirst("@.*$", "");
        int slash = withoutDigest.lastIndexOf('/');
        return withoutDigest.indexOf(':', slash + 1) >= 0;
    }

    private static void tagFormat(ManifestContext context) {
        TomlEntry entry = context.entry("deploy.docker", "tag-format");
        if (entry == null || entry.value().asString() == null) {
            return;
        }
        String format = entry.value().asString();
        Matcher m = PLACEHOLDER.matcher(format);
        while (m.find()) {
            if (!m.group(1).equals("version")) {
                context.report(DiagnosticCode.TOML_TAG_FORMAT, entry.value().range(), "tag-format knows only the placeholder "
                        + "{version}, not {" + m.group(1) + "}");
                return;
            }
        }
        String tag = format.replace("{version}", "1.0.0");
        if (!TAG.matcher(tag).matches()) {
            context.report(DiagnosticCode.TOML_TAG_FORMAT, entry.value().range(), "tag-format \"" + format + "\" does not give a "
                    + "valid image tag (letters, digits, '_', '.', '-', at most 128 characters)");
            return;
        }
        context.report(DiagnosticCode.TOML_TAG_FORMAT_UNUSED, entry.key().range(), "neamc deploy does not apply tag-format; "
                + "images are tagged by the deploy scripts or as ':latest'");
    }
}
