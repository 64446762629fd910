package dev.neam.parser.deploy;

import dev.neam.parser.diagnostic.DiagnosticCode;
import dev.neam.parser.diagnostic.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Argo CD Applications and Flux Kustomizations and HelmReleases: the path they deploy must be a
 * folder of the repository with something to deploy (DEPLOY6101); the namespace they deploy to
 * must be the one the kustomization there sets (DEPLOY6102); automated sync must state pruning and
 * self-healing (DEPLOY6103); a Flux sourceRef or an Argo CD project must name a source or
 * AppProject the repository defines, when it defines any (DEPLOY6104).
 */
final class GitOpsCheck implements DeployCheck {

    private static final List<String> FLUX_SOURCES = List.of("GitRepository", "OCIRepository", "HelmRepository", "Bucket", "HelmChart");

    @Override
    public void check(DeployContext context) {
        List<K8sObject> all = new ArrayList<>();
        context.units.forEach(u -> all.addAll(u.objects()));
        for (DeployUnit unit : context.units) {
            for (K8sObject o : unit.objects()) {
                if (o.apiVersion().startsWith("argoproj.io/") && o.kind().equals("Application")) {
                    application(context, unit, o, all);
                } else if (o.apiVersion().startsWith("kustomize.toolkit.fluxcd.io/") && o.kind().equals("Kustomization")) {
                    fluxKustomization(context, unit, o, all);
                } else if (o.apiVersion().startsWith("helm.toolkit.fluxcd.io/") && o.kind().equals("HelmRelease")) {
                    helmRelease(context, unit, o, all);
                }
            }
        }
    }

    private static void application(DeployContext context, DeployUnit unit, K8sObject app, List<K8sObject> all) {
        Node spec = Yaml.get(app.root(), "spec");
        List<Node> sources = new ArrayList<>(Yaml.items(Yaml.get(spec, "sources")));
        if (Yaml.get(spec, "source") != null) {
            sources.add(0, Yaml.get(spec, "source"));
        }
        for (Node source : sources) {
            if (Yaml.get(source, "chart") != null) {
                continue; // a chart from a Helm repository: no path in this repository
            }
            String folder = path(context, unit, app, Yaml.get(source, "path"));
            namespace(context, unit, app, folder, Yaml.path(spec, "destination", "namespace"), "deploys to namespace");
        }
        Node project = Yaml.get(spec, "project");
        List<K8sObject> projects = all.stream().filter(o -> o.apiVersion().startsWith("argoproj.io/") && o.kind().equals("AppProject")).toList();
        String name = Yaml.text(project);
        if (name != null && !name.equals("default") && !projects.isEmpty() && projects.stream().noneMatch(p -> name.equals(p.name()))) {
            Suggest suggest = Suggest.nearest(name, projects.stream().map(K8sObject::name).filter(Objects::nonNull).toList());
            context.report(unit, project, DiagnosticCode.DEPLOY_GITOPS_SOURCE, null, "Application '" + app.name() + "' belongs to AppProject '"
                    + name + "', which the repository does not define" + suggest.hint(), List.of(), suggest.fix());
        }
        Node syncPolicy = Yaml.get(spec, "syncPolicy");
        Node automated = Yaml.get(syncPolicy, "automated");
        if (automated != null) {
            List<String> unstated = new ArrayList<>();
            if (Yaml.get(automated, "prune") == null) {
                unstated.add("prune (default false: objects deleted from Git stay in the cluster)");
            }
            if (Yaml.get(automated, "selfHeal") == null) {
                unstated.add("selfHeal (default false: changes made in the cluster are not reverted)");
            }
            if (!unstated.isEmpty()) {
                context.report(unit, Yaml.key(syncPolicy, "automated"), DiagnosticCode.DEPLOY_GITOPS_SYNC, "the automated sync of Application '"
                        + app.name() + "' does not state " + String.join(" or ", unstated));
            }
        }
    }

    private static void fluxKustomization(DeployContext context, DeployUnit unit, K8sObject flux, List<K8sObject> all) {
        Node spec = Yaml.get(flux.root(), "spec");
        Node path = Yaml.get(spec, "path");
        String folder = path == null ? "" : path(context, unit, flux, path);
        namespace(context, unit, flux, folder, Yaml.get(spec, "targetNamespace"), "sets targetNamespace");
        if (Yaml.get(spec, "prune") == null && spec != null) {
            context.report(unit, Yaml.key(flux.root(), "spec"), DiagnosticCode.DEPLOY_GITOPS_SYNC, Severity.ERROR, "Flux Kustomization '"
                    + flux.name() + "' does not state prune, which the Kustomization API requires (true deletes objects removed from Git)");
        }
        sourceRef(context, unit, flux, Yaml.get(spec, "sourceRef"), all);
    }

