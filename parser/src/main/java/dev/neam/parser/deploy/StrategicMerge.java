package dev.neam.parser.deploy;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Kubernetes strategic merge patches, as Kustomize applies them: mappings merge key by key (a null
 * value deletes), lists of built-in objects merge by their merge key (containers by name, ports by
 * containerPort…) and other lists are replaced; {@code $patch: replace} and {@code $patch: delete}
 * directives are honoured. Custom resources have no merge keys, so their lists are replaced (JSON
 * merge patch semantics). Values added or changed by the patch keep the patch's origin; a value it
 * only repeats keeps the base's.
 */
final class StrategicMerge {
    private static final String DIRECTIVE = "$patch";

    private final Trees trees;
    private final KubernetesFacts facts;
    private final boolean builtIn;

    StrategicMerge(Trees trees, KubernetesFacts facts, boolean builtIn) {
        this.trees = trees;
        this.facts = facts;
        this.builtIn = builtIn;
    }

    /** Whether a patch document asks for the object to be deleted ({@code $patch: delete} at its top). */
    static boolean deletes(Node patch) {
        return "delete".equals(Yaml.text(patch, DIRECTIVE));
    }

    /** The object with the patch merged in. */
    Node apply(Node object, Node patch) {
        Node merged = merge(object, patch, null, null);
        return merged == null ? object : merged;
    }

    /** The merge of one value; null means the value is deleted. */
    private Node merge(Node base, Node patch, String field, String list) {
        if (Yaml.isNull(patch)) {
            return null;
        }
        if (patch instanceof MappingNode) {
            String directive = Yaml.text(patch, DIRECTIVE);
            if ("delete".equals(directive)) {
                return null;
            }
            if ("replace".equals(directive) || !(base instanceof MappingNode)) {
                return strip(patch);
            }
            Node result = base;
            for (NodeTuple t : Yaml.entries(patch)) {
                String key = Yaml.text(t.getKeyNode());
                if (key == null || key.startsWith("$")) {
                    continue;
                }
                Node current = Yaml.get(result, key);
                Node merged = current == null ? (Yaml.isNull(t.getValueNode()) ? null : strip(t.getValueNode()))
                        : merge(current, t.getValueNode(), key, list);
                if (merged == null) {
                    result = current == null ? result : trees.remove(result, key);
                } else if (merged != current) {
                    Node keyNode = current == null ? t.getKeyNode() : Yaml.key(result, key);
                    result = trees.put(result, keyNode, merged);
                }
            }
            return result;
        }
        if (patch instanceof ScalarNode p && base instanceof ScalarNode b && p.getValue().equals(b.getValue())) {
            // a value the patch only repeats (a merge key, the object's name) was produced by the base
            return base;
        }
        if (patch instanceof SequenceNode patchList && base instanceof SequenceNode baseList && builtIn) {
            String key = facts.mergeKey(list, field);
            if (key != null) {
                return mergeList(baseList, patchList, key, field);
            }
        }
        return strip(patch);
    }

    private Node mergeList(SequenceNode base, SequenceNode patch, String key, String field) {
        List<Node> others = new ArrayList<>();
        for (Node item : patch.getValue()) {
            if ("replace".equals(Yaml.text(item, DIRECTIVE))) {
                List<Node> replacement = patch.getValue().stream().filter(i -> i != item).map(this::strip).toList();
                return trees.sequence(new ArrayList<>(replacement), patch);
            }
            others.add(item);
        }
        List<Node> items = new ArrayList<>(base.getValue());
        for (Node item : others) {
            String id = Yaml.text(item, key);
            int at = -1;
            for (int i = 0; i < items.size() && id != null; i++) {
                if (Objects.equals(id, Yaml.text(items.get(i), key))) {
                    at = i;
                }
            }
            if ("delete".equals(Yaml.text(item, DIRECTIVE))) {
                if (at >= 0) {
                    items.remove(at);
                }
            } else if (at >= 0) {
                Node merged = merge(items.get(at), item, null, field);
                if (merged == null) {
                    items.remove(at);
                } else {
                    items.set(at, merged);
                }
            } else {
                items.add(strip(item));
            }
        }
        return trees.sequence(items, base);
    }

    /** The patch value without its directives (a patch may carry them at any depth). */
    private Node strip(Node node) {
        if (node instanceof MappingNode) {
            boolean changed = false;
            List<NodeTuple> tuples = new ArrayList<>();
            for (NodeTuple t : Yaml.entries(node)) {
                String key = Yaml.text(t.getKeyNode());
                if (key != null && key.startsWith("$")) {
                    changed = true;
                    continue;
                }
                Node value = strip(t.getValueNode());
                changed |= value != t.getValueNode();
                tuples.add(value == t.getValueNode() ? t : new NodeTuple(t.getKeyNode(), value));
            }
            return changed ? trees.mapping(tuples, node) : node;
        }
        if (node instanceof SequenceNode seq) {
            boolean changed = false;
            List<Node> items = new ArrayList<>();
            for (Node item : seq.getValue()) {
                Node value = strip(item);
                changed |= value != item;
                items.add(value);
            }
            return changed ? trees.sequence(items, node) : node;
        }
        return node;
    }
}
