package dev.neam.parser.deploy;

import dev.neam.parser.glob.Glob;
import dev.neam.parser.manifest.FileLookup;
import java.util.List;
import java.util.Locale;

/**
 * Which files of a project are deploy files, and of what kind. A file is one when it lies under one
 * of the globs (relative to the project root, the folder of neam.toml) and its name is a YAML file,
 * a Dockerfile or a compose file; Dockerfiles and compose files directly in the project root count
 * too. YAML under a Helm chart's {@code templates/} folder is skipped: it is a template, not YAML.
 */
public final class DeployFiles {
    private final List<Glob> globs;
    private final List<String> globTexts;

    public DeployFiles(List<String> globs) {
        this.globTexts = List.copyOf(globs);
        this.globs = globs.stream().map(DeployFiles::compile).toList();
    }

    public static DeployFiles defaults() {
        return new DeployFiles(DeployCatalog.get().defaultGlobs());
    }

    public List<String> globs() {
        return globTexts;
    }

    /** The kind of a file by its '/'-separated path relative to the project root, or null when it is not a deploy file. */
    public DeployFileKind classify(String relative, FileLookup files) {
        String name = relative.substring(relative.lastIndexOf('/') + 1);
        boolean atRoot = relative.indexOf('/') < 0;
        DeployFileKind byName = byName(name);
        if (atRoot) {
            return byName == DeployFileKind.DOCKERFILE || byName == DeployFileKind.COMPOSE ? byName : null;
        }
        if (byName == null || !matchesGlob(relative)) {
            return null;
        }
        if (isHelmTemplate(relative, files)) {
            return null;
        }
        if (byName == DeployFileKind.KUBERNETES && name.matches("values(-[^/]*)?\\.ya?ml") && hasSibling(relative, "Chart.yaml", files)) {
            return DeployFileKind.HELM_VALUES;
        }
        return byName;
    }

    /** The kind of a file by its name alone (for a file the user named): any YAML, Dockerfile or compose file. */
    public static DeployFileKind classifyByName(String relative, FileLookup files) {
        String name = relative.substring(relative.lastIndexOf('/') + 1);
        DeployFileKind byName = byName(name);
        if (byName == DeployFileKind.KUBERNETES && name.matches("values(-[^/]*)?\\.ya?ml") && hasSibling(relative, "Chart.yaml", files)) {
            return DeployFileKind.HELM_VALUES;
        }
        return byName;
    }

    public boolean matchesGlob(String relative) {
        for (Glob g : globs) {
            if (g.matches(relative)) {
                return true;
            }
        }
        return false;
    }

    private static DeployFileKind byName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.startsWith("dockerfile") || lower.endsWith(".dockerfile")) {
            return DeployFileKind.DOCKERFILE;
        }
        boolean yaml = lower.endsWith(".yaml") || lower.endsWith(".yml");
        if (!yaml) {
            return null;
        }
        if (lower.matches("(docker-)?compose[^/]*\\.ya?ml")) {
            return DeployFileKind.COMPOSE;
        }
        if (lower.matches("kustomization\\.ya?ml")) {
            return DeployFileKind.KUSTOMIZATION;
        }
        if (name.equals("Chart.yaml") || name.equals("Chart.yml")) {
            return DeployFileKind.HELM_CHART;
        }
        return DeployFileKind.KUBERNETES;
    }

    private static boolean isHelmTemplate(String relative, FileLookup files) {
        String[] parts = relative.split("/");
        for (int i = parts.length - 2; i >= 1; i--) {
            if (parts[i].equals("templates")) {
                String chartDir = String.join("/", java.util.Arrays.copyOfRange(parts, 0, i));
                if (files.exists(chartDir + "/Chart.yaml") || files.exists(chartDir + "/Chart.yml")) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean hasSibling(String relative, String sibling, FileLookup files) {
        int slash = relative.lastIndexOf('/');
        return files.exists((slash < 0 ? "" : relative.substring(0, slash + 1)) + sibling);
    }

    /**
     * {@code **} any path, {@code *} any name part, {@code ?} one character; a pattern ending in
     * {@code /**} also matches the folder's files at any depth. Matched in linear time ({@link Glob}):
     * a glob of many {@code **} from a project's configuration cannot stall the search.
     */
    static Glob compile(String glob) {
        Glob.Builder out = Glob.builder();
        for (int i = 0; i < glob.length(); i++) {
            char c = glob.charAt(i);
            if (c == '*' && i + 1 < glob.length() && glob.charAt(i + 1) == '*') {
                out.many(Glob.ANY);
                i++;
                if (i + 1 < glob.length() && glob.charAt(i + 1) == '/') {
                    i++;
                    out.optional().literal('/').endOptional();
                }
            } else if (c == '*') {
                out.many(Glob.IN_SEGMENT);
            } else if (c == '?') {
                out.one(Glob.IN_SEGMENT);
            } else {
                out.literal(c);
            }
        }
        return out.build();
    }
}
