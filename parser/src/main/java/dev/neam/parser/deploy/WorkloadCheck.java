package dev.neam.parser.deploy;

import dev.neam.parser.diagnostic.Diagnostic;
import dev.neam.parser.diagnostic.DiagnosticCode;
import dev.neam.parser.diagnostic.Severity;
import dev.neam.parser.manifest.Quantities;
import dev.neam.parser.manifest.Secrets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Containers of Kubernetes workloads: the neam-api contract (port, /health, /ready, startup probe),
 * non-root, read-only root file system, no privilege escalation, resources set with requests
 * within limits, pinned images, and LLM keys only from Secrets.
 */
final class WorkloadCheck implements DeployCheck {

    private static final Pattern CPU = Pattern.compile("^([0-9]+m|[0-9]+(\\.[0-9]{1,3})?)$");
    private static final Pattern MEMORY = Pattern.compile("^[0-9]+(\\.[0-9]+)?(Ki|Mi|Gi|Ti|Pi|Ei|k|M|G|T|P|E)?$");

    @Override
    public void check(DeployContext context) {
        for (K8sObject object : context.objects) {
            Node pod = object.podSpec();
            if (pod == null) {
                continue;
            }
            ParsedFile file = object.file();
            boolean partial = context.isPatch(file);
            List<Node> containers = Yaml.items(Yaml.get(pod, "containers"));
            for (Node init : Yaml.items(Yaml.get(pod, "initContainers"))) {
                secrets(context, file, init);
            }
            for (Node container : containers) {
                secrets(context, file, container);
                if (partial) {
                    continue;
                }
                image(context, file, container);
                security(context, file, pod, container);
                resources(context, file, container);
                if (isNeam(context, container, containers.size()) && object.isServer()) {
                    contract(context, file, container);
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

    /** The neam-api containers of a long-running workload that is not a kustomize patch. */
    static List<Node> neamContainers(DeployContext context, K8sObject object) {
        Node pod = object.podSpec();
        if (pod == null || !object.isServer() || context.isPatch(object.file())) {
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

    private static void contract(DeployContext context, ParsedFile file, Node container) {
        NeamApi api = NeamApi.of(container, context.catalog);
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
        if (ports.isEmpty()) {
            context.report(file, DiagnosticCode.DEPLOY_PORT, file.range(anchor(container)), label(container)
                    + " declares no containerPort; neam-api listens on " + api.describe());
        } else if (!numbers.isEmpty() && !numbers.contains(api.port())) {
            Node first = Yaml.get(ports.get(0), "containerPort");
            context.report(file, DiagnosticCode.DEPLOY_PORT, file.range(first == null ? ports.get(0) : first), "containerPort "
                    + numbers.get(0) + " is not the port neam-api listens on (" + api.describe() + ")");
        }
        String liveness = context.catalog.string("DEPLOY1002", "path");
        String readiness = context.catalog.string("DEPLOY1003", "path");
        probe(context, file, container, "livenessProbe", DiagnosticCode.DEPLOY_LIVENESS_PROBE,
                List.of(liveness), liveness, "liveness", api, names, numbers, true);
        probe(context, file, container, "readinessProbe", DiagnosticCode.DEPLOY_READINESS_PROBE,
                List.of(readiness), readiness, "readiness", api, names, numbers, true);
        probe(context, file, container, "startupProbe", DiagnosticCode.DEPLOY_STARTUP_PROBE,
                context.catalog.strings("DEPLOY1004", "paths"), context.catalog.string("DEPLOY1004", "fixPath"), "startup",
                api, names, numbers, false);
    }

    /** @param fixPath the path a quick fix writes when the probe checks another one, or none */
    private static void probe(DeployContext context, ParsedFile file, Node container, String key, DiagnosticCode code,
            List<String> paths, String fixPath, String what, NeamApi api, List<String> names, List<Integer> numbers,
            boolean required) {
        Node probe = Yaml.get(container, key);
        String expected = String.join(" or ", paths);
        if (probe == null) {
            if (required) {
                context.report(file, code, file.range(anchor(container)), label(container) + " has no " + what
                        + " probe; neam-api answers GET " + expected + " for it");
            }
            return;
        }
        Node httpGet = Yaml.get(probe, "httpGet");
        if (httpGet == null) {
            context.report(file, code, file.range(Yaml.key(container, key)), "the " + what + " probe does not call GET "
                    + expected + ", the endpoint neam-api serves for it");
            return;
        }
        Node path = Yaml.get(httpGet, "path");
        String value = Yaml.text(path);
        if (value == null || !paths.contains(value)) {
            Diagnostic d = Diagnostic.of(code, file.range(path != null ? path : Yaml.key(probe, "httpGet")), "the " + what
                    + " probe checks '" + (value == null ? "/" : value) + "'; neam-api serves " + what + " at " + expected);
            context.report(file, path != null ? Fixes.replace(d, path, fixPath) : Fixes.addKey(d, "httpGet", "path", fixPath));
        }
        Node port = Yaml.get(httpGet, "port");
        String portText = Yaml.text(port);
        if (portText == null) {
            return;
        }
        Integer number = NeamApi.port(portText);
        if (number == null && !names.contains(portText)) {
            context.report(file, DiagnosticCode.DEPLOY_PROBE_PORT, file.range(port), "the " + what + " probe uses port '" + portText
                    + "', which " + label(container) + " does not declare" + (names.isEmpty() ? "" : " (ports: " + String.join(", ", names) + ")"));
        } else if (number != null && number != api.port()) {
            context.report(file, DiagnosticCode.DEPLOY_PROBE_PORT, file.range(port), "the " + what + " probe uses port " + number
                    + ", but neam-api listens on " + api.describe());
        }
    }

    private static void security(DeployContext context, ParsedFile file, Node pod, Node container) {
        Node podContext = Yaml.get(pod, "securityContext");
        Node own = Yaml.get(container, "securityContext");
        Node user = Yaml.get(own, "runAsUser") != null ? Yaml.get(own, "runAsUser") : Yaml.get(podContext, "runAsUser");
        Node nonRoot = Yaml.get(own, "runAsNonRoot") != null ? Yaml.get(own, "runAsNonRoot") : Yaml.get(podContext, "runAsNonRoot");
        Long uid = Yaml.integer(user);
        if (uid != null && uid == 0) {
            context.report(file, DiagnosticCode.DEPLOY_RUN_AS_ROOT, file.range(user), label(container) + " runs as root (runAsUser 0)");
        } else if (Yaml.isFalse(nonRoot) && uid == null) {
            context.report(file, Fixes.replace(Diagnostic.of(DiagnosticCode.DEPLOY_RUN_AS_ROOT, file.range(nonRoot), label(container)
                    + " may run as root: runAsNonRoot is false and no runAsUser is set"), nonRoot, "true"));
        } else if (!Yaml.isTrue(nonRoot) && uid == null) {
            context.report(file, Fixes.addKey(Diagnostic.of(DiagnosticCode.DEPLOY_RUN_AS_ROOT, file.range(anchor(container)),
                    label(container) + " may run as root: set securityContext.runAsNonRoot: true (neam images run as UID 1000)"),
                    "securityContext", "runAsNonRoot", "true"));
        }
        Node readOnly = Yaml.get(own, "readOnlyRootFilesystem");
        if (!Yaml.isTrue(readOnly)) {
            Diagnostic d = Diagnostic.of(DiagnosticCode.DEPLOY_WRITABLE_ROOT_FS, file.range(readOnly != null ? readOnly
                    : anchor(container)), label(container) + " has a writable root file system: set "
                    + "securityContext.readOnlyRootFilesystem: true");
            context.report(file, readOnly == null ? Fixes.addKey(d, "securityContext", "readOnlyRootFilesystem", "true")
                    : Yaml.isFalse(readOnly) ? Fixes.replace(d, readOnly, "true") : d);
        }
        Node privileged = Yaml.get(own, "privileged");
        Node escalation = Yaml.get(own, "allowPrivilegeEscalation");
        if (Yaml.isTrue(privileged)) {
            context.report(file, DiagnosticCode.DEPLOY_PRIVILEGE_ESCALATION, file.range(privileged), label(container) + " runs privileged");
        } else if (Yaml.isTrue(escalation)) {
            context.report(file, DiagnosticCode.DEPLOY_PRIVILEGE_ESCALATION, file.range(escalation), label(container)
                    + " allows privilege escalation");
        } else if (escalation == null) {
            context.report(file, DiagnosticCode.DEPLOY_PRIVILEGE_ESCALATION, Severity.WARNING, file.range(anchor(container)),
                    label(container) + " does not forbid privilege escalation: set securityContext.allowPrivilegeEscalation: false");
        }
    }

    private static void resources(DeployContext context, ParsedFile file, Node container) {
        Node resources = Yaml.get(container, "resources");
        List<String> missing = new ArrayList<>();
        for (String group : List.of("requests", "limits")) {
            for (String resource : List.of("cpu", "memory")) {
                Node value = Yaml.path(resources, group, resource);
                if (value == null) {
                    missing.add(group + "." + resource);
                } else if (Yaml.text(value) != null && !(resource.equals("cpu") ? CPU : MEMORY).matcher(Yaml.text(value)).matches()) {
                    context.report(file, DiagnosticCode.DEPLOY_QUANTITY, file.range(value), "'" + Yaml.text(value) + "' is not a "
                            + resource + " quantity Kubernetes accepts" + (resource.equals("cpu") ? " (e.g. 250m, 1, 0.5)" : " (e.g. 512Mi, 1Gi)"));
                }
            }
        }
        if (!missing.isEmpty()) {
            Node at = resources != null ? Yaml.key(container, "resources") : anchor(container);
            context.report(file, DiagnosticCode.DEPLOY_RESOURCES_UNSET, file.range(at), label(container) + " sets no "
                    + String.join(", ", missing));
        }
        for (String resource : List.of("cpu", "memory")) {
            Node request = Yaml.path(resources, "requests", resource);
            Node limit = Yaml.path(resources, "limits", resource);
            Double r = Quantities.parse(Yaml.text(request));
            Double l = Quantities.parse(Yaml.text(limit));
            if (r != null && l != null && r > l) {
                context.report(file, DiagnosticCode.DEPLOY_REQUEST_OVER_LIMIT, Severity.ERROR, file.range(request), resource + " request "
                        + Yaml.text(request) + " exceeds the limit " + Yaml.text(limit) + ": the API server rejects the object",
                        file.related(limit, "the " + resource + " limit"));
            }
        }
    }

    private static void image(DeployContext context, ParsedFile file, Node container) {
        Node image = Yaml.get(container, "image");
        ImageTags.check(context, file, image);
    }

    /** The Secret neamc generates for the app ({@code <package.name>-secrets}), which a quick fix refers to. */
    private static String secretName(DeployContext context) {
        String app = context.manifest.string("package", "name");
        String name = app == null || app.isBlank() ? context.catalog.string("DEPLOY5001", "defaultApp") : app;
        return context.catalog.string("DEPLOY5001", "secretName").replace("{app}", name);
    }

    static void secrets(DeployContext context, ParsedFile file, Node container) {
        Pattern secretName = Pattern.compile(context.catalog.string("DEPLOY5001", "namePattern"));
        for (Node env : Yaml.items(Yaml.get(container, "env"))) {
            String name = Yaml.text(env, "name");
            Node value = Yaml.get(env, "value");
            String text = Yaml.text(value);
            if (name == null || text == null || text.isBlank()) {
                continue;
            }
            if (secretName.matcher(name).find() || Secrets.looksLikeCredential(text)) {
                context.report(file, Diagnostic.of(DiagnosticCode.DEPLOY_LITERAL_SECRET, file.range(value), name
                        + " is set to a literal value (" + Secrets.mask(text) + "); take it from a Secret with valueFrom.secretKeyRef")
                        .withData("fix", "secret-key-ref").withData("name", name).withData("secret", secretName(context)));
            }
        }
    }
}
