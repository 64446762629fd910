package dev.neam.parser.assist.completion;

import dev.neam.parser.semantic.symbols.ProjectIndex;
import dev.neam.parser.text.Range;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The next segment of an import's module path: modules are named by their file's place under
 * {@code src/} (or the project root), {@code src/agents/support.neam} being {@code agents.support}
 * and {@code x/mod.neam} being {@code x}, as imports resolve them.
 */
final class ModuleCompletions {
    private ModuleCompletions() {
    }

    static List<Completion> complete(ProjectIndex project, Path self, List<String> typed, Range range) {
        Map<String, Boolean> next = new LinkedHashMap<>(); // segment -> whether a module ends there
        List<Path> files = new ArrayList<>(project.files().keySet());
        files.sort(null);
        for (Path file : files) {
            if (file.equals(self)) {
                continue;
            }
            List<String> parts = moduleOf(project.root(), file);
            if (parts.size() <= typed.size() || !parts.subList(0, typed.size()).equals(typed)) {
                continue;
            }
            String segment = parts.get(typed.size());
            next.merge(segment, parts.size() == typed.size() + 1, Boolean::logicalOr);
        }
        List<Completion> out = new ArrayList<>();
        next.forEach((segment, leaf) -> out.add(Completion.of(segment, CompletionKind.MODULE,
                leaf ? "module" : "folder of modules", "", range)));
        return out;
    }

    private static List<String> moduleOf(Path root, Path file) {
        Path src = root.resolve("src");
        List<String> parts = new ArrayList<>();
        if (!file.startsWith(root)) {
            return parts;
        }
        Path relative = file.startsWith(src) ? src.relativize(file) : root.relativize(file);
        relative.forEach(p -> parts.add(p.toString()));
        String last = parts.remove(parts.size() - 1).replaceFirst("\\.neam$", "");
        if (!last.equals("mod")) {
            parts.add(last);
        }
        return parts;
    }
}
