package dev.neam.parser.deploy;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * A kustomization rendered in-process: the objects it outputs, and what the rendering learnt on the
 * way. Mutable while the renderer fills it, then shared by every build that includes it.
 */
final class KustomizeBuild {
    final String folder;
    final List<K8sObject> objects = new ArrayList<>();
    /** The resource and patch files it read (they are not deployed on their own). */
    final Set<ParsedFile> consumed = new LinkedHashSet<>();
    /** Whether every resource was read: no remote, missing or unreadable resource, and the whole project was given. */
    boolean complete;
    /** Whether it includes another kustomization (it is an overlay of that base). */
    boolean overlay;
    /** The namespace it sets (or inherits from the bases it includes), and where. */
    String namespace;
    Node namespaceNode;

    KustomizeBuild(String folder, boolean complete) {
        this.folder = folder;
        this.complete = complete;
    }

    /** Takes in the output of an included kustomization. */
    void include(KustomizeBuild base) {
        objects.addAll(base.objects);
        consumed.addAll(base.consumed);
        complete &= base.complete;
        overlay = true;
    }
}
