package dev.neam.parser.deploy;

import dev.neam.parser.diagnostic.DiagnosticCode;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * kustomization.yaml: every resource, component, base and patch it names must exist (relative to
 * its folder; remote URLs are not checked). Patch files are remembered as partial objects.
 */
final class KustomizeCheck implements DeployCheck {

    @Override
    public void check(DeployContext context) {
        for (ParsedFile file : context.files(DeployFileKind.KUSTOMIZATION)) {
            String folder = folder(file.input.relative());
            for (Node doc : file.yaml.documents()) {
                for (String list : List.of("resources", "components", "bases", "crds")) {
                    for (Node item : Yaml.items(Yaml.get(doc, list))) {
                        exists(context, file, folder, item, list, false);
                    }
                }
                for (Node item : Yaml.items(Yaml.get(doc, "patchesStrategicMerge"))) {
                    exists(context, file, folder, item, "patchesStrategicMerge", true);
                }
                for (String list : List.of("patches", "patchesJson6902")) {
                    for (Node patch : Yaml.items(Yaml.get(doc, list))) {
                        Node path = Yaml.get(patch, "path");
                        if (path != null) {
                            exists(context, file, folder, path, list, true);
                        }
                    }
                }
            }
        }
    }

    private static void exists(DeployContext context, ParsedFile file, String folder, Node item, String list, boolean patch) {
        String path = Yaml.text(item);
        if (path == null || path.isBlank() || isRemote(path) || path.contains("\n")) {
            return; // inline patches and remote bases are not files of the project
        }
        String resolved = resolve(folder, path);
        if (resolved == null) {
            return; // outside the project: not ours to check
        }
        if (patch) {
            context.patches.add(resolved);
        }
        if (!context.lookup.exists(resolved)) {
            context.report(file, DiagnosticCode.DEPLOY_KUSTOMIZE_MISSING, file.range(item), list + " entry '" + path
                    + "' does not exist (looked for " + resolved + ")");
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
