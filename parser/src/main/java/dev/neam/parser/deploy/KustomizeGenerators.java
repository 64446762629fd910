package dev.neam.parser.deploy;

import java.util.ArrayList;
import java.util.List;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * configMapGenerator and secretGenerator: each entry becomes a ConfigMap or Secret whose data are
 * its literals (positioned on the literal's key and value). Keys read from env files are unknown
 * here, so such an object is marked open; files give keys without values. A generated Secret keeps
 * its values readable (stringData) so that the secret checks see them; the name keeps no hash
 * suffix, as Kustomize rewrites references to it anyway.
 */
final class KustomizeGenerators {
    private final DeployContext context;
    private final Trees trees;

    KustomizeGenerators(DeployContext context, Trees trees) {
        this.context = context;
        this.trees = trees;
    }

    void apply(Node kustomization, KustomizeBuild build) {
        for (Node entry : Yaml.items(Yaml.get(kustomization, "configMapGenerator"))) {
            generate("ConfigMap", "data", entry, build);
        }
        for (Node entry : Yaml.items(Yaml.get(kustomization, "secretGenerator"))) {
            generate("Secret", "stringData", entry, build);
        }
    }

    private void generate(String kind, String dataKey, Node entry, KustomizeBuild build) {
        Node name = Yaml.get(entry, "name");
        if (Yaml.text(name) == null) {
            return;
        }
        List<NodeTuple> data = new ArrayList<>();
        for (Node literal : Yaml.items(Yaml.get(entry, "literals"))) {
            String text = Yaml.text(literal);
            int eq = text == null ? -1 : text.indexOf('=');
            if (eq > 0) {
                data.add(new NodeTuple(context.origins.scalar(text.substring(0, eq), context.origins.part(literal, 0, eq)),
                        context.origins.scalar(text.substring(eq + 1), context.origins.part(literal, eq + 1, text.length()))));
            }
        }
        for (Node file : Yaml.items(Yaml.get(entry, "files"))) {
            String text = Yaml.text(file);
            if (text != null) {
                String key = text.contains("=") ? text.substring(0, text.indexOf('=')) : text.substring(text.lastIndexOf('/') + 1);
                data.add(new NodeTuple(context.origins.scalar(key, file),
                        context.origins.derive(new ScalarNode(Tag.NULL, "", ScalarStyle.PLAIN), file)));
            }
        }
        boolean open = Yaml.get(entry, "envs") != null || Yaml.get(entry, "env") != null;
        List<NodeTuple> metadata = new ArrayList<>();
        metadata.add(new NodeTuple(context.origins.scalar("name", name), name));
        Node namespace = Yaml.get(entry, "namespace");
        if (Yaml.text(namespace) != null) {
            metadata.add(new NodeTuple(context.origins.scalar("namespace", namespace), namespace));
        }
        List<NodeTuple> root = new ArrayList<>();
        root.add(new NodeTuple(context.origins.scalar("apiVersion", entry), context.origins.scalar("v1", entry)));
        root.add(new NodeTuple(context.origins.scalar("kind", entry), context.origins.scalar(kind, entry)));
        root.add(new NodeTuple(context.origins.scalar("metadata", entry), trees.mapping(metadata, entry)));
        Node type = Yaml.get(entry, "type");
        if (kind.equals("Secret") && Yaml.text(type) != null) {
            root.add(new NodeTuple(context.origins.scalar("type", type), type));
        }
        root.add(new NodeTuple(context.origins.scalar(dataKey, entry), trees.mapping(data, entry)));
        K8sObject generated = K8sObject.of(trees.mapping(root, entry));
        if (open) {
            generated = generated.withOpenData();
        }
        String behavior = Yaml.text(entry, "behavior");
        for (int i = 0; i < build.objects.size(); i++) {
            K8sObject existing = build.objects.get(i);
            if (existing.kind().equals(kind) && existing.hadName(Yaml.text(name))) {
                build.objects.set(i, "replace".equals(behavior) ? generated : merged(existing, data, dataKey, open));
                return;
            }
        }
        build.objects.add(generated);
    }

    /** behavior: merge — the generated keys are added to (or replace those of) the base's object. */
    private K8sObject merged(K8sObject existing, List<NodeTuple> data, String dataKey, boolean open) {
        Node root = existing.root();
        for (NodeTuple t : data) {
            root = trees.update(root, List.of(dataKey), true, t.getValueNode(),
                    map -> trees.put(map == null ? trees.mapping(new ArrayList<>(), t.getValueNode()) : map, t.getKeyNode(), t.getValueNode()));
        }
        K8sObject result = existing.withRoot(root);
        return open ? result.withOpenData() : result;
    }
}
