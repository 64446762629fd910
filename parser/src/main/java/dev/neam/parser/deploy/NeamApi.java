package dev.neam.parser.deploy;

import java.util.List;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Where neam-api listens in a container: {@code --port N} in its command or args, else the
 * {@code NEAM_PORT} variable of its environment (from {@code env} or an {@code envFrom} ConfigMap),
 * else the default 8080 (parameters of DEPLOY1001).
 *
 * @param port    the port
 * @param source  how it was found, for messages ({@code the default}, {@code --port},
 *                {@code NEAM_PORT}, {@code NEAM_PORT in ConfigMap 'x'})
 * @param node    the node that set it, or null for the default
 * @param envFrom whether an envFrom source set it (then the ConfigMap is the place to report)
 */
record NeamApi(int port, String source, Node node, boolean envFrom) {

    /** Where neam-api listens, or null when an envFrom source whose keys are unknown may set it. */
    static NeamApi of(Node container, ContainerEnv env, DeployCatalog catalog) {
        String flag = catalog.string("DEPLOY1001", "portFlag");
        for (String list : List.of("command", "args")) {
            List<Node> items = Yaml.items(Yaml.get(container, list));
            for (int i = 0; i < items.size(); i++) {
                String arg = Yaml.text(items.get(i));
                if (arg == null) {
                    continue;
                }
                Integer port = null;
                Node node = items.get(i);
                if (arg.equals(flag) && i + 1 < items.size()) {
                    port = port(Yaml.text(items.get(i + 1)));
                    node = items.get(i + 1);
                } else if (arg.startsWith(flag + "=")) {
                    port = port(arg.substring(flag.length() + 1));
                } else if (arg.contains(flag + " ")) { // sh -c "neam-api --port 8080"
                    String rest = arg.substring(arg.indexOf(flag + " ") + flag.length() + 1).strip();
                    port = port(rest.split("\\s+")[0]);
                }
                if (port != null) {
                    return new NeamApi(port, flag, node, false);
                }
            }
        }
        ContainerEnv.Var var = env.get(catalog.string("DEPLOY1001", "portEnv"));
        Integer port = var == null ? null : port(Yaml.text(var.value()));
        if (port != null) {
            return new NeamApi(port, var.describe(), var.value(), var.envFrom());
        }
        if ((var != null && var.value() == null) || (var == null && env.open())) {
            return null;
        }
        return new NeamApi(catalog.integer("DEPLOY1001", "defaultPort"), "the default", null, false);
    }

    static Integer port(String text) {
        if (text == null || !text.strip().matches("[0-9]{1,5}")) {
            return null;
        }
        return Integer.parseInt(text.strip());
    }

    String describe() {
        return port + (source.equals("the default") ? ", the default" : ", from " + source);
    }
}
