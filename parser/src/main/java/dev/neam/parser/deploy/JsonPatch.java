package dev.neam.parser.deploy;

import java.util.ArrayList;
import java.util.List;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * RFC 6902 JSON patches on YAML trees (add, remove, replace, move, copy, test), as Kustomize applies
 * them to one object. An operation whose path (or {@code from}) is not in the object is a problem
 * at that path, as Kustomize fails the build on it; the remaining operations still apply.
 */
final class JsonPatch {

    /** An operation that cannot apply, at the node that names the missing path. */
    record Problem(Node at, String message) {
    }

    private final Trees trees;

    JsonPatch(Trees trees) {
        this.trees = trees;
    }

    /**
     * The object after the operations; problems are added to {@code problems}.
     *
     * @param label the object, for messages ({@code Deployment 'bot'})
     */
    Node apply(Node object, Node operations, String label, List<Problem> problems) {
        Node result = object;
        for (Node op : Yaml.items(operations)) {
            String kind = Yaml.text(op, "op");
            Node pathNode = Yaml.get(op, "path");
            String path = Yaml.text(pathNode);
            if (kind == null || path == null) {
                continue;
            }
            List<String> tokens = tokens(path);
            if (tokens == null) {
                problems.add(new Problem(pathNode, "'" + path + "' is not a JSON pointer: it must start with '/'"));
                continue;
            }
            Node value = Yaml.get(op, "value");
            switch (kind) {
                case "add" -> result = add(result, tokens, value, pathNode, path, label, problems);
                case "replace", "remove", "test" -> {
                    if (get(result, tokens) == null) {
                        problems.add(new Problem(pathNode, "path " + path + " does not exist in " + label + ", so '" + kind + "' cannot apply"));
                    } else if (kind.equals("replace") && value != null) {
                        result = set(result, tokens, value, false);
                    } else if (kind.equals("remove")) {
                        result = set(result, tokens, null, false);
                    } else if (kind.equals("test") && value != null && Yaml.text(value) != null
                            && !Yaml.text(value).equals(Yaml.text(get(result, tokens)))) {
                        problems.add(new Problem(pathNode, "the test expects '" + Yaml.text(value) + "' at " + path + " in " + label + " but finds '"
                                + Yaml.text(get(result, tokens)) + "'"));
                    }
                }
                case "move", "copy" -> {
                    Node fromNode = Yaml.get(op, "from");
                    List<String> from = tokens(Yaml.text(fromNode));
                    Node moved = from == null ? null : get(result, from);
                    if (moved == null) {
                        problems.add(new Problem(fromNode != null ? fromNode : pathNode, "from " + Yaml.text(fromNode)
                                + " does not exist in " + label + ", so '" + kind + "' cannot apply"));
                        continue;
                    }
                    Node source = kind.equals("move") ? set(result, from, null, false) : result;
                    result = add(source, tokens, moved, pathNode, path, label, problems);
                }
                default -> problems.add(new Problem(Yaml.get(op, "op"), "'" + kind + "' is not a JSON patch operation"));
            }
        }
        return result;
    }

    private Node add(Node root, List<String> tokens, Node value, Node pathNode, String path, String label, List<Problem> problems) {
        if (value == null) {
            return root;
        }
        if (tokens.isEmpty()) {
            return value;
        }
        Node parent = get(root, tokens.subList(0, tokens.size() - 1));
        String last = tokens.get(tokens.size() - 1);
        boolean fits = parent instanceof MappingNode
                || (parent instanceof SequenceNode seq && (last.equals("-") || index(last, seq.getValue().size() + 1) >= 0));
        if (!fits) {
            String parentPath = path.substring(0, Math.max(0, path.lastIndexOf('/')));
            problems.add(new Problem(pathNode, (parent == null ? "the parent " + (parentPath.isEmpty() ? "/" : parentPath)
                    + " of path " + path + " does not exist in " + label : "path " + path + " does not fit the value at " + parentPath
                    + " in " + label) + ", so 'add' cannot apply"));
            return root;
        }
        return set(root, tokens, value, true);
    }

    /** The node at a pointer, or null. */
    static Node get(Node root, List<String> tokens) {
        Node current = root;
        for (String t : tokens) {
            if (current instanceof MappingNode) {
                current = Yaml.get(current, t);
            } else if (current instanceof SequenceNode seq) {
                int i = index(t, seq.getValue().size());
                current = i < 0 ? null : seq.getValue().get(i);
            } else {
                return null;
            }
            if (current == null) {
                return null;
            }
        }
        return current;
    }

    /** Sets (or, with a null value, removes) the node at a pointer whose parent exists; {@code insert} adds to lists. */
    private Node set(Node node, List<String> tokens, Node value, boolean insert) {
        String t = tokens.get(0);
        boolean last = tokens.size() == 1;
        if (node instanceof MappingNode) {
            Node child = Yaml.get(node, t);
            if (last) {
                if (value == null) {
                    return trees.remove(node, t);
                }
                Node key = Yaml.key(node, t);
                return trees.put(node, key != null ? key : trees.origins().scalar(t, value), value);
            }
            return trees.put(node, Yaml.key(node, t), set(child, tokens.subList(1, tokens.size()), value, insert));
        }
        SequenceNode seq = (SequenceNode) node;
        List<Node> items = new ArrayList<>(seq.getValue());
        int i = t.equals("-") ? items.size() : index(t, items.size() + (last && insert ? 1 : 0));
        if (!last) {
            items.set(i, set(items.get(i), tokens.subList(1, tokens.size()), value, insert));
        } else if (value == null) {
            items.remove(i);
        } else if (insert) {
            items.add(i, value);
        } else {
            items.set(i, value);
        }
        return trees.sequence(items, node);
    }

    /** A list index below {@code size}, or -1. */
    private static int index(String token, int size) {
        if (!token.matches("0|[1-9][0-9]{0,8}")) {
            return -1;
        }
        int i = Integer.parseInt(token);
        return i < size ? i : -1;
    }

    /** The reference tokens of a JSON pointer ({@code ~1} is '/', {@code ~0} is '~'), or null when it is not one. */
    static List<String> tokens(String pointer) {
        if (pointer == null || (!pointer.isEmpty() && !pointer.startsWith("/"))) {
            return null;
        }
        List<String> out = new ArrayList<>();
        if (pointer.isEmpty()) {
            return out;
        }
        for (String part : pointer.substring(1).split("/", -1)) {
            out.add(part.replace("~1", "/").replace("~0", "~"));
        }
        return out;
    }
}
