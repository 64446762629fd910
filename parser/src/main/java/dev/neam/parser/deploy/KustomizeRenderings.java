package dev.neam.parser.deploy;

import dev.neam.parser.manifest.FileLookup;
import dev.neam.parser.text.Range;
import java.util.ArrayList;
import java.util.List;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * What each deployment unit of a project applies, as the deploy analysis renders it (Kustomize
 * builds in-process, folders of manifests as they are), with the origin of every node: for tools
 * that show the rendering and for tests that compare it with a golden copy.
 */
public final class KustomizeRenderings {

    /** Where a node came from: the project-relative file and the range of its text. */
    public record Location(String relative, Range range) {
    }

    /**
     * One unit.
     *
     * @param folder   the kustomization's (or the manifests') folder
     * @param overlay  the overlay's name, or null when the unit is not an overlay
     * @param complete whether every resource was read
     * @param objects  the objects it applies, in Kustomize's order
     */
    public record Unit(String folder, String overlay, boolean complete, List<Node> objects) {
    }

    private final DeployContext context;

    private KustomizeRenderings(DeployContext context) {
        this.context = context;
    }

    /** Renders the units of a project's deploy files (all of them: the whole project). */
    public static KustomizeRenderings of(List<DeployInput> files, FileLookup lookup) {
        List<ParsedFile> parsed = files.stream().map(ParsedFile::new).toList();
        return new KustomizeRenderings(new DeployContext(parsed, new ManifestSettings(null, null), lookup, true));
    }

    public List<Unit> units() {
        List<Unit> out = new ArrayList<>();
        for (DeployUnit u : context.units) {
            out.add(new Unit(u.folder(), u.overlay(), u.complete(), u.objects().stream().map(K8sObject::root).toList()));
        }
        return out;
    }

    /** Where a node of the rendering came from, or null for a node that is not one of them. */
    public Location origin(Node node) {
        Origin origin = context.origins.of(node);
        return origin == null ? null : new Location(origin.file().relative(), origin.range());
    }
}
