package dev.neam.parser.deploy;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * Copy-on-write changes of YAML node trees for the Kustomize rendering: the parsed nodes are never
 * changed (several overlays share a base), a change copies the nodes on its path, and every copy
 * keeps the origin of the node it copies.
 */
final class Trees {
    private final Origins origins;

    Trees(Origins origins) {
        this.origins = origins;
    }

    Origins origins() {
        return origins;
    }

    /** A copy of a mapping with {@code key} set to {@code value} (replaced in place, else appended). */
    Node put(Node map, Node key, Node value) {
        String name = Yaml.text(key);
        List<NodeTuple> tuples = new ArrayList<>(Yaml.entries(map));
        boolean replaced = false;
        for (int i = 0; i < tuples.size(); i++) {
            if (name != null && name.equals(Yaml.text(tuples.get(i).getKeyNode()))) {
                tuples.set(i, new NodeTuple(tuples.get(i).getKeyNode(), value));
                replaced = true;
            }
        }
        if (!replaced) {
            tuples.add(new NodeTuple(key, value));
        }
        return mapping(tuples, map);
    }

    /** A copy of a mapping without {@code key}. */
    Node remove(Node map, String key) {
        List<NodeTuple> tuples = new ArrayList<>(Yaml.entries(map));
        tuples.removeIf(t -> key.equals(Yaml.text(t.getKeyNode())));
        return mapping(tuples, map);
    }

    MappingNode mapping(List<NodeTuple> tuples, Node from) {
        return origins.derive(new MappingNode(Tag.MAP, tuples, FlowStyle.BLOCK), from);
    }

    SequenceNode sequence(List<Node> items, Node from) {
        return origins.derive(new SequenceNode(Tag.SEQ, items, FlowStyle.BLOCK), from);
    }

    /**
     * Changes the node at a path of mapping keys; a key whose value is a list is entered for each
     * item. Missing mappings on the way are made when {@code create} (with the origin of
     * {@code made}), else the tree is left as it is.
     *
     * @param change the new node from the old one (null when there was none)
     */
    Node update(Node root, List<String> path, boolean create, Node made, UnaryOperator<Node> change) {
        if (path.isEmpty()) {
            return change.apply(root);
        }
        if (root instanceof SequenceNode seq) {
            List<Node> items = new ArrayList<>();
            boolean changed = false;
            for (Node item : seq.getValue()) {
                Node updated = update(item, path, create, made, change);
                changed |= updated != item;
                items.add(updated);
            }
            return changed ? sequence(items, root) : root;
        }
        if (!(root instanceof MappingNode)) {
            return root;
        }
        String key = path.get(0);
        Node child = Yaml.get(root, key);
        if (child == null || Yaml.isNull(child)) {
            if (!create) {
                return root;
            }
            child = path.size() == 1 ? null : mapping(new ArrayList<>(), made);
        }
        Node updated = update(child, path.subList(1, path.size()), create, made, change);
        if (updated == child) {
            return root;
        }
        Node keyNode = Yaml.key(root, key);
        return put(root, keyNode != null ? keyNode : origins.scalar(key, made), updated);
    }
}
