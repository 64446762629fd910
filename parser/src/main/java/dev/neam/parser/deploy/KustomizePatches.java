package dev.neam.parser.deploy;

import dev.neam.parser.diagnostic.Diagnostic;
import dev.neam.parser.diagnostic.DiagnosticCode;
import dev.neam.parser.manifest.Suggestions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * The patches of a kustomization: {@code patches} (strategic merge or JSON 6902, from a file or
 * inline, with an optional {@code target}), and the older {@code patchesStrategicMerge} and
 * {@code patchesJson6902}. A patch that targets nothing (DEPLOY6004) and a JSON patch path missing
 * in the object (DEPLOY6005) are reported at the patch, as {@code kustomize build} fails on them;
 * a patch that targets nothing is reported only when every resource of the build is known.
 */
final class KustomizePatches {
    private final DeployContext context;
    private final Trees trees;
    private final JsonPatch jsonPatch;

    /** A patch's content with what selects its objects. */
    private record Patch(List<Node> documents, Node target, Node anchor) {
        boolean isJson() {
            return documents.size() == 1 && documents.get(0) instanceof SequenceNode;
        }
    }

    KustomizePatches(DeployContext context, Trees trees) {
        this.context = context;
        this.trees = trees;
        this.jsonPatch = new JsonPatch(trees);
    }

    /** patchesStrategicMerge, then patches (Kustomize applies them before the namespace and name transformers). */
    void applyFirst(ParsedFile file, Node kustomization, String folder, KustomizeBuild build) {
        for (Node item : Yaml.items(Yaml.get(kustomization, "patchesStrategicMerge"))) {
            Patch patch = KustomizeCheck.isInline(Yaml.text(item)) ? inline(file, item, null, item) : fromFile(folder, item, null, item, build);
            if (patch != null) {
                apply(patch, build, false);
            }
        }
        for (Node entry : Yaml.items(Yaml.get(kustomization, "patches"))) {
            Patch patch = entry(file, folder, entry, build);
            if (patch != null) {
                apply(patch, build, false);
            }
        }
    }

    /** patchesJson6902 (applied after the name transformers). */
    void applyJson6902(ParsedFile file, Node kustomization, String folder, KustomizeBuild build) {
        for (Node entry : Yaml.items(Yaml.get(kustomization, "patchesJson6902"))) {
            Patch patch = entry(file, folder, entry, build);
            if (patch != null) {
                apply(patch, build, true);
            }
        }
    }

    private Patch entry(ParsedFile file, String folder, Node entry, KustomizeBuild build) {
        Node target = Yaml.get(entry, "target");
        Node inline = Yaml.get(entry, "patch");
        Node path = Yaml.get(entry, "path");
        if (Yaml.text(inline) != null) {
            return inline(file, inline, target, Yaml.key(entry, "patch"));
        }
        return Yaml.text(path) == null ? null : fromFile(folder, path, target, path, build);
    }

    private Patch inline(ParsedFile file, Node text, Node target, Node anchor) {
        EmbeddedYaml.Parsed parsed = EmbeddedYaml.parse(file, text, context.origins);
        for (Diagnostic d : parsed.syntax()) {
            context.report(file, new Diagnostic(d.code(), d.severity(), "in the inline patch: " + d.message(), d.range(), d.related(), d.data()));
        }
        return parsed.syntax().isEmpty() ? new Patch(parsed.documents(), target, anchor) : null;
    }

    private Patch fromFile(String folder, Node path, Node target, Node anchor, KustomizeBuild build) {
        String resolved = KustomizeCheck.resolve(folder, Yaml.text(path));
        ParsedFile patchFile = resolved == null ? null : context.file(resolved);
        if (patchFile == null || patchFile.yaml == null) {
            build.complete = false; // missing (DEPLOY6001 says so) or not a file we read
            return null;
        }
        build.consumed.add(patchFile);
        return new Patch(patchFile.documents(), target, anchor);
    }

    private void apply(Patch patch, KustomizeBuild build, boolean jsonOnly) {
        if (patch.isJson()) {
            if (patch.target() == null) {
                context.report(null, patch.anchor(), DiagnosticCode.DEPLOY_KUSTOMIZE_PATCH_TARGET,
                        "a JSON 6902 patch needs a target: the kind and name of the object it changes");
                return;
            }
            List<Integer> selected = select(build, patch.target());
            if (selected.isEmpty()) {
                nothingSelected(patch.target(), build);
            }
            for (int i : selected) {
                K8sObject object = build.objects.get(i);
                List<JsonPatch.Problem> problems = new ArrayList<>();
                Node patched = jsonPatch.apply(object.root(), patch.documents().get(0), object.label(), problems);
                problems.forEach(p -> context.report(null, p.at(), DiagnosticCode.DEPLOY_KUSTOMIZE_PATCH_PATH, p.message()));
                build.objects.set(i, object.withRoot(patched));
            }
            return;
        }
        if (jsonOnly) {
            return; // patchesJson6902 holds JSON patches only; anything else is not applied by Kustomize either
        }
        for (Node doc : patch.documents()) {
            List<Integer> selected = patch.target() != null ? select(build, patch.target()) : byIdentity(build, doc);
            if (selected.isEmpty()) {
                if (patch.target() != null) {
                    nothingSelected(patch.target(), build);
                } else {
                    unknownObject(doc, build);
                }
                continue;
            }
            if (StrategicMerge.deletes(doc)) {
                List<K8sObject> deleted = selected.stream().map(build.objects::get).toList();
                build.objects.removeAll(deleted);
                continue;
            }
            for (int i : selected) {
                K8sObject object = build.objects.get(i);
                StrategicMerge merge = new StrategicMerge(trees, context.facts, context.facts.builtIn(object.apiVersion()));
                build.objects.set(i, object.withRoot(merge.apply(object.root(), doc)));
            }
        }
    }

