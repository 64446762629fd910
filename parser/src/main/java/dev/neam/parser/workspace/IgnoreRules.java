package dev.neam.parser.workspace;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The patterns of one source (a {@code .gitignore}, the {@code --exclude} options, a project's
 * {@code exclude} list) with the folder they are relative to. Within one source the last matching
 * pattern decides, so a later {@code !pattern} re-includes.
 */
public final class IgnoreRules {

    /** What the patterns say about a path. */
    public enum Verdict { NO_MATCH, IGNORED, INCLUDED }

    private final Path base;
    private final List<IgnorePattern> patterns;

    /** {@code base} is made absolute and normalised; lines that are blank or comments are dropped. */
    public IgnoreRules(Path base, List<String> lines) {
        this.base = base.toAbsolutePath().normalize();
        List<IgnorePattern> compiled = new ArrayList<>();
        for (String line : lines) {
            IgnorePattern p = IgnorePattern.parse(line);
            if (p != null) {
                compiled.add(p);
            }
        }
        this.patterns = List.copyOf(compiled);
    }

    /** The rules of an ignore file, relative to the folder holding it. */
    public static IgnoreRules read(Path ignoreFile) throws IOException {
        Path folder = ignoreFile.toAbsolutePath().normalize().getParent();
        return new IgnoreRules(folder, WorkspaceFiles.read(ignoreFile).lines().toList());
    }

    public Path base() {
        return base;
    }

    public boolean isEmpty() {
        return patterns.isEmpty();
    }

    /**
     * The verdict for an absolute, normalised path. A path outside the base folder is matched by
     * its full path, so only unanchored patterns ({@code *.gen.neam}) can match it.
     */
    public Verdict match(Path absolute, boolean folder) {
        if (patterns.isEmpty()) {
            return Verdict.NO_MATCH;
        }
        Path relative = absolute.startsWith(base) ? base.relativize(absolute)
                : absolute.getRoot() == null ? absolute : absolute.getRoot().relativize(absolute);
        String path = relative.toString().replace('\\', '/');
        if (path.isEmpty()) {
            return Verdict.NO_MATCH;
        }
        for (int i = patterns.size() - 1; i >= 0; i--) {
            IgnorePattern p = patterns.get(i);
            if (p.matches(path, folder)) {
                return p.negated() ? Verdict.INCLUDED : Verdict.IGNORED;
            }
        }
        return Verdict.NO_MATCH;
    }
}
