package dev.neam.parser.workspace;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Finds the files to analyse and reads them. Used by {@code lint} (and later the server's workspace
 * scan) so that every face of the tool sees the same set of files.
 *
 * <p>Rules:
 * <ul>
 *   <li>a file named explicitly is always included, whatever its extension;</li>
 *   <li>a folder is searched recursively for regular files ending in {@code .neam}; inside it,
 *       hidden folders (name starting with {@code .}) and {@link #SKIPPED_FOLDERS} are skipped
 *       (the folder named explicitly is never skipped, even {@code .});</li>
 *   <li>entries of each folder are visited in order of their names (plain {@link String} order,
 *       independent of platform and locale), so the result is deterministic;</li>
 *   <li>symbolic links to folders are not followed while searching (no cycles); symbolic links to
 *       files are when their target lies inside the searched folder or the file's project, else they
 *       are refused (see {@link Containment});</li>
 *   <li>FIFOs, devices and sockets are never opened, and a folder that cannot be listed does not end
 *       the search: each is refused with its reason;</li>
 *   <li>each file keeps the path "as found": the argument joined with the path below it, with the
 *       platform's separator and no normalisation ({@code samples} yields
 *       {@code samples/src/main.neam}, {@code .} yields {@code ./src/main.neam});</li>
 *   <li>a file reached twice (by two arguments) is listed once, at its first occurrence.</li>
 * </ul>
 */
public final class WorkspaceFiles {

    /** Extension of Neam source files. */
    public static final String NEAM_EXTENSION = ".neam";

    /** Folder names never searched (besides hidden folders). */
    public static final Set<String> SKIPPED_FOLDERS = Set.of("node_modules", "target", "build", ".git");

    private static final Comparator<Path> BY_NAME = Comparator.comparing(p -> String.valueOf(p.getFileName()));

    private WorkspaceFiles() {
    }

    /**
     * The files to analyse under the given paths, in argument order, each folder's content in
     * deterministic order.
     *
     * A folder that cannot be listed is left out (see {@link #discover(Collection, DiscoveryFilter, Consumer)}).
     *
     * @throws NoSuchFileException when a given path does not exist
     */
    public static List<Path> discover(Collection<Path> roots) throws IOException {
        return discover(roots, DiscoveryFilter.NONE);
    }

    /**
     * {@link #discover(Collection)}, also skipping what {@code filter} skips while searching folders
     * (files named explicitly are still always included).
     */
    public static List<Path> discover(Collection<Path> roots, DiscoveryFilter filter) throws IOException {
        return discover(roots, filter, refused -> { });
    }

    /**
     * {@link #discover(Collection, DiscoveryFilter)}, handing what the search refuses to {@code refused}
     * (each once, with why it has no text): a link leaving the project, a FIFO or device named like a
     * Neam file, a folder that cannot be listed.
     *
     * @throws NoSuchFileException when a given path does not exist
     */
    public static List<Path> discover(Collection<Path> roots, DiscoveryFilter filter, Consumer<FileContent> refused)
            throws IOException {
        List<Path> found = new ArrayList<>();
        Set<Path> seen = new HashSet<>();
        for (Path root : roots) {
            if (Files.isDirectory(root)) {
                walk(root, root, filter.startAt(root), found, seen, refused);
            } else if (Files.isSymbolicLink(root) && !Containment.inside(ProjectLocator.root(root), root)) {
                refused.accept(FileContent.linkLeavingProject(root));
            } else if (Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
                add(root, found, seen);
            } else {
                throw new NoSuchFileException(root.toString(), null, "no such file or directory");
            }
        }
        return found;
    }

    /**
     * {@link #discover} and {@link #read} in one step: the documents to hand to the {@link Analyzer}.
     *
     * @throws IOException as {@link #discover}, or when a file cannot be read (the message names it)
     */
    public static List<Document> load(Collection<Path> roots) throws IOException {
        return load(roots, DiscoveryFilter.NONE);
    }

    /** {@link #load(Collection)} with a {@link DiscoveryFilter}. */
    public static List<Document> load(Collection<Path> roots, DiscoveryFilter filter) throws IOException {
        List<Document> documents = new ArrayList<>();
        for (Path file : discover(roots, filter)) {
            String text;
            try {
                text = read(file);
            } catch (IOException e) {
                throw new IOException("cannot read " + file + ": " + e.getMessage(), e);
            }
            documents.add(new Document(file.toString(), text));
        }
        return documents;
    }

