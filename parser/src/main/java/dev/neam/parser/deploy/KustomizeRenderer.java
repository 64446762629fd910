package dev.neam.parser.deploy;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Renders kustomizations in-process, as {@code kustomize build} would, from the deploy files the
 * analysis was given (no kustomize binary, no disk reads): resources (files and folders, recursively),
 * components, generators, patches and the namespace, name, label, replica and image transformers,
 * in Kustomize's order. Each folder is rendered once and shared by the overlays that include it.
 */
final class KustomizeRenderer {
    private final DeployContext context;
    private final KustomizeGenerators generators;
    private final KustomizePatches patches;
    private final KustomizeTransforms transforms;
    private final Map<String, KustomizeBuild> builds = new HashMap<>();
    private final Set<String> building = new HashSet<>();

    KustomizeRenderer(DeployContext context) {
        this.context = context;
        Trees trees = new Trees(context.origins);
        this.generators = new KustomizeGenerators(context, trees);
        this.patches = new KustomizePatches(context, trees);
        this.transforms = new KustomizeTransforms(context, trees);
    }

    /** The kustomization file of a folder among the deploy files, or null. */
    ParsedFile kustomizationIn(String folder) {
        for (String name : context.facts.kustomizationFiles) {
            ParsedFile file = context.file(folder.isEmpty() ? name : folder + "/" + name);
            if (file != null && file.kind == DeployFileKind.KUSTOMIZATION) {
                return file;
            }
        }
        return null;
    }

    /** The output of the kustomization in a folder (an empty, incomplete build for a cycle). */
    KustomizeBuild build(String folder) {
        KustomizeBuild done = builds.get(folder);
        if (done != null) {
            return done;
        }
        if (!building.add(folder)) {
            return new KustomizeBuild(folder, false);
        }
        try {
            KustomizeBuild build = new KustomizeBuild(folder, context.wholeProject);
            ParsedFile file = kustomizationIn(folder);
            if (file != null) {
                apply(file, folder, build);
            }
            builds.put(folder, build);
            return build;
        } finally {
            building.remove(folder);
        }
    }

    /** Applies a kustomization (or a component) to the build: its resources join, then its generators, patches and transformers run. */
    private void apply(ParsedFile file, String folder, KustomizeBuild build) {
        Node doc = file.documents().isEmpty() ? null : file.documents().get(0);
        if (doc == null) {
            return;
        }
        String inherited = null;
        Node inheritedNode = null;
        boolean oneNamespace = true;
        for (String list : List.of("resources", "bases")) {
            for (Node item : Yaml.items(Yaml.get(doc, list))) {
                KustomizeBuild base = resource(folder, item, build);
                if (base != null) {
                    if (inheritedNode == null && base.namespace != null) {
                        inherited = base.namespace;
                        inheritedNode = base.namespaceNode;
                    }
                    oneNamespace &= base.namespace == null || base.namespace.equals(inherited);
                }
            }
        }
        if (oneNamespace && inherited != null && build.namespace == null) {
            build.namespace = inherited;
            build.namespaceNode = inheritedNode;
        }
        for (Node item : Yaml.items(Yaml.get(doc, "components"))) {
            component(folder, item, build);
        }
        generators.apply(doc, build);
        patches.applyFirst(file, doc, folder, build);
        transforms.namespace(doc, build);
        transforms.names(doc, build);
        transforms.labels(doc, build);
        patches.applyJson6902(file, doc, folder, build);
        transforms.replicas(doc, build);
        transforms.images(doc, build);
    }

    /** Adds a resource (a file, or a folder's kustomization); returns the included build of a folder. */
    private KustomizeBuild resource(String folder, Node item, KustomizeBuild build) {
        String path = Yaml.text(item);
        if (path == null || path.isBlank()) {
            return null;
        }
        String resolved = KustomizeCheck.isRemote(path) ? null : KustomizeCheck.resolve(folder, path);
        if (resolved == null) {
            build.complete = false;
            return null;
        }
        if (kustomizationIn(resolved) != null) {
            KustomizeBuild base = build(resolved);
            build.include(base);
            return base;
        }
        ParsedFile file = context.file(resolved);
        if (file == null || file.kind != DeployFileKind.KUBERNETES) {
            build.complete = false; // missing (DEPLOY6001), a folder without kustomization, or not a manifest
            return null;
        }
        build.consumed.add(file);
        build.objects.addAll(objects(file));
        return null;
    }

    private void component(String folder, Node item, KustomizeBuild build) {
        String path = Yaml.text(item);
        String resolved = path == null || KustomizeCheck.isRemote(path) ? null : KustomizeCheck.resolve(folder, path);
        ParsedFile file = resolved == null ? null : kustomizationIn(resolved);
        if (file == null || !building.add("component:" + resolved)) {
            build.complete = false;
            return;
        }
        try {
            apply(file, resolved, build);
        } finally {
            building.remove("component:" + resolved);
        }
    }

    /** The objects of a manifest file: each document with apiVersion and kind, and the items of a List. */
    static List<K8sObject> objects(ParsedFile file) {
        return file.documents().stream().flatMap(doc -> {
            if ("List".equals(Yaml.text(doc, "kind")) || (Objects.toString(Yaml.text(doc, "kind"), "").endsWith("List")
                    && Yaml.get(doc, "items") != null)) {
                return Yaml.items(Yaml.get(doc, "items")).stream();
            }
            return Stream.of(doc);
        }).map(K8sObject::of).filter(Objects::nonNull).toList();
    }
}
