package dev.neam.parser.fix;

import java.util.List;
import java.util.Optional;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.NodeTuple;

/**
 * Deploy YAML: an environment variable set to a literal key ({@code value: sk-…}) takes it from a
 * Secret instead: {@code valueFrom.secretKeyRef} with the Secret's name from the fix data and the
 * variable's name as the key. Only in block style; the literal is gone afterwards.
 */
final class SecretKeyRefFix implements FixFamily {

    @Override
    public List<Fix> fixes(FixContext context) {
        Optional<String> variable = context.data("name");
        Optional<String> secret = context.data("secret");
        Optional<YamlEdits> yaml = context.isNeam() || variable.isEmpty() || secret.isEmpty() ? Optional.empty()
                : YamlEdits.of(context.text());
        Optional<MappingNode> env = yaml.flatMap(y -> y.mappingAt(context.range().start()));
        if (env.isEmpty()) {
            return List.of();
        }
        YamlEdits edits = yaml.get();
        NodeTuple value = YamlEdits.entry(env.get(), "value");
        if (value == null || YamlEdits.entry(env.get(), "valueFrom") != null
                || edits.start(value.getValueNode()) != context.text().offsetAt(context.range().start())) {
            return List.of();
        }
        String indent = " ".repeat(edits.column(value.getKeyNode()));
        String step = edits.step(env.get());
        String newline = Layout.newline(context.text());
        String replacement = "valueFrom:" + newline + indent + step + "secretKeyRef:" + newline
                + indent + step + step + "name: " + secret.get() + newline
                + indent + step + step + "key: " + variable.get();
        TextEdit edit = new TextEdit(context.text().range(edits.start(value.getKeyNode()), edits.contentEnd(value.getValueNode())),
                replacement);
        return List.of(new Fix("secret-key-ref", "Take " + variable.get() + " from Secret '" + secret.get() + "'",
                List.of(edit), true));
    }
}
