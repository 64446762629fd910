package dev.neam.parser.deploy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;

/** Kubernetes label selectors: a plain map (Service), matchLabels/matchExpressions, and the string form of Kustomize targets. */
final class LabelSelector {
    private LabelSelector() {
    }

    /** Whether a plain selector map ({@code app: bot}) selects these labels; an empty map selects nothing here. */
    static boolean mapMatches(Node selector, Node labels) {
        List<NodeTuple> wanted = Yaml.entries(selector);
        if (wanted.isEmpty()) {
            return false;
        }
        for (NodeTuple t : wanted) {
            String key = Yaml.text(t.getKeyNode());
            if (key == null || !Objects.equals(Yaml.text(Yaml.get(labels, key)), Yaml.text(t.getValueNode()))) {
                return false;
            }
        }
        return true;
    }

    /** Whether a LabelSelector ({@code matchLabels}, {@code matchExpressions}) selects these labels; an empty one selects all. */
    static boolean matches(Node selector, Node labels) {
        for (NodeTuple t : Yaml.entries(Yaml.get(selector, "matchLabels"))) {
            String key = Yaml.text(t.getKeyNode());
            if (key == null || !Objects.equals(Yaml.text(Yaml.get(labels, key)), Yaml.text(t.getValueNode()))) {
                return false;
            }
        }
        for (Node e : Yaml.items(Yaml.get(selector, "matchExpressions"))) {
            String key = Yaml.text(e, "key");
            String op = Yaml.text(e, "operator");
            if (key == null || op == null || !expression(Yaml.text(Yaml.get(labels, key)), op, Yaml.strings(Yaml.get(e, "values")))) {
                return false;
            }
        }
        return true;
    }

    /** Whether a selector has no requirement at all (it selects every pod of its namespace). */
    static boolean isEmpty(Node selector) {
        return Yaml.entries(Yaml.get(selector, "matchLabels")).isEmpty() && Yaml.items(Yaml.get(selector, "matchExpressions")).isEmpty();
    }

    /** Whether the string form ({@code app=bot,tier!=db,env in (a,b),!legacy}) selects these labels. */
    static boolean stringMatches(String selector, Node labels) {
        for (String requirement : split(selector)) {
            String r = requirement.strip();
            if (r.isEmpty()) {
                continue;
            }
            java.util.regex.Matcher set = java.util.regex.Pattern.compile("^(\\S+)\\s+(in|notin)\\s*\\((.*)\\)$").matcher(r);
            boolean ok;
            if (set.matches()) {
                List<String> values = Arrays.stream(set.group(3).split(",")).map(String::strip).toList();
                ok = expression(Yaml.text(Yaml.get(labels, set.group(1))), set.group(2).equals("in") ? "In" : "NotIn", values);
            } else if (r.startsWith("!")) {
                ok = Yaml.get(labels, r.substring(1).strip()) == null;
            } else if (r.contains("!=")) {
                String[] kv = r.split("!=", 2);
                ok = !Objects.equals(Yaml.text(Yaml.get(labels, kv[0].strip())), kv[1].strip());
            } else if (r.contains("=")) {
                String[] kv = r.split("==?", 2);
                ok = Objects.equals(Yaml.text(Yaml.get(labels, kv[0].strip())), kv[1].strip());
            } else {
                ok = Yaml.get(labels, r) != null;
            }
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    private static boolean expression(String value, String operator, List<String> values) {
        return switch (operator) {
            case "In" -> value != null && values.contains(value);
            case "NotIn" -> value == null || !values.contains(value);
            case "Exists" -> value != null;
            case "DoesNotExist" -> value == null;
            default -> false;
        };
    }

    /** Splits on commas outside parentheses. */
    private static List<String> split(String selector) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        StringBuilder current = new StringBuilder();
        for (char c : selector.toCharArray()) {
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            }
            if (c == ',' && depth == 0) {
                out.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        out.add(current.toString());
        return out;
    }
}
