package dev.neam.parser.deploy;

import dev.neam.parser.diagnostic.DiagnosticCode;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;

/**
 * kustomization.yaml itself: every resource, component, base and patch it names must exist
 * (relative to its folder; remote URLs are not checked), and fields deprecated in Kustomize 5 are
 * noted with their replacement (DEPLOY6006). What the build outputs is checked on its rendering.
 */
final class KustomizeCheck implements DeployCheck {

    @Override
    public void check(DeployContext context) {
        for (ParsedFile file : context.files(DeployFileKind.KUSTOMIZATION)) {
            String folder = folder(file.relative());
            for (Node doc : file.documents()) {
                for (String list : List.of("resources", "components", "bases", "crds")) {
                    for (Node item : Yaml.items(Yaml.get(doc, list))) {
                        exists(context, folder, item, list);
                    }
                }
                for (Node item : Yaml.items(Yaml.get(doc, "patchesStrategicMerge"))) {
                    if (!isInline(Yaml.text(item))) {
                        exists(context, folder, item, "patchesStrategicMerge");
                    }
                }
                for (String list : List.of("patches", "patchesJson6902")) {
                    for (Node patch : Yaml.items(Yaml.get(doc, list))) {
                        Node path = Yaml.get(patch, "path");
                        if (path != null) {
                            exists(context, folder, path, list);
                        }
                    }
                }
                deprecated(context, doc);
            }
        }
    }

    /** The deploy files a kustomization uses as patches (they are partial objects, never deployed as such). */
    static Set<ParsedFile> patchFiles(DeployContext context, String folder, Node doc) {
        Set<ParsedFile> out = new LinkedHashSet<>();
        for (Node item : Yaml.items(Yaml.get(doc, "patchesStrategicMerge"))) {
            if (!isInline(Yaml.text(item))) {
                add(context, folder, Yaml.text(item), out);
            }
        }
        for (String list : List.of("patches", "patchesJson6902")) {
            for (Node patch : Yaml.items(Yaml.get(doc, list))) {
                add(context, folder, Yaml.text(patch, "path"), out);
            }
        }
        return out;
    }

    private static void add(DeployContext context, String folder, String path, Set<ParsedFile> out) {
        String resolved = path == null || isRemote(path) ? null : resolve(folder, path);
        ParsedFile file = resolved == null ? null : context.file(resolved);
        if (file != null) {
            out.add(file);
        }
    }

    /** Whether a patchesStrategicMerge entry is the patch itself rather than a file name. */
    static boolean isInline(String text) {
        return text == null || text.contains("\n") || text.strip().startsWith("apiVersion") || text.strip().startsWith("kind");
    }

    private static void exists(DeployContext context, String folder, Node item, String list) {
        String path = Yaml.text(item);
        if (path == null || path.isBlank() || isRemote(path) || path.contains("\n")) {
            return; // inline patches and remote bases are not files of the project
        }
        String resolved = resolve(folder, path);
        if (resolved == null) {
            return; // outside the project: not ours to check
        }
        if (!context.lookup.exists(resolved)) {
            context.report(null, item, DiagnosticCode.DEPLOY_KUSTOMIZE_MISSING, list + " entry '" + path
                    + "' does not exist (looked for " + resolved + ")");
        }
    }

    /** Fields Kustomize 5 deprecates, each with what replaces it; {@code bases} can simply be renamed when there is no {@code resources}. */
    private static void deprecated(DeployContext context, Node doc) {
        Map<String, String> replacements = new LinkedHashMap<>();
        context.catalog.check("DEPLOY6006").parameters().getAsJsonObject("replacements").entrySet()
                .forEach(e -> replacements.put(e.getKey(), e.getValue().getAsString()));
        for (NodeTuple t : Yaml.entries(doc)) {
            String key = Yaml.text(t.getKeyNode());
            String replacement = key == null ? null : replacements.get(key);
            if (replacement == null) {
                continue;
            }
            String message = "'" + key + "' is deprecated since Kustomize 5: use " + replacement + " (kustomize edit fix rewrites it)";
            if (key.equals("bases") && Yaml.get(doc, "resources") == null) {
                context.report(null, t.getKeyNode(), DiagnosticCode.DEPLOY_KUSTOMIZE_DEPRECATED, null, message, List.of(),
                        Map.of("fix", "rename", "replacement", "resources"));
            } else {
                context.report(null, t.getKeyNode(), DiagnosticCode.DEPLOY_KUSTOMIZE_DEPRECATED, message);
            }
        }
    }

    static boolean isRemote(String path) {
        return path.contains("://") || path.startsWith("github.com/") || path.startsWith("git@") || path.contains("?ref=");
    }

    static String folder(String relative) {
        int slash = relative.lastIndexOf('/');
        return slash < 0 ? "" : relative.substring(0, slash);
    }

    /** {@code folder/path} normalised; null when it leaves the project or is absolute. */
    static String resolve(String folder, String path) {
        if (path.startsWith("/")) {
            return null;
        }
        Deque<String> parts = new ArrayDeque<>();
        for (String p : (folder.isEmpty() ? path : folder + "/" + path).split("/")) {
            if (p.isEmpty() || p.equals(".")) {
                continue;
            }
            if (p.equals("..")) {
                if (parts.isEmpty()) {
                    return null;
                }
                parts.removeLast();
            } else {
                parts.addLast(p);
            }
        }
        return parts.isEmpty() ? null : String.join("/", parts);
    }
}
