package dev.neam.tests.project;

import static org.assertj.core.api.Assertions.assertThat;

import dev.neam.parser.deploy.DeployFileKind;
import dev.neam.parser.deploy.DeployFiles;
import dev.neam.parser.deploy.DeployInput;
import dev.neam.parser.deploy.KustomizeRenderings;
import dev.neam.parser.manifest.FileLookup;
import dev.neam.tests.support.Goldens;
import dev.neam.tests.support.RepoPaths;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Each overlay of samples/ rendered in-process (as the deploy checks see it) equals its golden
 * rendering: the objects in Kustomize's order, every value followed by the file and line it came
 * from (the overlay's patch, a component, else the base), so a change of the rendering or of the
 * provenance shows in review. Rewrite with -DupdateGoldens=true. Unlike {@code kustomize build}, generated
 * names carry no content hash and references to renamed objects keep the names they were written with
 * (the checks find an object by any name it had).
 */
class KustomizeRenderingGoldenTest {

    @Test
    void eachOverlayOfTheSamplesRendersAsItsGolden() throws IOException {
        assertThat(renderOverlays(RepoPaths.repoRoot().resolve("samples"), "samples"))
                .containsExactlyInAnyOrder("dev", "staging", "production");
    }

    /**
     * A project that uses every generator and transformer the analysis renders: a base that includes
     * another kustomization folder, a component, namespace, namePrefix and nameSuffix, commonLabels
     * and labels, images, replicas, config map and secret generators (merged by the overlay), patches
     * from a file and inline with a label-selector target, and the old patchesStrategicMerge and
     * patchesJson6902 spellings.
     */
    @Test
    void everyRenderedKustomizeFeatureRendersAsItsGolden() throws IOException {
        assertThat(renderOverlays(RepoPaths.repoRoot().resolve("tests/src/test/resources/kustomize/features"), "features"))
                .containsExactly("prod");
    }

    /** Renders each overlay of a project and compares it with goldens/kustomize/PREFIX-OVERLAY.yaml; returns the overlays. */
    private static List<String> renderOverlays(Path project, String prefix) throws IOException {
        KustomizeRenderings renderings = KustomizeRenderings.of(inputs(project), relative -> Files.exists(project.resolve(relative)));
        List<String> overlays = new ArrayList<>();
        for (KustomizeRenderings.Unit unit : renderings.units()) {
            if (unit.overlay() == null) {
                continue;
            }
            overlays.add(unit.overlay());
            assertThat(unit.complete()).as("overlay %s reads all its resources", unit.overlay()).isTrue();
            StringBuilder out = new StringBuilder("# kustomize build " + unit.folder() + " (rendered by the deploy analysis)\n");
            for (Node object : unit.objects()) {
                out.append("---\n");
                emit(renderings, object, "", out);
            }
            Goldens.check(RepoPaths.repoRoot().resolve("tests/src/test/resources/goldens/kustomize/" + prefix + "-" + unit.overlay() + ".yaml"),
                    out.toString(), "rewrite it with ./mvnw -B verify -DupdateGoldens=true and review the diff");
        }
        return overlays;
    }

    /** The project's deploy files, classified as lint classifies them. */
    static List<DeployInput> inputs(Path root) throws IOException {
        FileLookup lookup = relative -> Files.exists(root.resolve(relative));
        DeployFiles files = DeployFiles.defaults();
        List<DeployInput> out = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                String relative = root.relativize(p).toString().replace('\\', '/');
                DeployFileKind kind = files.classify(relative, lookup);
                if (kind != null) {
                    out.add(new DeployInput(p.toString(), relative, kind, Files.readString(p)));
                }
            }
        }
        return out;
    }

    /** Block-style YAML; each scalar value carries its origin as a comment. */
    private static void emit(KustomizeRenderings renderings, Node node, String indent, StringBuilder out) {
        if (node instanceof MappingNode map) {
            for (NodeTuple t : map.getValue()) {
                out.append(indent).append(scalar(t.getKeyNode())).append(':');
                value(renderings, t.getValueNode(), indent + "  ", out);
            }
        } else if (node instanceof SequenceNode seq) {
            for (Node item : seq.getValue()) {
                out.append(indent).append('-');
                value(renderings, item, indent + "  ", out);
            }
        }
    }

    private static void value(KustomizeRenderings renderings, Node value, String indent, StringBuilder out) {
        if (value instanceof ScalarNode) {
            out.append(' ').append(scalar(value)).append("  # ").append(origin(renderings, value)).append('\n');
        } else if ((value instanceof MappingNode m && m.getValue().isEmpty()) || (value instanceof SequenceNode s && s.getValue().isEmpty())) {
            out.append(value instanceof MappingNode ? " {}" : " []").append('\n');
        } else {
            out.append('\n');
            emit(renderings, value, indent, out);
        }
    }

    private static String origin(KustomizeRenderings renderings, Node node) {
        KustomizeRenderings.Location at = renderings.origin(node);
        return at == null ? "(no origin)" : at.relative() + ":" + (at.range().start().line() + 1);
    }

    /** A scalar as plain text, or double-quoted (JSON escapes) when it was quoted or plain YAML would read it otherwise. */
    private static String scalar(Node node) {
        String text = ((ScalarNode) node).getValue();
        boolean plain = ((ScalarNode) node).isPlain() && !text.isEmpty() && text.strip().equals(text) && !text.contains(": ") && !text.contains(" #")
                && !text.contains("\n") && "-?:,[]{}#&*!|>'\"%@`".indexOf(text.charAt(0)) < 0;
        if (plain) {
            return text;
        }
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }
}
