package dev.neam.parser.deploy;

import dev.neam.parser.diagnostic.Diagnostic;
import dev.neam.parser.diagnostic.DiagnosticCode;
import dev.neam.parser.manifest.Secrets;
import java.util.List;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;

/**
 * docker-compose files: the neam-api service's port mapping (DEPLOY8001) and healthcheck
 * (DEPLOY8002), services running as root (DEPLOY8003), keys written into the environment instead
 * of taken from the host (DEPLOY5001), and image tags (DEPLOY6003).
 */
final class ComposeCheck implements DeployCheck {

    @Override
    public void check(DeployContext context) {
        for (ParsedFile file : context.files(DeployFileKind.COMPOSE)) {
            for (Node doc : file.yaml.documents()) {
                List<NodeTuple> services = Yaml.entries(Yaml.get(doc, "services"));
                for (NodeTuple service : services) {
                    service(context, file, service, services.size());
                }
            }
        }
    }

    /** Whether a compose service runs neam-api. */
    static boolean isNeam(DeployContext context, NodeTuple service, int count) {
        Node s = service.getValueNode();
        Node build = Yaml.get(s, "build");
        return count == 1 || context.mentionsNeam(Yaml.text(service.getKeyNode()), Yaml.text(s, "image"), command(s),
                Yaml.text(build), Yaml.text(build, "dockerfile"), Yaml.text(s, "container_name"));
    }

    static String command(Node service) {
        Node command = Yaml.get(service, "command");
        return Yaml.text(command) != null ? Yaml.text(command) : String.join(" ", Yaml.strings(command));
    }

    /** The port neam-api listens on in a service: --port in its command, NEAM_PORT, or 8080. */
    static int listeningPort(DeployContext context, Node service) {
        String flag = context.catalog.string("DEPLOY1001", "portFlag");
        java.util.regex.Matcher m = Pattern.compile(Pattern.quote(flag) + "[= ]([0-9]{1,5})").matcher(command(service));
        if (m.find()) {
            return Integer.parseInt(m.group(1));
        }
        String env = environment(service, context.catalog.string("DEPLOY1001", "portEnv"));
        Integer port = NeamApi.port(env);
        return port != null ? port : context.catalog.integer("DEPLOY1001", "defaultPort");
    }

    private static String environment(Node service, String name) {
        Node env = Yaml.get(service, "environment");
        String value = Yaml.text(Yaml.get(env, name));
        if (value != null) {
            return value;
        }
        for (String item : Yaml.strings(env)) {
            if (item.startsWith(name + "=")) {
                return item.substring(name.length() + 1);
            }
        }
        return null;
    }

    /** The container side of a port entry ("8080:8080", "127.0.0.1:80:8080/tcp", or the long form's target), or null. */
    static Integer containerPort(Node entry) {
        String text = Yaml.text(entry);
        if (text == null) {
            return NeamApi.port(Yaml.text(entry, "target"));
        }
        String last = text.substring(text.lastIndexOf(':') + 1).replaceAll("/.*$", "");
        return NeamApi.port(last);
    }

    private static void service(DeployContext context, ParsedFile file, NodeTuple service, int count) {
        Node s = service.getValueNode();
        String name = Yaml.text(service.getKeyNode());
        environmentSecrets(context, file, s);
        Node user = Yaml.get(s, "user");
        String who = Yaml.text(user);
        if (who != null && (who.split(":")[0].equals("root") || who.split(":")[0].equals("0"))) {
            context.report(file, DiagnosticCode.DEPLOY_COMPOSE_ROOT, file.range(user), "service '" + name + "' runs as root (user "
                    + who + ")");
        }
        if (Yaml.get(s, "build") == null) {
            ImageTags.check(context, null, Yaml.get(s, "image"));
        }
        if (!isNeam(context, service, count)) {
            return;
        }
        int port = listeningPort(context, s);
        List<Node> ports = Yaml.items(Yaml.get(s, "ports"));
        if (!ports.isEmpty() && ports.stream().noneMatch(p -> Integer.valueOf(port).equals(containerPort(p)))) {
            context.report(file, DiagnosticCode.DEPLOY_COMPOSE_PORT, file.range(ports.get(0)), "no port mapping of service '" + name
                    + "' reaches " + port + ", the port neam-api listens on");
        }
        String path = context.catalog.string("DEPLOY8002", "path");
        Node healthcheck = Yaml.get(s, "healthcheck");
        if (healthcheck == null) {
            context.report(file, DiagnosticCode.DEPLOY_COMPOSE_HEALTHCHECK, file.range(service.getKeyNode()), "service '" + name
                    + "' has no healthcheck; neam-api answers GET " + path);
        } else if (Yaml.isTrue(Yaml.get(healthcheck, "disable"))) {
            context.report(file, DiagnosticCode.DEPLOY_COMPOSE_HEALTHCHECK, file.range(Yaml.get(healthcheck, "disable")),
                    "the healthcheck of service '" + name + "' is disabled; neam-api answers GET " + path);
        } else {
            Node test = Yaml.get(healthcheck, "test");
            String text = Yaml.text(test) != null ? Yaml.text(test) : String.join(" ", Yaml.strings(test));
            if (!DockerfileCheck.callsPath(text, path)) {
                context.report(file, DiagnosticCode.DEPLOY_COMPOSE_HEALTHCHECK, file.range(test != null ? test : healthcheck),
                        "the healthcheck of service '" + name + "' does not call " + path + ", the endpoint neam-api serves for it");
            }
        }
    }

    private static void environmentSecrets(DeployContext context, ParsedFile file, Node service) {
        Pattern secretName = context.secretName();
        Node env = Yaml.get(service, "environment");
        for (NodeTuple t : Yaml.entries(env)) {
            literal(context, file, secretName, Yaml.text(t.getKeyNode()), Yaml.text(t.getValueNode()), t.getValueNode());
        }
        for (Node item : Yaml.items(env)) {
            String text = Yaml.text(item);
            if (text != null && text.contains("=")) {
                literal(context, file, secretName, text.substring(0, text.indexOf('=')), text.substring(text.indexOf('=') + 1), item);
            }
        }
    }

    private static void literal(DeployContext context, ParsedFile file, Pattern secretName, String name, String value, Node node) {
        if (name == null || value == null || value.isBlank() || value.contains("${") || value.startsWith("$")) {
            return;
        }
        if (secretName.matcher(name).find() || Secrets.looksLikeCredential(value)) {
            context.report(file, Diagnostic.of(DiagnosticCode.DEPLOY_LITERAL_SECRET, file.range(node), name
                    + " is written into the compose file (" + Secrets.mask(value) + "); take it from the host environment, e.g. ${"
                    + name + "}").withData("fix", "replace").withData("replacement", "${" + name + "}"));
        }
    }
}
