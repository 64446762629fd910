package dev.neam.parser.deploy;

import dev.neam.parser.diagnostic.Diagnostic;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/** The fix data deploy checks attach to a finding whose repair is certain. */
final class Fixes {
    private Fixes() {
    }

    /** The scalar at the finding becomes {@code value}, written in the scalar's own quoting. */
    static Diagnostic replace(Diagnostic d, Node scalar, String value) {
        if (!(scalar instanceof ScalarNode s) || s.getValue().isEmpty()) {
            return d;
        }
        String written = s.getScalarStyle() == ScalarStyle.DOUBLE_QUOTED ? "\"" + value + "\""
                : s.getScalarStyle() == ScalarStyle.SINGLE_QUOTED ? "'" + value + "'"
                : s.getScalarStyle() == ScalarStyle.PLAIN ? value : null;
        return written == null ? d : d.withData("fix", "replace").withData("replacement", written);
    }

    /** {@code key: value} is added to the mapping {@code under} of the block mapping the finding stands in. */
    static Diagnostic addKey(Diagnostic d, String under, String key, String value) {
        return d.withData("fix", "yaml-add-key").withData("under", under).withData("key", key).withData("value", value);
    }
}
