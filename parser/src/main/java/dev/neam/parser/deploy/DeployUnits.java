package dev.neam.parser.deploy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Splits a project's manifests into what is deployed together: every kustomization that no other
 * kustomization includes is rendered (an overlay when it includes a base, named after its folder);
 * manifests that no kustomization reads are grouped by folder, as {@code kubectl apply -f folder}
 * would apply them. Patch files are never deployed on their own.
 */
final class DeployUnits {
    private DeployUnits() {
    }

    static List<DeployUnit> of(DeployContext context) {
        List<ParsedFile> kustomizations = context.files(DeployFileKind.KUSTOMIZATION);
        Set<String> included = new HashSet<>();
        Set<ParsedFile> patchFiles = new HashSet<>();
        for (ParsedFile k : kustomizations) {
            String folder = KustomizeCheck.folder(k.relative());
            for (Node doc : k.documents()) {
                for (String list : List.of("resources", "bases", "components")) {
                    for (Node item : Yaml.items(Yaml.get(doc, list))) {
                        String resolved = Yaml.text(item) == null ? null : KustomizeCheck.resolve(folder, Yaml.text(item));
                        if (resolved != null && context.kustomize.kustomizationIn(resolved) != null) {
                            included.add(resolved);
                        }
                    }
                }
                patchFiles.addAll(KustomizeCheck.patchFiles(context, folder, doc));
            }
        }
        List<KustomizeBuild> roots = new ArrayList<>();
        for (ParsedFile k : kustomizations) {
            String folder = KustomizeCheck.folder(k.relative());
            Node doc = k.documents().isEmpty() ? null : k.documents().get(0);
            if (!included.contains(folder) && !"Component".equals(Yaml.text(doc, "kind"))) {
                roots.add(context.kustomize.build(folder));
            }
        }
        List<DeployUnit> units = new ArrayList<>();
        Set<ParsedFile> consumed = new HashSet<>(patchFiles);
        Map<String, Integer> lastSegments = new LinkedHashMap<>();
        roots.forEach(b -> lastSegments.merge(lastSegment(b.folder), 1, Integer::sum));
        for (KustomizeBuild build : roots) {
            consumed.addAll(build.consumed);
            String name = lastSegments.get(lastSegment(build.folder)) > 1 ? build.folder : lastSegment(build.folder);
            units.add(new DeployUnit(build.overlay ? name : null, build.folder, build.objects, build.complete, build.namespace,
                    build.namespaceNode));
        }
        Map<String, List<K8sObject>> byFolder = new LinkedHashMap<>();
        for (ParsedFile file : context.files(DeployFileKind.KUBERNETES)) {
            if (!consumed.contains(file)) {
                byFolder.computeIfAbsent(KustomizeCheck.folder(file.relative()), f -> new ArrayList<>())
                        .addAll(KustomizeRenderer.objects(file));
            }
        }
        for (Map.Entry<String, List<K8sObject>> e : byFolder.entrySet()) {
            boolean complete = context.wholeProject && context.kustomize.kustomizationIn(e.getKey()) == null;
            units.add(new DeployUnit(null, e.getKey(), e.getValue(), complete, null, null));
        }
        return List.copyOf(units);
    }

    private static String lastSegment(String folder) {
        return folder.substring(folder.lastIndexOf('/') + 1);
    }
}