    private static void helmRelease(DeployContext context, DeployUnit unit, K8sObject release, List<K8sObject> all) {
        Node chartSpec = Yaml.path(release.root(), "spec", "chart", "spec");
        Node sourceRef = Yaml.get(chartSpec, "sourceRef");
        sourceRef(context, unit, release, sourceRef, all);
        sourceRef(context, unit, release, Yaml.path(release.root(), "spec", "chartRef"), all);
        if (Objects.equals(Yaml.text(sourceRef, "kind"), "GitRepository") || Objects.equals(Yaml.text(sourceRef, "kind"), "Bucket")) {
            path(context, unit, release, Yaml.get(chartSpec, "chart"));
        }
    }

    /** Checks a path and returns the project folder it names, or null. */
    private static String path(DeployContext context, DeployUnit unit, K8sObject owner, Node pathNode) {
        String path = Yaml.text(pathNode);
        if (path == null || path.contains("{{")) {
            return null;
        }
        RepositoryPath resolved = RepositoryPath.resolve(path, context);
        if (resolved.folder() != null) {
            if (!RepositoryPath.deployable(resolved.folder(), context)) {
                context.report(unit, pathNode, DiagnosticCode.DEPLOY_GITOPS_PATH, owner.label() + " deploys path '" + path
                        + "', which holds no kustomization, chart or manifests");
            }
            return resolved.folder();
        }
        if (resolved.guessed() != null && context.wholeProject) {
            List<String> folders = context.files(DeployFileKind.KUSTOMIZATION).stream().map(f -> KustomizeCheck.folder(f.relative())).toList();
            Suggest nearest = sibling(resolved.guessed(), folders);
            Suggest suggest = nearest.name() == null ? nearest : new Suggest(path.substring(0, path.length() - resolved.guessed().length()
                    - (path.endsWith("/") ? 1 : 0)) + nearest.name());
            context.report(unit, pathNode, DiagnosticCode.DEPLOY_GITOPS_PATH, null, owner.label() + " deploys path '" + path
                    + "', which does not exist in the repository" + suggest.hint(), List.of(), suggest.fix());
        }
        return null;
    }

    /** The folder meant: the nearest by edit distance, else the only sibling whose name starts with the typed name. */
    private static Suggest sibling(String guessed, List<String> folders) {
        Suggest nearest = Suggest.nearest(guessed, folders);
        if (nearest.name() != null) {
            return nearest;
        }
        String parent = KustomizeCheck.folder(guessed);
        String last = guessed.substring(guessed.lastIndexOf('/') + 1);
        List<String> starting = folders.stream().filter(f -> KustomizeCheck.folder(f).equals(parent)
                && f.substring(f.lastIndexOf('/') + 1).startsWith(last)).toList();
        return new Suggest(starting.size() == 1 && !last.isEmpty() ? starting.get(0) : null);
    }

    private static void namespace(DeployContext context, DeployUnit unit, K8sObject owner, String folder, Node namespaceNode, String verb) {
        String namespace = Yaml.text(namespaceNode);
        if (folder == null || namespace == null || context.kustomize.kustomizationIn(folder) == null) {
            return;
        }
        KustomizeBuild build = context.kustomize.build(folder);
        if (build.namespace != null && !build.namespace.equals(namespace)) {
            context.report(unit, namespaceNode, DiagnosticCode.DEPLOY_GITOPS_NAMESPACE, null, owner.label() + " " + verb + " '"
                    + namespace + "', but the kustomization in " + folder + " sets namespace '" + build.namespace + "'",
                    List.of(context.related(build.namespaceNode, "the kustomization's namespace")), Map.of());
        }
    }

    private static void sourceRef(DeployContext context, DeployUnit unit, K8sObject owner, Node ref, List<K8sObject> all) {
        String kind = Yaml.text(ref, "kind");
        Node nameNode = Yaml.get(ref, "name");
        String name = Yaml.text(nameNode);
        if (kind == null || name == null || name.equals("flux-system") || !FLUX_SOURCES.contains(kind)) {
            return;
        }
        String namespace = Yaml.text(ref, "namespace") != null ? Yaml.text(ref, "namespace") : owner.namespace();
        List<K8sObject> sources = all.stream().filter(o -> o.apiVersion().startsWith("source.toolkit.fluxcd.io/") && o.kind().equals(kind))
                .toList();
        boolean found = sources.stream().anyMatch(s -> name.equals(s.name())
                && (namespace == null || s.namespace() == null || namespace.equals(s.namespace())));
        if (!sources.isEmpty() && !found) {
            Suggest suggest = Suggest.nearest(name, sources.stream().map(K8sObject::name).filter(Objects::nonNull).toList());
            context.report(unit, nameNode, DiagnosticCode.DEPLOY_GITOPS_SOURCE, null, owner.label() + " takes its source from " + kind + " '"
                    + name + "'" + (namespace == null ? "" : " in namespace '" + namespace + "'") + ", which the repository does not define"
                    + suggest.hint(), List.of(), suggest.fix());
        }
    }
}
