package dev.neam.parser.deploy;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;

/**
 * The transformers of a kustomization, applied to every object it outputs: {@code namespace},
 * {@code namePrefix}/{@code nameSuffix}, {@code labels} and {@code commonLabels} (into selectors and
 * pod templates as Kustomize does), {@code replicas} and {@code images}. Every value they write
 * keeps the origin of the kustomization field that set it.
 */
final class KustomizeTransforms {
    private final DeployContext context;
    private final Trees trees;

    KustomizeTransforms(DeployContext context, Trees trees) {
        this.context = context;
        this.trees = trees;
    }

    void namespace(Node kustomization, KustomizeBuild build) {
        Node namespace = Yaml.get(kustomization, "namespace");
        if (Yaml.text(namespace) == null || Yaml.text(namespace).isBlank()) {
            return;
        }
        each(build, o -> context.facts.clusterScopedKinds.contains(o.kind()) ? o.root()
                : trees.update(o.root(), List.of("metadata", "namespace"), true, namespace, old -> namespace));
        build.namespace = Yaml.text(namespace);
        build.namespaceNode = namespace;
    }

    void names(Node kustomization, KustomizeBuild build) {
        String prefix = Yaml.text(kustomization, "namePrefix");
        String suffix = Yaml.text(kustomization, "nameSuffix");
        if ((prefix == null || prefix.isEmpty()) && (suffix == null || suffix.isEmpty())) {
            return;
        }
        each(build, o -> o.kind().equals("Namespace") || o.kind().equals("CustomResourceDefinition") ? o.root()
                : trees.update(o.root(), List.of("metadata", "name"), false, null,
                        old -> context.origins.scalar((prefix == null ? "" : prefix) + Yaml.text(old) + (suffix == null ? "" : suffix), old)));
    }

    /** commonLabels (selectors and templates too), and each {@code labels} entry as its includeSelectors/includeTemplates say. */
    void labels(Node kustomization, KustomizeBuild build) {
        label(Yaml.get(kustomization, "commonLabels"), true, true, build);
        for (Node entry : Yaml.items(Yaml.get(kustomization, "labels"))) {
            boolean selectors = Yaml.isTrue(Yaml.get(entry, "includeSelectors"));
            label(Yaml.get(entry, "pairs"), selectors, selectors || Yaml.isTrue(Yaml.get(entry, "includeTemplates")), build);
        }
    }

    private void label(Node pairs, boolean selectors, boolean templates, KustomizeBuild build) {
        for (NodeTuple pair : Yaml.entries(pairs)) {
            UnaryOperator<Node> add = map -> trees.put(map == null ? trees.mapping(new ArrayList<>(), pair.getValueNode()) : map,
                    pair.getKeyNode(), pair.getValueNode());
            each(build, o -> {
                Node root = trees.update(o.root(), List.of("metadata", "labels"), true, pair.getValueNode(), add);
                for (KubernetesFacts.LabelField field : context.facts.labelFields) {
                    boolean wanted = field.role().equals("selector") ? selectors : templates;
                    if (wanted && field.kinds().contains(o.kind())) {
                        root = trees.update(root, field.path(), field.create(), pair.getValueNode(), add);
                    }
                }
                return root;
            });
        }
    }

    void replicas(Node kustomization, KustomizeBuild build) {
        for (Node entry : Yaml.items(Yaml.get(kustomization, "replicas"))) {
            String name = Yaml.text(entry, "name");
            Node count = Yaml.get(entry, "count");
            if (name == null || count == null) {
                continue;
            }
            each(build, o -> o.isScalable() && o.hadName(name)
                    ? trees.update(o.root(), List.of("spec", "replicas"), true, count, old -> count) : o.root());
        }
    }

    void images(Node kustomization, KustomizeBuild build) {
        for (Node entry : Yaml.items(Yaml.get(kustomization, "images"))) {
            String name = Yaml.text(entry, "name");
            if (name == null) {
                continue;
            }
            each(build, o -> {
                KubernetesFacts.WorkloadKind kind = context.facts.workloads.get(o.kind());
                if (kind == null) {
                    return o.root();
                }
                Node root = o.root();
                for (String list : List.of("containers", "initContainers")) {
                    List<String> path = new ArrayList<>(kind.podSpec());
                    path.add(list);
                    path.add("image");
                    root = trees.update(root, path, false, null, old -> image(old, name, entry));
                }
                return root;
            });
        }
    }

    /** The image an {@code images} entry makes of a container's image, or the same node when it does not apply. */
    private Node image(Node old, String name, Node entry) {
        String image = Yaml.text(old);
        if (image == null || !Images.repository(image).equals(name)) {
            return old;
        }
        Node newName = Yaml.get(entry, "newName");
        Node newTag = Yaml.get(entry, "newTag");
        Node digest = Yaml.get(entry, "digest");
        String repository = Yaml.text(newName) != null ? Yaml.text(newName) : name;
        String tag = Yaml.text(newTag) != null ? Yaml.text(newTag) : Images.tag(image);
        String result = Yaml.text(digest) != null ? repository + "@" + Yaml.text(digest) : repository + (tag == null ? "" : ":" + tag);
        Node from = Yaml.text(digest) != null ? digest : Yaml.text(newTag) != null ? newTag : newName != null ? newName : entry;
        return context.origins.scalar(result, from);
    }

    private static void each(KustomizeBuild build, Function<K8sObject, Node> change) {
        for (int i = 0; i < build.objects.size(); i++) {
            K8sObject o = build.objects.get(i);
            Node root = change.apply(o);
            if (root != o.root()) {
                build.objects.set(i, o.withRoot(root));
            }
        }
    }
}
