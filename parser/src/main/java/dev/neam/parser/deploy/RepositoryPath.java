package dev.neam.parser.deploy;

import java.util.Arrays;
import java.util.List;

/**
 * A folder named by a GitOps object ({@code gitops/overlays/production}), relative to the root of
 * the Git repository, which may hold the project in a subfolder: the path is found in the project
 * when one of its tails is a project folder ({@code services/bot/gitops/…} in a repository whose
 * project is {@code services/bot}). A path none of whose folders is in the project belongs to
 * another project of the repository and is left alone.
 *
 * @param folder  the project-relative folder it names, or null when it does not exist
 * @param guessed the project-relative spelling it was meant to have (from its first folder the
 *                project has), for did-you-mean; null when the path is not the project's
 */
record RepositoryPath(String folder, String guessed) {

    static RepositoryPath resolve(String path, DeployContext context) {
        String clean = path.strip().replaceAll("^(\\./)+", "").replaceAll("/+$", "");
        if (clean.isEmpty() || clean.equals(".")) {
            return new RepositoryPath("", "");
        }
        List<String> segments = Arrays.asList(clean.split("/+"));
        for (int k = 0; k < segments.size(); k++) {
            String tail = String.join("/", segments.subList(k, segments.size()));
            if (KustomizeCheck.resolve("", tail) != null && context.lookup.exists(tail)) {
                return new RepositoryPath(tail, tail);
            }
        }
        for (int k = 0; k < segments.size(); k++) {
            if (context.lookup.exists(segments.get(k))) {
                return new RepositoryPath(null, String.join("/", segments.subList(k, segments.size())));
            }
        }
        return new RepositoryPath(null, null);
    }

    /** Whether a project folder holds something to deploy: a kustomization, a Helm chart, or manifests. */
    static boolean deployable(String folder, DeployContext context) {
        String prefix = folder.isEmpty() ? "" : folder + "/";
        return context.files.stream().anyMatch(f -> f.relative().startsWith(prefix) && (f.kind == DeployFileKind.KUSTOMIZATION
                || f.kind == DeployFileKind.HELM_CHART || (f.kind == DeployFileKind.KUBERNETES && !KustomizeRenderer.objects(f).isEmpty())));
    }
}
