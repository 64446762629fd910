package dev.neam.parser.workspace;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The discovery filter of {@code lint} (and of the server's workspace scan): an entry is skipped
 * when the {@code .gitignore} files say so, or it matches an {@code --exclude} pattern, or it
 * matches the {@code exclude} list of its project's {@code [tool.neam-lsp]}.
 *
 * <ul>
 *   <li>{@code .gitignore} files are read in every folder searched, and in the folders above a
 *       searched root up to the top of its git repository (the folder holding {@code .git}); a
 *       deeper file's verdict overrides a shallower one's, as in git. An unreadable one is
 *       ignored, as git does.</li>
 *   <li>{@code --exclude} patterns use the same syntax, relative to the working folder.</li>
 *   <li>a project's {@code exclude} patterns are relative to its folder (the one holding
 *       {@code neam.toml}).</li>
 * </ul>
 * Once a folder is skipped nothing below it is searched, so (as in git) a file inside an ignored
 * folder cannot be re-included.
 */
public final class IgnoreFilter implements DiscoveryFilter {
    private static final String GITIGNORE = ".gitignore";

    private final IgnoreRules excludes;
    private final ToolConfigs configs;
    private final List<IgnoreRules> gitignores;
    private final List<IgnoreRules> projectExcludes;

    /**
     * @param workingFolder the folder {@code --exclude} patterns are relative to
     * @param excludes      the {@code --exclude} patterns
     * @param configs       where projects' {@code exclude} lists come from
     */
    public IgnoreFilter(Path workingFolder, List<String> excludes, ToolConfigs configs) {
        this(new IgnoreRules(workingFolder, excludes), configs, List.of(), List.of());
    }

    private IgnoreFilter(IgnoreRules excludes, ToolConfigs configs, List<IgnoreRules> gitignores,
                         List<IgnoreRules> projectExcludes) {
        this.excludes = excludes;
        this.configs = configs;
        this.gitignores = gitignores;
        this.projectExcludes = projectExcludes;
    }

    @Override
    public DiscoveryFilter startAt(Path root) {
        Path folder = root.toAbsolutePath().normalize();
        List<IgnoreRules> above = new ArrayList<>();
        if (!Files.exists(folder.resolve(".git"))) { // a folder, or a file in a worktree
            List<Path> ancestors = new ArrayList<>();
            for (Path dir = folder.getParent(); dir != null; dir = dir.getParent()) {
                ancestors.add(0, dir);
                if (Files.exists(dir.resolve(".git"))) {
                    break;
                }
                if (dir.getParent() == null) {
                    ancestors.clear(); // not inside a repository: only the searched folders' own files count
                }
            }
            for (Path dir : ancestors) {
                IgnoreRules rules = gitignore(dir);
                if (rules != null) {
                    above.add(rules);
                }
            }
        }
        List<IgnoreRules> project = new ArrayList<>();
        Path projectRoot = ProjectRoots.of(folder.resolve(ProjectRoots.MANIFEST));
        if (!projectRoot.equals(folder) && Files.isRegularFile(projectRoot.resolve(ProjectRoots.MANIFEST))) {
            addProjectExcludes(projectRoot, project);
        }
        return new IgnoreFilter(excludes, configs, List.copyOf(above), List.copyOf(project));
    }

    @Override
    public DiscoveryFilter enter(Path folder) {
        Path dir = folder.toAbsolutePath().normalize();
        IgnoreRules gitignore = gitignore(dir);
        List<IgnoreRules> project = new ArrayList<>(projectExcludes);
        if (Files.isRegularFile(dir.resolve(ProjectRoots.MANIFEST))) {
            project.clear(); // a nested project has its own configuration
            addProjectExcludes(dir, project);
        }
        if (gitignore == null && project.equals(projectExcludes)) {
            return this;
        }
        List<IgnoreRules> git = new ArrayList<>(gitignores);
        if (gitignore != null) {
            git.add(gitignore);
        }
        return new IgnoreFilter(excludes, configs, List.copyOf(git), List.copyOf(project));
    }

    @Override
    public boolean skips(Path entry, boolean folder) {
        Path path = entry.toAbsolutePath().normalize();
        IgnoreRules.Verdict git = IgnoreRules.Verdict.NO_MATCH;
        for (IgnoreRules rules : gitignores) {
            IgnoreRules.Verdict v = rules.match(path, folder);
            if (v != IgnoreRules.Verdict.NO_MATCH) {
                git = v;
            }
        }
        if (git == IgnoreRules.Verdict.IGNORED || excludes.match(path, folder) == IgnoreRules.Verdict.IGNORED) {
            return true;
        }
        for (IgnoreRules rules : projectExcludes) {
            if (rules.match(path, folder) == IgnoreRules.Verdict.IGNORED) {
                return true;
            }
        }
        return false;
    }

    private void addProjectExcludes(Path projectRoot, List<IgnoreRules> into) {
        List<String> exclude = configs.forRoot(projectRoot).exclude();
        if (!exclude.isEmpty()) {
            into.add(new IgnoreRules(projectRoot, exclude));
        }
    }

    private static IgnoreRules gitignore(Path folder) {
        Path file = folder.resolve(GITIGNORE);
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            IgnoreRules rules = IgnoreRules.read(file);
            return rules.isEmpty() ? null : rules;
        } catch (IOException e) {
            return null;
        }
    }
}
