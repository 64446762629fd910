package dev.neam.parser.semantic.symbols;

import dev.neam.parser.ast.ModulePath;
import dev.neam.parser.ast.Name;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The top-level symbols of every file of one project (the folder holding `neam.toml`, else a
 * single folder), keyed by normalised absolute path, and the module-path rule that maps
 * `import a.b.c` to `src/a/b/c.neam` or `src/a/b/c/mod.neam`.
 */
public final class ProjectIndex {
    private final Path root;
    private final Map<Path, FileSymbols> files = new ConcurrentHashMap<>();

    public ProjectIndex(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    public Path root() {
        return root;
    }

    public void put(Path file, FileSymbols symbols) {
        files.put(normalise(file), symbols);
    }

    public void remove(Path file) {
        files.remove(normalise(file));
    }

    public FileSymbols get(Path file) {
        return files.get(normalise(file));
    }

    public Map<Path, FileSymbols> files() {
        return files;
    }

    /** The file a module path names, or null when it is not part of this project. */
    public FileSymbols module(ModulePath path) {
        for (Path candidate : candidates(path.segments())) {
            FileSymbols found = files.get(candidate);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /** Where a module path may live, in the order they are tried (shown in "cannot find" messages). */
    public List<Path> candidates(List<Name> segments) {
        List<Path> out = new ArrayList<>();
        if (segments.isEmpty()) {
            return out;
        }
        addCandidates(out, root.resolve("src"), segments);
        addCandidates(out, root, segments);
        if (segments.size() > 1) {
            // `import myproject.agents.x` with the project's own name first.
            addCandidates(out, root.resolve("src"), segments.subList(1, segments.size()));
        }
        return out;
    }

    private static void addCandidates(List<Path> out, Path base, List<Name> segments) {
        Path dir = base;
        for (int i = 0; i < segments.size() - 1; i++) {
            dir = dir.resolve(segments.get(i).text());
        }
        String last = segments.get(segments.size() - 1).text();
        out.add(dir.resolve(last + ".neam").normalize());
        out.add(dir.resolve(last).resolve("mod.neam").normalize());
    }

    public String relative(Path path) {
        try {
            return root.relativize(path).toString();
        } catch (IllegalArgumentException e) {
            return path.toString();
        }
    }

    private static Path normalise(Path file) {
        return file.toAbsolutePath().normalize();
    }
}
