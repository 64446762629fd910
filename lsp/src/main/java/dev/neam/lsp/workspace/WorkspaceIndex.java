package dev.neam.lsp.workspace;

import dev.neam.lsp.documents.DocumentUris;
import dev.neam.parser.text.SourceText;
import dev.neam.parser.workspace.Containment;
import dev.neam.parser.workspace.WorkspaceFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.CopyOnWriteArraySet;

/**
 * Every Neam file under the workspace folders, as it is on disk, keyed by canonical URI. Found with
 * the same {@link WorkspaceFiles} rules as {@code lint}; built at start and kept current from file
 * events, saves and closes. Open documents are not here: their newest text lives in the document
 * store and wins over this one.
 */
public final class WorkspaceIndex {

    /** Told how far a (re)build has come. */
    public interface Progress {
        void report(int done, int total);
    }

    private final Set<Path> folders = new CopyOnWriteArraySet<>();
    private final Map<String, SourceText> files = new ConcurrentSkipListMap<>();

    public void setFolders(Collection<Path> roots) {
        folders.clear();
        roots.forEach(r -> folders.add(r.toAbsolutePath().normalize()));
    }

    public void addFolder(Path folder) {
        folders.add(folder.toAbsolutePath().normalize());
    }

    public void removeFolder(Path folder) {
        Path gone = folder.toAbsolutePath().normalize();
        folders.remove(gone);
        files.keySet().removeIf(uri -> DocumentUris.toPath(uri).map(p -> p.startsWith(gone) && !isCovered(p)).orElse(false));
    }

    public List<Path> folders() {
        return List.copyOf(folders);
    }

    /** Re-reads every folder; returns the number of files indexed. */
    public int rebuild(Progress progress) throws IOException {
        List<Path> existing = folders.stream().filter(Files::isDirectory).toList();
        List<Path> found = WorkspaceFiles.discover(existing);
        Map<String, SourceText> fresh = new LinkedHashMap<>();
        for (int i = 0; i < found.size(); i++) {
            Path file = found.get(i);
            String uri = DocumentUris.fromPath(file);
            try {
                fresh.put(uri, new SourceText(WorkspaceFiles.read(file)));
            } catch (IOException e) {
                // unreadable now (permissions, deleted meanwhile): left out until an event brings it back
            }
            progress.report(i + 1, found.size());
        }
        files.keySet().retainAll(fresh.keySet());
        files.putAll(fresh);
        return files.size();
    }

    /**
     * Reads one file again after it was created, changed or saved (or forgets it when it is gone or
     * not a Neam file of a workspace folder); says whether the index changed.
     */
    public boolean refresh(String uri) {
        Optional<Path> path = DocumentUris.toPath(uri);
        String key = DocumentUris.normalize(uri);
        if (path.isEmpty() || !isCovered(path.get()) || !WorkspaceFiles.isNeamFile(path.get().getFileName().toString())) {
            return files.remove(key) != null;
        }
        if (!Containment.isRegularFile(path.get()) || leavesItsFolder(path.get())) {
            return forget(key); // gone, a FIFO or device, or a link out of the workspace: never read
        }
        try {
            SourceText text = new SourceText(WorkspaceFiles.read(path.get()));
            SourceText before = files.put(key, text);
            return before == null || !before.text().equals(text.text());
        } catch (IOException e) {
            return files.remove(key) != null;
        }
    }

    /** Forgets a deleted file, or every file below a deleted folder. */
    public boolean forget(String uri) {
        String key = DocumentUris.normalize(uri);
        boolean changed = files.remove(key) != null;
        Optional<Path> folder = DocumentUris.toPath(key);
        if (folder.isPresent()) {
            changed |= files.keySet().removeIf(u -> DocumentUris.toPath(u).map(p -> p.startsWith(folder.get())
                    && !p.equals(folder.get())).orElse(false));
        }
        return changed;
    }

    public Optional<SourceText> text(String uri) {
        return Optional.ofNullable(files.get(DocumentUris.normalize(uri)));
    }

    /** URI to text of every indexed file, in URI order. */
    public Map<String, SourceText> texts() {
        return new LinkedHashMap<>(files);
    }

    public List<String> uris() {
        return new ArrayList<>(files.keySet());
    }

    public int size() {
        return files.size();
    }

    /** Whether a file is a symbolic link (or lies below one) leading out of the workspace folder holding it. */
    private boolean leavesItsFolder(Path file) {
        Path normal = file.toAbsolutePath().normalize();
        return folders.stream().filter(normal::startsWith).noneMatch(folder -> Containment.inside(folder, normal));
    }

    /** Whether a file lies below a workspace folder, outside the folders {@code lint} skips too. */
    private boolean isCovered(Path file) {
        Path normal = file.toAbsolutePath().normalize();
        for (Path folder : folders) {
            if (normal.startsWith(folder)) {
                Path relative = folder.relativize(normal);
                for (int i = 0; i < relative.getNameCount() - 1; i++) {
                    if (WorkspaceFiles.isSkippedFolder(relative.getName(i).toString())) {
                        return false;
                    }
                }
                return true;
            }
        }
        return false;
    }
}
