package dev.neam.parser.workspace;

import dev.neam.parser.diagnostic.Diagnostic;
import dev.neam.parser.diagnostic.DiagnosticCode;
import dev.neam.parser.text.Range;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/**
 * A file as {@code lint} reads it: its text, or why it has none (it cannot be read, or it holds
 * binary data). Reading never throws, so one bad file becomes one finding instead of ending the run.
 *
 * @param path    the path as the caller names it
 * @param text    the decoded text, or null when {@code problem} says why there is none
 * @param problem why the file has no text ({@code "is not a text file …"}), or null
 * @param what    what the path names, as the finding calls it ({@code "file"}, {@code "folder"})
 */
public record FileContent(String path, String text, String problem, String what) {

    public FileContent(String path, String text, String problem) {
        this(path, text, problem, "file");
    }

    /** How many leading bytes are searched for a NUL, the mark of a binary file (git looks at as many). */
    static final int BINARY_PROBE = 8000;

    /** Reads and decodes a file (see {@link WorkspaceFiles#decode}); a failure or binary content is the problem. */
    public static FileContent read(Path file) {
        String path = file.toString();
        if (Containment.isSpecialFile(file)) { // opening a FIFO waits for a writer for ever; a device never ends
            return new FileContent(path, null, SPECIAL_FILE);
        }
        byte[] bytes;
        try {
            bytes = WorkspaceFiles.readBytes(file);
        } catch (IOException | SecurityException | OutOfMemoryError e) {
            return new FileContent(path, null, "cannot be read: " + reason(e));
        }
        int nul = indexOfNul(bytes);
        if (nul >= 0) {
            return new FileContent(path, null, "is not a text file (it holds binary data: a NUL byte at offset " + nul + ")");
        }
        return new FileContent(path, WorkspaceFiles.decode(bytes), null);
    }

    /** Why a FIFO, device or socket has no text: it is never opened. */
    public static final String SPECIAL_FILE = "is not a regular file (a FIFO, a device or a socket); it was not opened";

    /** A symbolic link whose target lies outside the project: never followed, so nothing of its target shows. */
    public static FileContent linkLeavingProject(Path link) {
        return new FileContent(link.toString(), null,
                "is a symbolic link to a place outside the project; it was not followed");
    }

    /** A folder that cannot be listed: the OS's reason, and the rest of the search goes on. */
    public static FileContent unlistedFolder(Path folder, IOException e) {
        return new FileContent(folder.toString(), null, "cannot be listed: " + reason(e), "folder");
    }

    public boolean readable() {
        return text != null;
    }

    /** The file as a document to analyse; only for a readable file. */
    public Document document() {
        if (text == null) {
            throw new IllegalStateException(path + " has no text: " + problem);
        }
        return new Document(path, text);
    }

    /** The one finding of a file without text, at its start (NEAM0012). */
    public FileDiagnostics finding() {
        return new FileDiagnostics(path, List.of(Diagnostic.of(DiagnosticCode.UNREADABLE_FILE, Range.of(0, 0, 0, 0),
                "this " + what + " " + problem + "; nothing in it was checked")));
    }

    private static int indexOfNul(byte[] bytes) {
        int end = Math.min(bytes.length, BINARY_PROBE);
        for (int i = 0; i < end; i++) {
            if (bytes[i] == 0) {
                return i;
            }
        }
        return -1;
    }

    /** What went wrong, in words rather than an exception's class name. */
    private static String reason(Throwable e) {
        if (e instanceof AccessDeniedException || e instanceof SecurityException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "it does not exist (a broken link?)";
        }
        if (e instanceof OutOfMemoryError || e instanceof WorkspaceFiles.TooLargeException) {
            return "it is too large";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null && !fs.getReason().isBlank()) {
            return fs.getReason().strip(); // the OS's words, without the path the message repeats
        }
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message.strip();
    }
}
