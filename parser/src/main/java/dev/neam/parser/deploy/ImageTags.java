package dev.neam.parser.deploy;

import dev.neam.parser.diagnostic.DiagnosticCode;
import org.snakeyaml.engine.v2.nodes.Node;

/** DEPLOY6003 for any image reference in YAML: a tag is required and must not be a mutable one such as latest. */
final class ImageTags {
    private ImageTags() {
    }

    /** Checks an image reference in YAML (of a deployed workload when {@code unit} is given). */
    static void check(DeployContext context, DeployUnit unit, Node image) {
        String text = Yaml.text(image);
        if (text == null || text.isBlank() || text.contains("{{") || text.contains("$")) {
            return;
        }
        String problem = problem(context, text);
        if (problem != null) {
            context.report(unit, image, DiagnosticCode.DEPLOY_IMAGE_TAG, problem);
        }
    }

    /** Why an image reference is not pinned, or null. */
    static String problem(DeployContext context, String image) {
        if (Images.hasDigest(image)) {
            return null;
        }
        String tag = Images.tag(image);
        if (tag == null) {
            return "image '" + image + "' has no tag, so it means ':latest'; pin a version";
        }
        if (context.catalog.strings("DEPLOY6003", "mutableTags").contains(tag)) {
            return "image '" + image + "' uses the mutable tag '" + tag + "'; pin a version";
        }
        return null;
    }
}
