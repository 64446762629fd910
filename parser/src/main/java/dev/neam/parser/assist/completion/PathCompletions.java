package dev.neam.parser.assist.completion;

import dev.neam.parser.text.Position;
import dev.neam.parser.text.Range;
import dev.neam.parser.workspace.Containment;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Files and folders for a path-valued string ({@code context_from: "./docs/|"}), relative to the
 * document's folder as neamc resolves them, falling back to the project root; never a folder outside
 * the project ({@code "../../"} past the root, or a link out of it), whose names are not the editor's to show.
 */
final class PathCompletions {
    /** More entries than anyone scrolls through; the list is marked incomplete beyond it. */
    static final int LIMIT = 200;

    private PathCompletions() {
    }

    /**
     * @param typed   the string's content before the cursor
     * @param content the range of the whole string content
     */
    static CompletionList complete(Path file, Path projectRoot, String typed, Range content) {
        if (file == null || typed.startsWith("/") || typed.contains("\\") || typed.contains("\n")) {
            return CompletionList.EMPTY;
        }
        int slash = typed.lastIndexOf('/');
        String folder = slash < 0 ? "" : typed.substring(0, slash + 1);
        Path base = file.toAbsolutePath().getParent();
        Path dir = base == null ? null : base.resolve(folder.isEmpty() ? "." : folder).normalize();
        if ((dir == null || !Files.isDirectory(dir)) && projectRoot != null) {
            dir = projectRoot.resolve(folder.isEmpty() ? "." : folder).normalize();
        }
        Path boundary = projectRoot != null ? projectRoot : base;
        if (dir == null || !Files.isDirectory(dir) || boundary == null || !Containment.inside(boundary, dir)) {
            return CompletionList.EMPTY; // nothing outside the project is listed
        }
        // replace only the last segment: what follows the last '/' typed, up to the end of the content
        Position start = new Position(content.start().line(), content.start().character() + slash + 1);
        Range range = new Range(start, content.end());
        List<Completion> out = new ArrayList<>();
        boolean cut = false;
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                if (name.startsWith(".")) {
                    continue;
                }
                if (out.size() >= LIMIT) {
                    cut = true;
                    break;
                }
                boolean folderEntry = Files.isDirectory(entry);
                out.add(Completion.of(folderEntry ? name + "/" : name,
                                folderEntry ? CompletionKind.FOLDER : CompletionKind.FILE,
                                folderEntry ? "folder" : "file", "", range)
                        .withSort((folderEntry ? "0_" : "1_") + name));
            }
        } catch (IOException | SecurityException e) {
            return CompletionList.EMPTY; // an unreadable folder offers nothing rather than failing
        }
        out.sort(java.util.Comparator.comparing(Completion::sortText));
        return new CompletionList(out, cut);
    }
}