    /** Objects of the patch's own kind and name (a strategic merge patch without target). */
    private static List<Integer> byIdentity(KustomizeBuild build, Node doc) {
        String kind = Yaml.text(doc, "kind");
        String name = Yaml.text(doc, "metadata", "name");
        String namespace = Yaml.text(doc, "metadata", "namespace");
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < build.objects.size(); i++) {
            K8sObject o = build.objects.get(i);
            if (o.kind().equals(kind) && o.hadName(name) && (namespace == null || o.namespace() == null || namespace.equals(o.namespace()))) {
                out.add(i);
            }
        }
        return out;
    }

    /** Indexes of the objects a {@code target} selects (kind, name and namespace as anchored patterns, group, version, selectors). */
    static List<Integer> select(KustomizeBuild build, Node target) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < build.objects.size(); i++) {
            if (selects(target, build.objects.get(i))) {
                out.add(i);
            }
        }
        return out;
    }

    static boolean selects(Node target, K8sObject o) {
        String group = Yaml.text(target, "group");
        String version = Yaml.text(target, "version");
        String kind = Yaml.text(target, "kind");
        String name = Yaml.text(target, "name");
        String namespace = Yaml.text(target, "namespace");
        String labels = Yaml.text(target, "labelSelector");
        String annotations = Yaml.text(target, "annotationSelector");
        String objectVersion = o.apiVersion().substring(o.apiVersion().indexOf('/') + 1);
        return (group == null || group.equals(o.group())) && (version == null || version.equals(objectVersion))
                && (kind == null || matches(kind, o.kind())) && (name == null || o.names().stream().anyMatch(n -> matches(name, n)))
                && (namespace == null || matches(namespace, Objects.requireNonNullElse(o.namespace(), "")))
                && (labels == null || LabelSelector.stringMatches(labels, Yaml.path(o.root(), "metadata", "labels")))
                && (annotations == null || LabelSelector.stringMatches(annotations, Yaml.path(o.root(), "metadata", "annotations")));
    }

    private static boolean matches(String pattern, String value) {
        try {
            return Pattern.matches("(?:" + pattern + ")", value);
        } catch (PatternSyntaxException e) {
            return pattern.equals(value);
        }
    }

    private void nothingSelected(Node target, KustomizeBuild build) {
        if (!build.complete) {
            return; // the object may be in a resource the analysis could not read
        }
        Node kind = Yaml.get(target, "kind");
        Node name = Yaml.get(target, "name");
        List<String> described = new ArrayList<>();
        for (String field : List.of("group", "version", "kind", "name", "namespace", "labelSelector", "annotationSelector")) {
            if (Yaml.text(target, field) != null) {
                described.add(field + " " + Yaml.text(target, field));
            }
        }
        String suggestion = Yaml.text(name) == null ? null : Suggestions.nearest(Yaml.text(name), build.objects.stream()
                .filter(o -> Yaml.text(kind) == null || o.kind().equals(Yaml.text(kind))).map(K8sObject::name).filter(Objects::nonNull).toList());
        report(Yaml.text(name) != null ? name : kind != null ? kind : target, "the patch targets nothing: no object of this "
                + "kustomization matches " + String.join(", ", described), suggestion);
    }

    private void unknownObject(Node doc, KustomizeBuild build) {
        if (!build.complete) {
            return;
        }
        String kind = Yaml.text(doc, "kind");
        Node name = Yaml.path(doc, "metadata", "name");
        String suggestion = Yaml.text(name) == null ? null : Suggestions.nearest(Yaml.text(name), build.objects.stream()
                .filter(o -> o.kind().equals(kind)).map(K8sObject::name).filter(Objects::nonNull).toList());
        report(name != null ? name : doc, "the patch targets nothing: this kustomization has no " + kind + " '" + Yaml.text(name) + "'",
                suggestion);
    }

    private void report(Node at, String message, String suggestion) {
        Map<String, String> data = new LinkedHashMap<>();
        if (suggestion != null) {
            data.put("fix", "replace");
            data.put("replacement", suggestion);
        }
        context.report(null, at, DiagnosticCode.DEPLOY_KUSTOMIZE_PATCH_TARGET, null, message
                + (suggestion == null ? "" : " (did you mean '" + suggestion + "'?)"), List.of(), data);
    }
}
