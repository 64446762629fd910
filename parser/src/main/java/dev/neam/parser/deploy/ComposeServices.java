package dev.neam.parser.deploy;

import java.util.ArrayList;
import java.util.List;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;

/** Reading compose services: their environment, the files they bind-mount, the Dockerfile they build. */
final class ComposeServices {
    private ComposeServices() {
    }

    static List<NodeTuple> of(Node composeDocument) {
        return Yaml.entries(Yaml.get(composeDocument, "services"));
    }

    /**
     * The node of an environment value ({@code NAME: value}, or the value part of {@code - NAME=value},
     * given the position of that part), or null.
     */
    static Node env(DeployContext context, Node service, String name) {
        Node env = Yaml.get(service, "environment");
        Node value = Yaml.get(env, name);
        if (value != null) {
            return value;
        }
        for (Node item : Yaml.items(env)) {
            String text = Yaml.text(item);
            if (text != null && text.startsWith(name + "=")) {
                return context.origins.scalar(text.substring(name.length() + 1), context.origins.part(item, name.length() + 1, text.length()));
            }
        }
        return null;
    }

    /** The project-relative paths of the files a service bind-mounts (short and long volume syntax). */
    static List<String> mounts(ParsedFile file, Node service) {
        List<String> out = new ArrayList<>();
        String folder = KustomizeCheck.folder(file.relative());
        for (Node volume : Yaml.items(Yaml.get(service, "volumes"))) {
            String source = Yaml.text(volume) != null ? Yaml.text(volume).split(":")[0] : Yaml.text(volume, "source");
            if (source != null && (source.startsWith(".") || source.contains("/"))) {
                String resolved = KustomizeCheck.resolve(folder, source);
                if (resolved != null) {
                    out.add(resolved);
                }
            }
        }
        return out;
    }

    /** The Dockerfile a service builds, if it is one of the deploy files. */
    static ParsedFile dockerfile(DeployContext context, ParsedFile file, Node service) {
        Node build = Yaml.get(service, "build");
        if (build == null) {
            return null;
        }
        String buildContext = Yaml.text(build) != null ? Yaml.text(build) : Yaml.text(build, "context");
        String dockerfile = Yaml.text(build, "dockerfile");
        String base = KustomizeCheck.resolve(KustomizeCheck.folder(file.relative()), buildContext == null ? "." : buildContext);
        String path = KustomizeCheck.resolve(base == null ? "" : base, dockerfile == null ? "Dockerfile" : dockerfile);
        ParsedFile found = path == null ? null : context.file(path);
        return found != null && found.dockerfile != null ? found : null;
    }
}
