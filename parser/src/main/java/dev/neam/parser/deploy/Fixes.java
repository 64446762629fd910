package dev.neam.parser.deploy;

import java.util.Map;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/** The fix data deploy checks attach to a finding whose repair is certain. */
final class Fixes {
    private Fixes() {
    }

    /** The scalar at the finding becomes {@code value}, written in the scalar's own quoting (none when it cannot be). */
    static Map<String, String> replace(Node scalar, String value) {
        if (!(scalar instanceof ScalarNode s) || s.getValue().isEmpty()) {
            return Map.of();
        }
        String written = s.getScalarStyle() == ScalarStyle.DOUBLE_QUOTED ? "\"" + value + "\""
                : s.getScalarStyle() == ScalarStyle.SINGLE_QUOTED ? "'" + value + "'"
                : s.getScalarStyle() == ScalarStyle.PLAIN ? value : null;
        return written == null ? Map.of() : Map.of("fix", "replace", "replacement", written);
    }

    /** {@code key: value} is added to the mapping {@code under} of the block mapping the finding stands in. */
    static Map<String, String> addKey(String under, String key, String value) {
        return Map.of("fix", "yaml-add-key", "under", under, "key", key, "value", value);
    }
}
