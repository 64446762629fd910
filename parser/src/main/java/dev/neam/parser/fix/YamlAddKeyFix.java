package dev.neam.parser.fix;

import java.util.List;
import java.util.Optional;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.NodeTuple;

/**
 * Deploy YAML: a key the check wants set ({@code key: value} from the fix data) in the block
 * mapping the finding stands in, or in its mapping {@code under} (a container's
 * {@code securityContext}, a probe's {@code httpGet}), which is created with the file's indentation
 * when it is missing. No fix when the key is there already or the place is written in flow style.
 */
final class YamlAddKeyFix implements FixFamily {

    @Override
    public List<Fix> fixes(FixContext context) {
        Optional<String> key = context.data("key");
        Optional<String> value = context.data("value");
        Optional<YamlEdits> yaml = context.isNeam() || key.isEmpty() || value.isEmpty() ? Optional.empty()
                : YamlEdits.of(context.text());
        Optional<MappingNode> owner = yaml.flatMap(y -> y.mappingAt(context.range().start()));
        if (owner.isEmpty()) {
            return List.of();
        }
        YamlEdits edits = yaml.get();
        String entry = key.get() + ": " + value.get();
        Optional<String> under = context.data("under");
        TextEdit edit;
        if (under.isEmpty()) {
            if (YamlEdits.entry(owner.get(), key.get()) != null) {
                return List.of();
            }
            edit = edits.append(owner.get(), " ".repeat(edits.column(owner.get())), List.of(entry));
        } else {
            NodeTuple nested = YamlEdits.entry(owner.get(), under.get());
            if (nested == null) {
                String indent = " ".repeat(edits.column(owner.get()));
                edit = edits.append(owner.get(), indent, List.of(under.get() + ":", edits.step(owner.get()) + entry));
            } else if (nested.getValueNode() instanceof MappingNode inner && inner.getFlowStyle() == FlowStyle.BLOCK
                    && !inner.getValue().isEmpty() && YamlEdits.entry(inner, key.get()) == null) {
                edit = edits.append(inner, " ".repeat(edits.column(inner)), List.of(entry));
            } else {
                return List.of();
            }
        }
        String where = under.map(u -> u + ".").orElse("");
        return List.of(new Fix("add-key", "Add " + where + entry, List.of(edit), true));
    }
}
