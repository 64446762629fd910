package dev.neam.parser.deploy;

import dev.neam.parser.diagnostic.DiagnosticCode;
import dev.neam.parser.diagnostic.Severity;
import dev.neam.parser.manifest.Quantities;
import dev.neam.parser.manifest.Secrets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Containers of deployed workloads: the neam-api contract (port, /health, /ready, startup probe),
 * non-root, read-only root file system, no privilege escalation, resources set with requests
 * within limits, pinned images, and LLM keys only from Secrets. The port neam-api listens on may
 * come from an envFrom ConfigMap; a finding about it is then reported at the ConfigMap's value.
 */
final class WorkloadCheck implements DeployCheck {

    private static final Pattern CPU = Pattern.compile("^([0-9]+m|[0-9]+(\\.[0-9]{1,3})?)$");
    private static final Pattern MEMORY = Pattern.compile("^[0-9]+(\\.[0-9]+)?(Ki|Mi|Gi|Ti|Pi|Ei|k|M|G|T|P|E)?$");

    @Override
    public void check(DeployContext context) {
        for (DeployUnit unit : context.units) {
            for (K8sObject object : unit.workloads()) {
                Node pod = object.podSpec();
                List<Node> containers = Yaml.items(Yaml.get(pod, "containers"));
                for (Node init : Yaml.items(Yaml.get(pod, "initContainers"))) {
                    secrets(context, unit, init, ContainerEnv.of(init, object, unit));
                }
                for (Node container : containers) {
                    ContainerEnv env = ContainerEnv.of(container, object, unit);
                    secrets(context, unit, container, env);
                    ImageTags.check(context, unit, Yaml.get(container, "image"));
                    security(context, unit, pod, container);
                    resources(context, unit, container);
                    if (isNeam(context, container, containers.size()) && object.isServer()) {
                        contract(context, unit, object, container, env);
                    }
                }
            }
        }
    }

    /** A container runs neam-api when it is the pod's only container or its name, image or command says so. */
    static boolean isNeam(DeployContext context, Node container, int containerCount) {
        String command = String.join(" ", Yaml.strings(Yaml.get(container, "command"))) + " "
                + String.join(" ", Yaml.strings(Yaml.get(container, "args")));
        return containerCount == 1 || context.mentionsNeam(Yaml.text(container, "name"), Yaml.text(container, "image"), command);
    }

    /** The neam-api containers of a long-running workload. */
    static List<Node> neamContainers(DeployContext context, K8sObject object) {
        Node pod = object.podSpec();
        if (pod == null || !object.isServer()) {
            return List.of();
        }
        List<Node> containers = Yaml.items(Yaml.get(pod, "containers"));
        return containers.stream().filter(c -> isNeam(context, c, containers.size())).toList();
    }

    static Node anchor(Node container) {
        Node name = Yaml.get(container, "name");
        return name != null ? name : container;
    }

    static String label(Node container) {
        String name = Yaml.text(container, "name");
        return name == null ? "the container" : "container '" + name + "'";
    }

    private static void contract(DeployContext context, DeployUnit unit, K8sObject object, Node container, ContainerEnv env) {
        NeamApi api = NeamApi.of(container, env, context.catalog);
        List<Node> ports = Yaml.items(Yaml.get(container, "ports"));
        List<String> names = new ArrayList<>();
        List<Integer> numbers = new ArrayList<>();
        for (Node p : ports) {
            if (Yaml.text(p, "name") != null) {
                names.add(Yaml.text(p, "name"));
            }
            Integer n = NeamApi.port(Yaml.text(p, "containerPort"));
            if (n != null) {
                numbers.add(n);
            }
        }
        if (api != null && ports.isEmpty()) {
            context.report(unit, anchor(container), DiagnosticCode.DEPLOY_PORT, label(container)
                    + " declares no containerPort; neam-api listens on " + api.describe());
        } else if (api != null && !numbers.isEmpty() && !numbers.contains(api.port())) {
            Node first = Yaml.get(ports.get(0), "containerPort");
            Node declared = first == null ? ports.get(0) : first;
            if (api.envFrom() && numbers.get(0) == expectedPort(context)) {
                // the declared port is the expected one: the ConfigMap's value is the odd one out
                context.report(unit, api.node(), DiagnosticCode.DEPLOY_PORT, null, api.source() + " makes neam-api listen on "
                        + api.port() + ", but " + label(container) + " of " + object.label() + " declares containerPort " + numbers.get(0),
                        context.related(declared, "the declared containerPort"));
            } else {
                context.report(unit, declared, DiagnosticCode.DEPLOY_PORT, null, "containerPort " + numbers.get(0)
                        + " is not the port neam-api listens on (" + api.describe() + ")",
                        api.envFrom() ? context.related(api.node(), api.source()) : null);
            }
        }
        Probe probe = new Probe(context, unit, container, api, names);
        String liveness = context.catalog.string("DEPLOY1002", "path");
        String readiness = context.catalog.string("DEPLOY1003", "path");
        probe.check("livenessProbe", DiagnosticCode.DEPLOY_LIVENESS_PROBE, List.of(liveness), liveness, "liveness", true);
        probe.check("readinessProbe", DiagnosticCode.DEPLOY_READINESS_PROBE, List.of(readiness), readiness, "readiness", true);
        probe.check("startupProbe", DiagnosticCode.DEPLOY_STARTUP_PROBE, context.catalog.strings("DEPLOY1004", "paths"),
                context.catalog.string("DEPLOY1004", "fixPath"), "startup", false);
    }

