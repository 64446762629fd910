package dev.neam.parser.semantic;

import dev.neam.parser.ast.Children;
import dev.neam.parser.ast.Node;
import java.util.Arrays;
import java.util.function.Consumer;

/**
 * Every node of one file's tree in source order (pre-order, as {@link AstNodes#walk} visits them),
 * found once per analysis and read by every check that walks the whole tree. The generic child
 * lookup ({@link Children}) was the largest cost of the checks when each walk repeated it per node.
 *
 * <p>Nodes are addressed by their index in {@link #nodes()}: the subtree of node {@code i} is the
 * indices {@code i} to {@code end(i) - 1}, so its children are {@code i + 1}, then {@code end} of
 * that child, and so on.
 */
public final class TreeNodes {
    private final Node[] nodes;
    private final int[] ends;

    private TreeNodes(Node[] nodes, int[] ends) {
        this.nodes = nodes;
        this.ends = ends;
    }

    /** The nodes of the file's tree, computed once per file and shared by the checks. */
    public static TreeNodes of(FileContext context) {
        return context.memo(TreeNodes.class, c -> of(c.tree()));
    }

    static TreeNodes of(Node root) {
        Builder builder = new Builder();
        if (root != null) {
            builder.collect(root);
        }
        return new TreeNodes(Arrays.copyOf(builder.nodes, builder.size), Arrays.copyOf(builder.ends, builder.size));
    }

    /** Collects the nodes in pre-order, noting where each subtree ends. */
    private static final class Builder {
        private final Consumer<Node> collect = this::collect;
        private Node[] nodes = new Node[256];
        private int[] ends = new int[256];
        private int size;

        void collect(Node node) {
            if (size == nodes.length) {
                nodes = Arrays.copyOf(nodes, size * 2);
                ends = Arrays.copyOf(ends, size * 2);
            }
            int index = size++;
            nodes[index] = node;
            Children.forEach(node, collect);
            ends[index] = size;
        }
    }

    /** Every node in source order (pre-order); do not modify. */
    public Node[] nodes() {
        return nodes;
    }

    public Node node(int index) {
        return nodes[index];
    }

    /** The index just past the last node of the subtree at {@code index}. */
    public int end(int index) {
        return ends[index];
    }

    public int size() {
        return nodes.length;
    }
}