    /**
     * {@link #discover} and {@link FileContent#read} in one step, never failing on a file: one that
     * cannot be read or is binary comes back with its problem, to be reported as a finding.
     *
     * What the search refuses (a link leaving the project, a FIFO, a folder that cannot be listed) comes
     * back the same way.
     *
     * @throws IOException as {@link #discover} (a given path that does not exist)
     */
    public static List<FileContent> contents(Collection<Path> roots, DiscoveryFilter filter) throws IOException {
        List<FileContent> contents = new ArrayList<>();
        for (Path file : discover(roots, filter, contents::add)) {
            contents.add(FileContent.read(file));
        }
        return contents;
    }

    /**
     * Reads a file as UTF-8, replacing malformed bytes; never fails because of the bytes themselves.
     *
     * @throws IOException also for a FIFO, device or socket, which is never opened (it could block for ever)
     */
    public static String read(Path file) throws IOException {
        if (Containment.isSpecialFile(file)) {
            throw new IOException(file + " " + FileContent.SPECIAL_FILE);
        }
        return decode(readBytes(file));
    }

    /**
     * Files larger than this are refused before they are read: far above what the analysis takes
     * ({@code ParseLimits.MAX_CHARS}), and a sparse file of gigabytes would otherwise be asked for
     * as one array, an error that is not an {@link IOException} and ended whatever was reading.
     */
    public static final long MAX_READ_BYTES = 256L * 1024 * 1024;

    /** A file refused for its size ({@link #MAX_READ_BYTES}). */
    public static final class TooLargeException extends IOException {
        TooLargeException(Path file, long size) {
            super(file + " is too large to read (" + size + " bytes)");
        }
    }

    /** All the bytes of a file no larger than {@link #MAX_READ_BYTES}. */
    static byte[] readBytes(Path file) throws IOException {
        long size = Files.size(file);
        if (size > MAX_READ_BYTES) {
            throw new TooLargeException(file, size);
        }
        return Files.readAllBytes(file);
    }

    /**
     * Decodes UTF-8, replacing malformed input with U+FFFD, and drops a leading byte-order mark (as
     * editors do, so that columns on the first line agree with what the user sees).
     */
    public static String decode(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** Whether a folder met while searching is skipped. */
    public static boolean isSkippedFolder(String name) {
        return name.startsWith(".") || SKIPPED_FOLDERS.contains(name);
    }

    /** Whether a file met while searching is a Neam source file. */
    public static boolean isNeamFile(String name) {
        return name.endsWith(NEAM_EXTENSION);
    }

    private static void walk(Path top, Path folder, DiscoveryFilter filter, List<Path> found, Set<Path> seen,
                             Consumer<FileContent> refused) {
        DiscoveryFilter inside = filter.enter(folder);
        List<Path> entries = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder)) {
            stream.forEach(entries::add);
        } catch (IOException | DirectoryIteratorException | SecurityException e) {
            refused.accept(FileContent.unlistedFolder(folder, asIoException(e)));
            return;
        }
        entries.sort(BY_NAME);
        for (Path entry : entries) {
            String name = String.valueOf(entry.getFileName());
            if (Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
                if (!isSkippedFolder(name) && !inside.skips(entry, true)) {
                    walk(top, entry, inside, found, seen, refused);
                }
            } else if (!isNeamFile(name) || inside.skips(entry, false)) {
                continue;
            } else if (leavesProject(top, entry)) {
                refused.accept(FileContent.linkLeavingProject(entry));
            } else if (Containment.isSpecialFile(entry)) {
                refused.accept(new FileContent(entry.toString(), null, FileContent.SPECIAL_FILE));
            } else if (Containment.isRegularFile(entry)) {
                add(entry, found, seen);
            }
        }
    }

    /** A link whose target is neither inside the searched folder nor inside the project holding the link. */
    static boolean leavesProject(Path top, Path entry) {
        return Files.isSymbolicLink(entry) && !Containment.inside(top, entry)
                && !Containment.inside(ProjectLocator.root(entry), entry);
    }

    private static IOException asIoException(Exception e) {
        if (e instanceof DirectoryIteratorException d) {
            return d.getCause();
        }
        return e instanceof IOException io ? io : new AccessDeniedException(e.getMessage());
    }

    private static void add(Path file, List<Path> found, Set<Path> seen) {
        if (seen.add(identity(file))) {
            found.add(file);
        }
    }

    private static Path identity(Path file) {
        try {
            return file.toRealPath();
        } catch (IOException | SecurityException e) {
            return file.toAbsolutePath().normalize();
        }
    }
}