    /** The port neam-api is expected on: neam.toml [deploy.kubernetes] port when written, else its default. */
    static int expectedPort(DeployContext context) {
        Long port = context.manifest.integer("deploy.kubernetes", "port");
        return port != null ? port.intValue() : context.catalog.integer("DEPLOY1001", "defaultPort");
    }

    /** The probes of one neam-api container. */
    private record Probe(DeployContext context, DeployUnit unit, Node container, NeamApi api, List<String> names) {

        /** @param fixPath the path a quick fix writes when the probe checks another one */
        void check(String key, DiagnosticCode code, List<String> paths, String fixPath, String what, boolean required) {
            Node probe = Yaml.get(container, key);
            String expected = String.join(" or ", paths);
            if (probe == null) {
                if (required) {
                    context.report(unit, anchor(container), code, label(container) + " has no " + what
                            + " probe; neam-api answers GET " + expected + " for it");
                }
                return;
            }
            Node httpGet = Yaml.get(probe, "httpGet");
            if (httpGet == null) {
                context.report(unit, Yaml.key(container, key), code, "the " + what + " probe does not call GET "
                        + expected + ", the endpoint neam-api serves for it");
                return;
            }
            Node path = Yaml.get(httpGet, "path");
            String value = Yaml.text(path);
            if (value == null || !paths.contains(value)) {
                context.report(unit, path != null ? path : Yaml.key(probe, "httpGet"), code, "the " + what + " probe checks '"
                        + (value == null ? "/" : value) + "'; neam-api serves " + what + " at " + expected,
                        path != null ? Fixes.replace(path, fixPath) : Fixes.addKey("httpGet", "path", fixPath));
            }
            Node port = Yaml.get(httpGet, "port");
            String portText = Yaml.text(port);
            if (portText == null) {
                return;
            }
            Integer number = NeamApi.port(portText);
            if (number == null && !names.contains(portText)) {
                context.report(unit, port, DiagnosticCode.DEPLOY_PROBE_PORT, "the " + what + " probe uses port '" + portText
                        + "', which " + label(container) + " does not declare" + (names.isEmpty() ? "" : " (ports: " + String.join(", ", names) + ")"));
            } else if (number != null && api != null && number != api.port()) {
                context.report(unit, port, DiagnosticCode.DEPLOY_PROBE_PORT, "the " + what + " probe uses port " + number
                        + ", but neam-api listens on " + api.describe());
            }
        }
    }

    private static void security(DeployContext context, DeployUnit unit, Node pod, Node container) {
        Node podContext = Yaml.get(pod, "securityContext");
        Node own = Yaml.get(container, "securityContext");
        Node user = Yaml.get(own, "runAsUser") != null ? Yaml.get(own, "runAsUser") : Yaml.get(podContext, "runAsUser");
        Node nonRoot = Yaml.get(own, "runAsNonRoot") != null ? Yaml.get(own, "runAsNonRoot") : Yaml.get(podContext, "runAsNonRoot");
        Long uid = Yaml.integer(user);
        if (uid != null && uid == 0) {
            context.report(unit, user, DiagnosticCode.DEPLOY_RUN_AS_ROOT, label(container) + " runs as root (runAsUser 0)");
        } else if (Yaml.isFalse(nonRoot) && uid == null) {
            context.report(unit, nonRoot, DiagnosticCode.DEPLOY_RUN_AS_ROOT, label(container)
                    + " may run as root: runAsNonRoot is false and no runAsUser is set", Fixes.replace(nonRoot, "true"));
        } else if (!Yaml.isTrue(nonRoot) && uid == null) {
            context.report(unit, anchor(container), DiagnosticCode.DEPLOY_RUN_AS_ROOT, label(container)
                    + " may run as root: set securityContext.runAsNonRoot: true (neam images run as UID 1000)",
                    Fixes.addKey("securityContext", "runAsNonRoot", "true"));
        }
        Node readOnly = Yaml.get(own, "readOnlyRootFilesystem");
        if (!Yaml.isTrue(readOnly)) {
            context.report(unit, readOnly != null ? readOnly : anchor(container), DiagnosticCode.DEPLOY_WRITABLE_ROOT_FS,
                    label(container) + " has a writable root file system: set securityContext.readOnlyRootFilesystem: true",
                    readOnly == null ? Fixes.addKey("securityContext", "readOnlyRootFilesystem", "true")
                            : Yaml.isFalse(readOnly) ? Fixes.replace(readOnly, "true") : Map.of());
        }
        Node privileged = Yaml.get(own, "privileged");
        Node escalation = Yaml.get(own, "allowPrivilegeEscalation");
        if (Yaml.isTrue(privileged)) {
            context.report(unit, privileged, DiagnosticCode.DEPLOY_PRIVILEGE_ESCALATION, label(container) + " runs privileged");
        } else if (Yaml.isTrue(escalation)) {
            context.report(unit, escalation, DiagnosticCode.DEPLOY_PRIVILEGE_ESCALATION, label(container) + " allows privilege escalation");
        } else if (escalation == null) {
            context.report(unit, anchor(container), DiagnosticCode.DEPLOY_PRIVILEGE_ESCALATION, Severity.WARNING,
                    label(container) + " does not forbid privilege escalation: set securityContext.allowPrivilegeEscalation: false");
        }
    }

    private static void resources(DeployContext context, DeployUnit unit, Node container) {
        Node resources = Yaml.get(container, "resources");
        List<String> missing = new ArrayList<>();
        for (String group : List.of("requests", "limits")) {
            for (String resource : List.of("cpu", "memory")) {
                Node value = Yaml.path(resources, group, resource);
                if (value == null) {
                    missing.add(group + "." + resource);
                } else if (Yaml.text(value) != null && !(resource.equals("cpu") ? CPU : MEMORY).matcher(Yaml.text(value)).matches()) {
                    context.report(unit, value, DiagnosticCode.DEPLOY_QUANTITY, "'" + Yaml.text(value) + "' is not a "
                            + resource + " quantity Kubernetes accepts" + (resource.equals("cpu") ? " (e.g. 250m, 1, 0.5)" : " (e.g. 512Mi, 1Gi)"));
                }
            }
        }
        if (!missing.isEmpty()) {
            Node at = resources != null ? Yaml.key(container, "resources") : anchor(container);
            context.report(unit, at, DiagnosticCode.DEPLOY_RESOURCES_UNSET, label(container) + " sets no " + String.join(", ", missing));
        }
        for (String resource : List.of("cpu", "memory")) {
            Node request = Yaml.path(resources, "requests", resource);
            Node limit = Yaml.path(resources, "limits", resource);
            Double r = Quantities.parse(Yaml.text(request));
            Double l = Quantities.parse(Yaml.text(limit));
            if (r != null && l != null && r > l) {
                context.report(unit, request, DiagnosticCode.DEPLOY_REQUEST_OVER_LIMIT, Severity.ERROR, resource + " request "
                        + Yaml.text(request) + " exceeds the limit " + Yaml.text(limit) + ": the API server rejects the object",
                        context.related(limit, "the " + resource + " limit"));
            }
        }
    }

    /** The Secret neamc generates for the app ({@code <package.name>-secrets}), which a quick fix refers to. */
    private static String generatedSecretName(DeployContext context) {
        String app = context.manifest.appName();
        String name = app == null || app.isBlank() ? context.catalog.string("DEPLOY5001", "defaultApp") : app;
        return context.catalog.string("DEPLOY5001", "secretName").replace("{app}", name);
    }

    /**
     * Literal keys in env (DEPLOY5001), and a key from a Secret that a later, non-secret source
     * blanks: env entries win over envFrom, so the container gets the empty value.
     */
    private static void secrets(DeployContext context, DeployUnit unit, Node container, ContainerEnv env) {
        Pattern secretName = context.secretName();
        for (Node entry : Yaml.items(Yaml.get(container, "env"))) {
            String name = Yaml.text(entry, "name");
            Node value = Yaml.get(entry, "value");
            String text = Yaml.text(value);
            if (name == null || text == null || text.isBlank()) {
                continue;
            }
            if (secretName.matcher(name).find() || Secrets.looksLikeCredential(text)) {
                context.report(unit, value, DiagnosticCode.DEPLOY_LITERAL_SECRET, null, name + " is set to a literal value ("
                        + Secrets.mask(text) + "); take it from a Secret with valueFrom.secretKeyRef", List.of(),
                        Map.of("fix", "secret-key-ref", "name", name, "secret", generatedSecretName(context)));
            }
        }
        for (ContainerEnv.Override o : env.overrides()) {
            String text = Yaml.text(o.by().value());
            if (o.by().value() != null && text != null && text.isBlank()) {
                context.report(unit, o.by().value(), DiagnosticCode.DEPLOY_LITERAL_SECRET, null, o.hidden().name()
                        + " is set to an empty value here" + (o.by().envFrom() ? " (" + o.by().source() + ", envFrom)" : "")
                        + ", which overrides the one from " + o.hidden().source() + " (envFrom): " + label(container)
                        + " gets no key", List.of(), Map.of());
            }
        }
    }
}
